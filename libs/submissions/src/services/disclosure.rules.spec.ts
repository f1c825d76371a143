import { PlatformRole } from '@app/platform';
import { Disclosure, SubmissionEntity, SubmissionStatus } from '../entities';
import { canSee, canSeeAuthor, canSeeOrganisation, isPublished, SubmissionViewer, viewerOf } from './disclosure.policy';
import { DISCLOSURE_RULES, DisclosureRule, disclosuresWhere } from './disclosure.rules';

const ORG = 'org-a';
const submission = (disclosure: Disclosure, status = SubmissionStatus.APPROVED): SubmissionEntity =>
  ({ organisationId: ORG, disclosure, status, currentVersion: 1 }) as SubmissionEntity;

const viewers: Record<'public' | 'otherOrganisation' | 'moderator' | 'staff' | 'ownOrganisation', SubmissionViewer> = {
  public: viewerOf(null, []),
  otherOrganisation: viewerOf({ userId: 'u1', sessionId: 's', roles: [] }, ['org-b']),
  moderator: viewerOf({ userId: 'u2', sessionId: 's', roles: [PlatformRole.MODERATOR] }, []),
  staff: viewerOf({ userId: 'u3', sessionId: 's', roles: [PlatformRole.STAFF] }, []),
  ownOrganisation: viewerOf({ userId: 'u4', sessionId: 's', roles: [] }, [ORG]),
};

/**
 * PRODUCT.md's table, written out as the expected answers: who is shown the organisation's name of
 * an approved submission at each level, and whether it is published at all.
 */
const EXPECTED: Record<Disclosure, { published: boolean; namedTo: Record<keyof typeof viewers, boolean> }> = {
  [Disclosure.NAMED]: {
    published: true,
    namedTo: { public: true, otherOrganisation: true, moderator: true, staff: true, ownOrganisation: true },
  },
  [Disclosure.REGION_ONLY]: {
    published: true,
    namedTo: { public: false, otherOrganisation: false, moderator: true, staff: true, ownOrganisation: true },
  },
  [Disclosure.ANONYMOUS]: {
    published: true,
    namedTo: { public: false, otherOrganisation: false, moderator: false, staff: false, ownOrganisation: true },
  },
  [Disclosure.INTERNAL_ONLY]: {
    published: false,
    namedTo: { public: false, otherOrganisation: false, moderator: true, staff: true, ownOrganisation: true },
  },
};

describe('the disclosure table (PRODUCT.md section 2) drives the policy', () => {
  const cells = Object.values(Disclosure).flatMap((level) =>
    Object.keys(viewers).map((who) => [level, who as keyof typeof viewers] as const),
  );

  it.each(cells)('%s: the organisation is named to %s as the table says', (level, who) => {
    expect(canSeeOrganisation(viewers[who], submission(level))).toBe(EXPECTED[level].namedTo[who]);
  });

  it.each(Object.values(Disclosure))('%s: published as the table says, and only once approved', (level) => {
    expect(isPublished(submission(level))).toBe(EXPECTED[level].published);
    expect(DISCLOSURE_RULES[level].published).toBe(EXPECTED[level].published);
    for (const status of Object.values(SubmissionStatus).filter((s) => s !== SubmissionStatus.APPROVED)) {
      expect(isPublished(submission(level, status))).toBe(false);
    }
    // The public sees a submission exactly when it is published.
    expect(canSee(viewers.public, submission(level), [])).toBe(EXPECTED[level].published);
  });

  it.each(Object.values(Disclosure))('%s: the person who wrote it is shown to their own organisation only', (level) => {
    for (const [who, viewer] of Object.entries(viewers)) {
      expect(canSeeAuthor(viewer, submission(level))).toBe(who === 'ownOrganisation');
    }
  });

  it('publication is an allow-list: the published levels are exactly those whose row says so', () => {
    expect(disclosuresWhere('published')).toEqual([Disclosure.NAMED, Disclosure.REGION_ONLY, Disclosure.ANONYMOUS]);
  });

  it('a new disclosure level, or a row with an undecided cell, does not compile (checked by npm run typecheck)', () => {
    type WithANewLevel = Disclosure | 'PARTNERS_ONLY';
    // @ts-expect-error the table has no row for the new level, so it is not a complete table for it
    const extended: Record<WithANewLevel, DisclosureRule> = DISCLOSURE_RULES;
    // @ts-expect-error a row must decide every cell
    const undecided: DisclosureRule = { published: false, namedToPublic: false };
    expect([extended, undecided]).toHaveLength(2);
  });
});
