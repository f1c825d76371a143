import { sqlIn } from '@app/platform';
import { TagCategory, TaxonomyReadViews } from '@app/taxonomy';
import { CosignatureStatus, SubmissionStatus } from '../entities/enums';
import { DisclosureCell, disclosuresWhere } from './disclosure.rules';

/**
 * The submission rules other contexts need in SQL, built from the enums and the disclosure table
 * so that no lib spells a status or a disclosure as a string literal. Each fragment has a
 * TypeScript twin (named in its comment); an integration test proves the two agree on generated
 * rows. `alias` is the table alias of `submissions` (or `cosignatures` for the disclosure cells).
 */

export function statusIn(alias: string, statuses: readonly SubmissionStatus[]): string {
  return sqlIn(`${alias}.status`, statuses);
}

/** The disclosure levels whose row in DISCLOSURE_RULES has `cell` set. Twin: DISCLOSURE_RULES[d][cell]. */
export function disclosureWhere(alias: string, cell: DisclosureCell): string {
  return sqlIn(`${alias}.disclosure`, disclosuresWhere(cell));
}

export const SubmissionSql = {
  /**
   * Submitted at least once and not a draft: what moderators and staff may see and act on (drafts
   * are invisible to them). Twin: isReviewable.
   */
  reviewable: (alias = 's'): string =>
    `(${alias}.current_version > 0 AND NOT ${statusIn(alias, [SubmissionStatus.DRAFT])})`,

  /** Approved, at a level that may be published. Twin: isPublished. */
  published: (alias = 's'): string =>
    `(${statusIn(alias, [SubmissionStatus.APPROVED])} AND ${disclosureWhere(alias, 'published')})`,

  /** Approved, whatever the level (the INTERNAL digest edition). */
  approved: (alias = 's'): string => statusIn(alias, [SubmissionStatus.APPROVED]),

  /** Still a draft (the closing reminder goes to organisations holding one). */
  draft: (alias = 's'): string => statusIn(alias, [SubmissionStatus.DRAFT]),

  /** The organisation may be named to moderators and staff. Twin: DISCLOSURE_RULES[d].namedToModeratorsAndStaff. */
  namedToModeratorsAndStaff: (alias = 's'): string => disclosureWhere(alias, 'namedToModeratorsAndStaff'),

  /** The organisation may be named to the public and other organisations. Twin: DISCLOSURE_RULES[d].namedToPublic. */
  namedToPublic: (alias = 's'): string => disclosureWhere(alias, 'namedToPublic'),

  /**
   * Carries at least one tag of `category` (coverage of gender and human-rights tags: moderation's
   * counts and the digests' statistics). Twin: tags.some((t) => t.category === category).
   */
  taggedWith: (category: TagCategory, alias = 's'): string =>
    `EXISTS (SELECT 1 FROM submission_tags tw JOIN ${TaxonomyReadViews.tags} twt ON twt.id = tw.tag_id WHERE tw.submission_id = ${alias}.id AND ${sqlIn('twt.category', [category])})`,
} as const;

/** Which submissions a read view holds: approved ones whose disclosure may be published, or every approved one. */
export type SubmissionScope = 'published' | 'approved';

/**
 * What other contexts may read of the submissions context's tables, as SQL subqueries they compose
 * into their own statements (a digest reads everything in one snapshot, streamed through a cursor).
 * The submissions lib owns this SQL and its rules; readers rely only on the columns named here, and
 * never write through them.
 */
export const SubmissionReadViews = {
  /** Submissions in `scope`. Columns: id, session_id, region, disclosure, organisation_id, current_version, content_hash. */
  inScope: (scope: SubmissionScope): string =>
    `(SELECT s.id, s.session_id, s.region, s.disclosure, s.organisation_id, s.current_version, s.content_hash
        FROM submissions s WHERE ${SubmissionSql[scope]('s')})`,

  /**
   * Submissions in `scope` with the text of their current (approved) version. Columns: id,
   * session_id, region, disclosure, organisation_id, version, title, summary, body, language,
   * content_hash (the version's), provision_ids.
   */
  currentVersionsInScope: (scope: SubmissionScope): string =>
    `(SELECT s.id, s.session_id, s.region, s.disclosure, s.organisation_id, v.number AS version, v.title, v.summary,
             v.body, v.language, v.content_hash, v.provision_ids
        FROM submissions s JOIN submission_versions v ON v.submission_id = s.id AND v.number = s.current_version
       WHERE ${SubmissionSql[scope]('s')})`,

  /** Co-signatures accepted for the current text. Columns: submission_id, organisation_id, disclosure. */
  acceptedCosignatures: `(SELECT c.submission_id, c.organisation_id, c.disclosure FROM cosignatures c WHERE ${sqlIn('c.status', [CosignatureStatus.ACCEPTED])})`,

  /** Tags moderators applied. Columns: submission_id, tag_id. */
  tagLinks: '(SELECT st.submission_id, st.tag_id FROM submission_tags st)',
} as const;
