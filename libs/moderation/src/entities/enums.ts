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

registerEnumType(ModerationDecision, { name: 'ModerationDecision' });
registerEnumType(AppealResolution, { name: 'AppealResolution' });
registerEnumType(ReasonCode, {
  name: 'ReasonCode',
  description: 'Fixed list of decision reasons; each decision accepts some of them.',
});
