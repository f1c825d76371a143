import { ConsultationRoundEntity } from './consultation-round.entity';
import { NegotiationSessionEntity } from './negotiation-session.entity';
import { TreatyProvisionEntity } from './treaty-provision.entity';

export { ConsultationRoundEntity, NegotiationSessionEntity, TreatyProvisionEntity };
export { RoundStatus } from './consultation-round.entity';
export { ProvisionKind } from './treaty-provision.entity';
export const CONSULTATIONS_ENTITIES = [NegotiationSessionEntity, ConsultationRoundEntity, TreatyProvisionEntity];
