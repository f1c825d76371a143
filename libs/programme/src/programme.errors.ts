import { errorCatalogue, refuse } from '@app/platform';

/** Every way the programme context (events, registrations, trainings, publications) refuses. */
export const ProgrammeErrors = errorCatalogue('programme', {
  CERTIFICATE_NOT_FOUND: (field?: string) => refuse.notFound('Certificate', field),
  EVENT_NOT_FOUND: (field?: string) => refuse.notFound('Event', field),
  FILE_NOT_FOUND: (field?: string) => refuse.notFound('File', field),
  INVITATION_NOT_FOUND: (field?: string) => refuse.notFound('Invitation', field),
  NEGOTIATION_SESSION_NOT_FOUND: (field?: string) => refuse.notFound('Negotiation session', field),
  PUBLICATION_FILE_NOT_FOUND: (field?: string) => refuse.notFound('Publication file', field),
  PUBLICATION_NOT_FOUND: (field?: string) => refuse.notFound('Publication', field),
  REGISTRATION_NOT_FOUND: (field?: string) => refuse.notFound('Registration', field),
  TRAINING_MODULE_NOT_FOUND: (field?: string) => refuse.notFound('Training module', field),
  /** An input field the programme's rules refuse (the field and why, as the client sees them). */
  INVALID: (field: string, message: string) => refuse.badInput(field, message),
  /** A change the event's state no longer allows. */
  CONFLICT: (message: string) => refuse.conflict(message),
});
