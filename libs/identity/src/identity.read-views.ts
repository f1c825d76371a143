/**
 * What other contexts may read of identity's tables, as SQL subqueries they compose into their own
 * statements (a digest reads everything it needs in one snapshot, streamed through a cursor).
 * Identity owns this SQL and may change its tables behind it; readers rely only on the columns
 * named here, and never write through them.
 */
export const IdentityReadViews = {
  /** Organisations as attribution names them. Columns: id, name, region. */
  organisations: '(SELECT id, name, region FROM organisations)',
} as const;
