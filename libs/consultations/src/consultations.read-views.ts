/**
 * What other contexts may read of the consultations context's tables, as SQL subqueries they
 * compose into their own statements (see IdentityReadViews). Readers rely only on the columns
 * named here, and never write through them.
 */
export const ConsultationReadViews = {
  /** Negotiation sessions. Columns: id, title, process_name, location, starts_at, ends_at. */
  sessions: '(SELECT id, title, process_name, location, starts_at, ends_at FROM negotiation_sessions)',
  /** Chapters and articles of the instrument. Columns: id, title, position (reading order). */
  provisions: '(SELECT id, title, position FROM treaty_provisions)',
} as const;
