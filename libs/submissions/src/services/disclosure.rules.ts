import { Disclosure } from '../entities/enums';

/**
 * PRODUCT.md's disclosure table as one typed table: for each level, where an approved submission
 * (or a co-signature) may appear and who is shown the organisation's name. The TypeScript checks
 * in disclosure.policy.ts and the SQL conditions in submission.sql.ts are both read off it.
 *
 * Publication is an allow-list: a level is published only where its row says so. `satisfies`
 * makes a new Disclosure value without a row — or a row without a decided cell — fail to compile.
 *
 * A person's name is never in this table: it is shown to their own organisation only, whatever
 * the level (see canSeeAuthor).
 */
export interface DisclosureRule {
  /** Approved submissions at this level appear in public outputs: public pages and the PUBLIC digest. */
  readonly published: boolean;
  /** The organisation's name is shown to the public and to other organisations. */
  readonly namedToPublic: boolean;
  /** The organisation's name is shown to moderators and staff, and in the INTERNAL digest edition. */
  readonly namedToModeratorsAndStaff: boolean;
}

export const DISCLOSURE_RULES = {
  [Disclosure.NAMED]: { published: true, namedToPublic: true, namedToModeratorsAndStaff: true },
  [Disclosure.REGION_ONLY]: { published: true, namedToPublic: false, namedToModeratorsAndStaff: true },
  // Moderators never see who wrote it; staff may reveal it only through the audited reveal.
  [Disclosure.ANONYMOUS]: { published: true, namedToPublic: false, namedToModeratorsAndStaff: false },
  [Disclosure.INTERNAL_ONLY]: { published: false, namedToPublic: false, namedToModeratorsAndStaff: true },
} as const satisfies Record<Disclosure, DisclosureRule>;

export type DisclosureCell = keyof DisclosureRule;

/** The levels whose row has `cell` set, in the enum's order. */
export function disclosuresWhere(cell: DisclosureCell): Disclosure[] {
  return Object.values(Disclosure).filter((level) => DISCLOSURE_RULES[level][cell]);
}
