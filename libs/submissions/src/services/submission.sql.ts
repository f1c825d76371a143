import { invariant } from '@app/platform';
import { SubmissionStatus } from '../entities/enums';
import { DisclosureCell, disclosuresWhere } from './disclosure.rules';

/**
 * The submission rules other contexts need in SQL, built from the enums and the disclosure table
 * so that no lib spells a status or a disclosure as a string literal. Each fragment has a
 * TypeScript twin (named in its comment); an integration test proves the two agree on generated
 * rows. `alias` is the table alias of `submissions` (or `cosignatures` for the disclosure cells).
 */

const ENUM_VALUE = /^[A-Z][A-Z_]*$/;

/** `'A', 'B'` for enum values (checked, so nothing but an enum value can reach the SQL). */
function literals(values: readonly string[]): string {
  return values
    .map((value) => {
      invariant(ENUM_VALUE.test(value), `not an enum value: ${value}`);
      return `'${value}'`;
    })
    .join(', ');
}

/** `column IN (...)`, or FALSE for an empty set (which `IN ()` is not valid SQL for). */
export function sqlIn(column: string, values: readonly string[]): string {
  return values.length === 0 ? 'FALSE' : `${column} IN (${literals(values)})`;
}

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
} as const;
