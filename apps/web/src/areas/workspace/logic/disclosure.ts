/**
 * Who sees what under each disclosure level, as the disclosure chooser shows it before a person
 * commits. Derived from PRODUCT.md's disclosure table and the api's disclosure policy
 * (libs/submissions/src/services/disclosure.policy.ts): if one changes, this table and its test
 * change with it.
 */

export const DISCLOSURES = ['NAMED', 'REGION_ONLY', 'ANONYMOUS', 'INTERNAL_ONLY'] as const;
export type DisclosureLevel = (typeof DISCLOSURES)[number];

export const AUDIENCES = ['public', 'otherOrganisations', 'moderators', 'staff', 'digest'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * - name: sees the organisation's name
 * - region: sees only "a civil-society organisation from <region>"
 * - regionPublicNameInternal: the public digest shows the region, the internal edition the name
 * - revealOnly: does not see it; staff can reveal it only with a recorded reason (audited)
 * - internalOnly: the submission is not published; only the internal digest edition names it
 * - nothing: sees neither the submission nor the name
 */
export type Visibility = 'name' | 'region' | 'regionPublicNameInternal' | 'revealOnly' | 'internalOnly' | 'nothing';

export const ORGANISATION_VISIBILITY: Record<DisclosureLevel, Record<Audience, Visibility>> = {
  NAMED: { public: 'name', otherOrganisations: 'name', moderators: 'name', staff: 'name', digest: 'name' },
  REGION_ONLY: {
    public: 'region',
    otherOrganisations: 'region',
    moderators: 'name',
    staff: 'name',
    digest: 'regionPublicNameInternal',
  },
  ANONYMOUS: {
    public: 'region',
    otherOrganisations: 'region',
    moderators: 'region',
    staff: 'revealOnly',
    digest: 'region',
  },
  INTERNAL_ONLY: {
    public: 'nothing',
    otherOrganisations: 'nothing',
    moderators: 'name',
    staff: 'name',
    digest: 'internalOnly',
  },
};

/**
 * The person's own name is shown to their organisation's members only, whatever the level: never to
 * the public, other organisations, moderators, staff or in a digest.
 */
export const PERSON_VISIBILITY: Record<Audience, Visibility> = {
  public: 'nothing',
  otherOrganisations: 'nothing',
  moderators: 'nothing',
  staff: 'nothing',
  digest: 'nothing',
};

/** Whether anyone outside the organisation can see its name under this level, without a recorded reveal. */
export function namesOrganisationOutside(level: DisclosureLevel): boolean {
  return AUDIENCES.some((a) => ORGANISATION_VISIBILITY[level][a] === 'name');
}
