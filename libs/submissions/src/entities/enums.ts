import { registerEnumType } from '@nestjs/graphql';

export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPEALED = 'APPEALED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Chosen by the submitter, per submission and per co-signer (PRODUCT.md section 2). */
export enum Disclosure {
  NAMED = 'NAMED',
  REGION_ONLY = 'REGION_ONLY',
  ANONYMOUS = 'ANONYMOUS',
  INTERNAL_ONLY = 'INTERNAL_ONLY',
}

export enum CosignatureStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description:
    'Where a submission stands: DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED | REJECTED | CHANGES_REQUESTED; CHANGES_REQUESTED → SUBMITTED (a revision); REJECTED → APPEALED → APPROVED | REJECTED; DRAFT, SUBMITTED and CHANGES_REQUESTED → WITHDRAWN. Any other move answers CONFLICT and changes nothing.',
  valuesMap: {
    DRAFT: { description: 'Being written; seen only by its organisation (and invited co-signers).' },
    SUBMITTED: { description: 'Submitted (an immutable version), waiting in the moderation queue.' },
    UNDER_REVIEW: { description: 'A moderator claimed it and is reviewing it.' },
    APPROVED: {
      description: 'Approved: it goes into the session’s digest, and is published if its disclosure allows.',
    },
    REJECTED: { description: 'Rejected with a reason; the organisation may appeal once.' },
    CHANGES_REQUESTED: {
      description: 'A moderator asked for changes: revise and submit again before revisionsCloseAt.',
    },
    APPEALED: { description: 'The organisation appealed the rejection; staff decide.' },
    WITHDRAWN: { description: 'Withdrawn by its organisation (final).' },
  } satisfies Record<keyof typeof SubmissionStatus, { description: string }>,
});
registerEnumType(Disclosure, {
  name: 'Disclosure',
  description:
    'Who may learn which organisation wrote (or co-signed) a submission, chosen per submission and per co-signer. A person’s name never appears in any digest or public output.',
  valuesMap: {
    NAMED: { description: 'Public outputs show the organisation’s name; moderators see it.' },
    REGION_ONLY: {
      description:
        'Public outputs show “a civil-society organisation from <region>”; moderators, staff and the INTERNAL digest see the name.',
    },
    ANONYMOUS: {
      description:
        'Public outputs show “a civil-society organisation from <region>”, and moderators never see the organisation; staff may reveal it with a reason (audited).',
    },
    INTERNAL_ONLY: { description: 'Never published: only in the INTERNAL digest edition; moderators see the name.' },
  } satisfies Record<keyof typeof Disclosure, { description: string }>,
});
registerEnumType(CosignatureStatus, {
  name: 'CosignatureStatus',
  description: 'Where a co-signing invitation stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for the invited organisation’s answer (again, after the text changed).' },
    ACCEPTED: { description: 'Co-signed, for the current text.' },
    DECLINED: { description: 'The invited organisation declined.' },
  } satisfies Record<keyof typeof CosignatureStatus, { description: string }>,
});
