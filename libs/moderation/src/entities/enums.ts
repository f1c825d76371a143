import { registerEnumType } from '@nestjs/graphql';

export enum ModerationDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}

export enum AppealResolution {
  UPHOLD = 'UPHOLD',
  OVERTURN = 'OVERTURN',
}

/** Why a decision was taken: a fixed list, each code valid for some decisions only. */
export enum ReasonCode {
  IN_SCOPE = 'IN_SCOPE',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  DUPLICATE = 'DUPLICATE',
  SPAM = 'SPAM',
  ABUSIVE_CONTENT = 'ABUSIVE_CONTENT',
  INSUFFICIENT_SUBSTANCE = 'INSUFFICIENT_SUBSTANCE',
  PERSONAL_DATA = 'PERSONAL_DATA',
  NEEDS_CLARIFICATION = 'NEEDS_CLARIFICATION',
  MISSING_PROVISIONS = 'MISSING_PROVISIONS',
  FORMATTING = 'FORMATTING',
}

export const REASONS_BY_DECISION: Record<ModerationDecision, readonly ReasonCode[]> = {
  [ModerationDecision.APPROVE]: [ReasonCode.IN_SCOPE],
  [ModerationDecision.REJECT]: [
    ReasonCode.OUT_OF_SCOPE,
    ReasonCode.DUPLICATE,
    ReasonCode.SPAM,
    ReasonCode.ABUSIVE_CONTENT,
    ReasonCode.INSUFFICIENT_SUBSTANCE,
    ReasonCode.PERSONAL_DATA,
  ],
  [ModerationDecision.REQUEST_CHANGES]: [
    ReasonCode.NEEDS_CLARIFICATION,
    ReasonCode.MISSING_PROVISIONS,
    ReasonCode.FORMATTING,
    ReasonCode.PERSONAL_DATA,
    ReasonCode.INSUFFICIENT_SUBSTANCE,
  ],
};

registerEnumType(ModerationDecision, {
  name: 'ModerationDecision',
  description: 'A moderator’s decision on a submission UNDER_REVIEW.',
  valuesMap: {
    APPROVE: {
      description: 'APPROVED: goes into the digest. Needs the gender and human-rights review done; reason IN_SCOPE.',
    },
    REJECT: { description: 'REJECTED, with a reason and a message to the submitter, who may appeal once.' },
    REQUEST_CHANGES: {
      description: 'CHANGES_REQUESTED, with a reason and a message: the submitter revises until revisionsCloseAt.',
    },
  } satisfies Record<keyof typeof ModerationDecision, { description: string }>,
});
registerEnumType(AppealResolution, {
  name: 'AppealResolution',
  description: 'Staff’s answer to an appeal against a rejection.',
  valuesMap: {
    UPHOLD: { description: 'The rejection stands (REJECTED, final).' },
    OVERTURN: { description: 'The rejection is overturned: the submission is APPROVED.' },
  } satisfies Record<keyof typeof AppealResolution, { description: string }>,
});
registerEnumType(ReasonCode, {
  name: 'ReasonCode',
  description:
    'Fixed list of decision reasons; each decision accepts some of them (APPROVE: IN_SCOPE; REJECT: OUT_OF_SCOPE, DUPLICATE, SPAM, ABUSIVE_CONTENT, INSUFFICIENT_SUBSTANCE, PERSONAL_DATA; REQUEST_CHANGES: NEEDS_CLARIFICATION, MISSING_PROVISIONS, FORMATTING, PERSONAL_DATA, INSUFFICIENT_SUBSTANCE).',
  valuesMap: {
    IN_SCOPE: { description: 'Within the consultation’s scope (to approve).' },
    OUT_OF_SCOPE: { description: 'Outside the consultation’s scope.' },
    DUPLICATE: { description: 'Repeats another submission.' },
    SPAM: { description: 'Not a position: advertising or noise.' },
    ABUSIVE_CONTENT: { description: 'Abusive or hateful content.' },
    INSUFFICIENT_SUBSTANCE: { description: 'Too thin to be of use as it stands.' },
    PERSONAL_DATA: { description: 'Contains personal data that must not be published.' },
    NEEDS_CLARIFICATION: { description: 'Unclear: needs rewording or explanation.' },
    MISSING_PROVISIONS: { description: 'Should cite the treaty provisions it addresses.' },
    FORMATTING: { description: 'The text’s form gets in the way of reading it.' },
  } satisfies Record<keyof typeof ReasonCode, { description: string }>,
});
