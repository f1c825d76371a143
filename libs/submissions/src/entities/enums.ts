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

registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });
registerEnumType(Disclosure, { name: 'Disclosure' });
registerEnumType(CosignatureStatus, { name: 'CosignatureStatus' });
