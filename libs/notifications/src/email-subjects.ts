/**
 * Every subject line Plenary sends. Fixed text only: nothing a user typed (an organisation's name,
 * a submission's title) ever reaches a subject, where it would read as Plenary's own words to
 * whoever receives it. What the email is about goes in its body.
 */
export const EMAIL_SUBJECTS = {
  PASSWORD_RESET: 'Reset your Plenary password',
  REGISTRATION_ATTEMPT: 'Someone tried to register with your email on Plenary',
  VERIFY_EMAIL: 'Confirm your email address for Plenary',
  INVITATION: 'You are invited to join an organisation on Plenary',
  ROUND_OPENED: 'A consultation round is open on Plenary',
  ROUND_CLOSING_SOON: 'A consultation round closes soon',
  COSIGN_INVITATION: 'Your organisation is invited to co-sign a submission',
  COSIGNATURE_RESET: 'A text your organisation co-signed has changed',
  ITEMS_WAITING: 'Submissions are waiting for moderation',
  DECISION_MADE: 'A decision on your organisation’s submission',
  CHANGES_REQUESTED: 'Changes requested to your organisation’s submission',
  DIGEST_READY: 'A digest is ready to review',
  EVENT_INVITATION: 'You are invited to an event on Plenary',
  EVENT_CONFIRMED: 'Your place at an event on Plenary is confirmed',
  EVENT_WAITLISTED: 'You are on the waiting list for an event on Plenary',
  EVENT_PLACE_OFFERED: 'A place has become free for you at an event on Plenary',
  EVENT_REMINDER: 'Reminder: an event on Plenary is coming up',
  EVENT_CHANGED: 'The details of an event on Plenary have changed',
  EVENT_CANCELLED: 'An event on Plenary has been cancelled',
  APPEAL_RECEIVED: 'A moderation decision has been appealed',
  NOTIFICATION: 'A notification from Plenary',
} as const;

export type EmailSubject = (typeof EMAIL_SUBJECTS)[keyof typeof EMAIL_SUBJECTS];

/** The subject of a notification's email, by its kind (any other kind gets the generic one). */
export function subjectOfKind(kind: string): EmailSubject {
  return (EMAIL_SUBJECTS as Record<string, EmailSubject>)[kind] ?? EMAIL_SUBJECTS.NOTIFICATION;
}
