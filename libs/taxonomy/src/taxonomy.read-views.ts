/**
 * What other contexts may read of the tag vocabulary, as SQL subqueries they compose into their
 * own statements (see IdentityReadViews). Readers rely only on the columns named here.
 */
export const TaxonomyReadViews = {
  /** Every tag, deactivated ones too (they stay on submissions). Columns: id, category, slug, label. */
  tags: '(SELECT id, category, slug, label FROM tags)',
} as const;
