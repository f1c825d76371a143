import { errorCatalogue, refuse } from '@app/platform';

/** Every way the audit trail refuses. */
export const AuditErrors = errorCatalogue('audit', {
  /** A time filter whose `to` is not after its `from`. */
  EMPTY_TIME_RANGE: () => refuse.badInput('to', 'must be after from'),
});
