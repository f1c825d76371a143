import { CertificateEntity } from './certificate.entity';
import { EventInvitationEntity } from './event-invitation.entity';
import { EventOutcomeEntity } from './event-outcome.entity';
import { EventRegistrationEntity } from './event-registration.entity';
import { ProgrammeEventEntity } from './programme-event.entity';
import { PublicationEntity } from './publication.entity';
import { TrainingModuleEntity } from './training-module.entity';

export {
  CertificateEntity,
  EventInvitationEntity,
  EventOutcomeEntity,
  EventRegistrationEntity,
  ProgrammeEventEntity,
  PublicationEntity,
  TrainingModuleEntity,
};
export * from './enums';
export const PROGRAMME_ENTITIES = [
  ProgrammeEventEntity,
  EventRegistrationEntity,
  EventInvitationEntity,
  EventOutcomeEntity,
  TrainingModuleEntity,
  CertificateEntity,
  PublicationEntity,
];
