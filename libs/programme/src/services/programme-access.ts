import { isStaff, MaybeActor } from '@app/platform';
import { EventRegistrationEntity, RegistrationStatus } from '../entities';

/**
 * Who sees what of the programme — the one place these rules live.
 * - Events, their outcomes and training modules are public.
 * - An event's online link: staff, and people holding a confirmed place.
 * - A registration (and so a person's needs and gender identity): staff and that person only.
 *   Nobody else learns who registered — not the public, not other participants.
 * - Balance figures: exact for staff; elsewhere counts below 5 read "fewer than 5" (balance.ts).
 */
export function canSeeOnlineLink(actor: MaybeActor, mine: Pick<EventRegistrationEntity, 'status'> | null): boolean {
  return isStaff(actor) || mine?.status === RegistrationStatus.CONFIRMED;
}

export function canSeeRegistration(actor: MaybeActor, registration: Pick<EventRegistrationEntity, 'userId'>): boolean {
  return !!actor && (isStaff(actor) || registration.userId === actor.userId);
}

/** Exact balance counts are for the staff console only. */
export const seesExactCounts = (actor: MaybeActor): boolean => isStaff(actor);
