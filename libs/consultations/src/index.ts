export * from './entities';
export * from './consultations.module';
export {
  ConsultationRoundObject,
  NegotiationSessionObject,
  TreatyProvisionObject,
} from './graphql/consultation.objects';
export { toRoundObject } from './graphql/consultation.mapper';
export { ConsultationsLoaders } from './graphql/consultations.loaders';
export { ProvisionService } from './services/provision.service';
export { RoundService } from './services/round.service';
export { SessionService } from './services/session.service';
export * from './services/round-rules';
export { LANGUAGE_CODES } from './graphql/consultation.inputs';
export { ConsultationErrors } from './consultations.errors';
export { ConsultationReadViews } from './consultations.read-views';
export { RoundSql } from './services/round.sql';
