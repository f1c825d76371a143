import { Region } from '@app/identity';
import {
  canSee,
  canSeeOrganisation,
  Disclosure,
  DISCLOSURE_RULES,
  isPublished,
  isReviewable,
  ORGANISATION_FILTER_SQL,
  SubmissionEntity,
  SubmissionReadViews,
  SubmissionSql,
  SubmissionStatus,
  SubmissionViewer,
  viewerOf,
  VISIBLE_SQL,
} from '@app/submissions';
import { PlatformRole } from '@app/platform';
import { TagCategory, TagService } from '@app/taxonomy';
import {
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createUser,
  TestPlenary,
  TestUser,
} from '@app/testing';
import { randomUUID } from 'node:crypto';

/**
 * Every submission rule that exists both in TypeScript (disclosure.policy.ts) and in SQL
 * (submission.sql.ts, VISIBLE_SQL, ORGANISATION_FILTER_SQL) gives the same answer on rows of every
 * status × disclosure × submitted-or-not, stored in the real tables with their enum types.
 */
describe('submission rules: SQL and TypeScript agree (real PostgreSQL)', () => {
  let plenary: TestPlenary;
  let rows: SubmissionEntity[];
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    const staff = await createStaff(plenary);
    const { roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    const admin: TestUser = await createUser(plenary);
    orgA = (await createOrganisation(plenary, admin)).id;
    orgB = (await createOrganisation(plenary, await createUser(plenary))).id;
    const combos = Object.values(SubmissionStatus).flatMap((status) =>
      Object.values(Disclosure).flatMap((disclosure) =>
        [0, 1].map((currentVersion) => ({ status, disclosure, currentVersion })),
      ),
    );
    await plenary.dataSource.query(
      `INSERT INTO submissions (id, round_id, session_id, region, organisation_id, title, summary, body, language,
                                disclosure, status, current_version, content_hash, version)
       SELECT gen_random_uuid(), r.id, r.session_id, r.region, $2, 'T', 'S', 'B', 'en',
              c.disclosure::disclosure, c.status::submission_status, c.current_version, md5(random()::text), 1
         FROM consultation_rounds r, json_to_recordset($3::json) AS c(status text, disclosure text, current_version int)
        WHERE r.id = $1`,
      [roundId, orgA, JSON.stringify(combos.map((c) => ({ ...c, current_version: c.currentVersion })))],
    );
    rows = await plenary.dataSource.getRepository(SubmissionEntity).find();
    expect(rows).toHaveLength(combos.length);
  });

  afterAll(async () => {
    await plenary.close();
  });

  /** The ids of the stored rows for which `where` holds. */
  async function idsWhere(where: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const qb = plenary.dataSource.getRepository(SubmissionEntity).createQueryBuilder('s').select('s.id', 'id');
    const found = await qb.where(where, params).getRawMany<{ id: string }>();
    return found.map((r) => r.id).sort();
  }

  const idsOf = (predicate: (s: SubmissionEntity) => boolean): string[] =>
    rows
      .filter(predicate)
      .map((s) => s.id)
      .sort();

  it.each([
    ['reviewable (drafts are invisible to moderators)', SubmissionSql.reviewable('s'), isReviewable],
    ['published', SubmissionSql.published('s'), isPublished],
    ['approved (INTERNAL digest)', SubmissionSql.approved('s'), (s: SubmissionEntity) => s.status === 'APPROVED'],
    ['draft', SubmissionSql.draft('s'), (s: SubmissionEntity) => s.status === SubmissionStatus.DRAFT],
    [
      'named to the public',
      SubmissionSql.namedToPublic('s'),
      (s: SubmissionEntity) => DISCLOSURE_RULES[s.disclosure].namedToPublic,
    ],
    [
      'named to moderators and staff',
      SubmissionSql.namedToModeratorsAndStaff('s'),
      (s: SubmissionEntity) => DISCLOSURE_RULES[s.disclosure].namedToModeratorsAndStaff,
    ],
  ] as const)('%s', async (_name, sql, predicate) => {
    const fromSql = await idsWhere(sql);
    expect(fromSql).toEqual(idsOf(predicate));
    expect(fromSql.length).toBeGreaterThan(0);
    expect(fromSql.length).toBeLessThan(rows.length);
  });

  it.each([
    ['published', isPublished],
    ['approved', (s: SubmissionEntity) => s.status === SubmissionStatus.APPROVED],
  ] as const)('the read view of %s submissions holds what its rule says', async (scope, predicate) => {
    const found: { id: string }[] = await plenary.dataSource.query(
      `SELECT v.id FROM ${SubmissionReadViews.inScope(scope)} v ORDER BY v.id`,
    );
    expect(found.map((r) => r.id).sort()).toEqual(idsOf(predicate));
  });

  it('taggedWith(category) holds for the submissions carrying a tag of that category', async () => {
    await plenary.get(TagService).seed();
    const tags = await plenary.get(TagService).list();
    const gender = tags.find((t) => t.category === TagCategory.GENDER)!;
    const theme = tags.find((t) => t.category === TagCategory.THEME)!;
    // Every third row a GENDER tag, every second a THEME tag: some rows both, some neither.
    const links = rows.flatMap((s, i) => [
      ...(i % 3 === 0 ? [{ submissionId: s.id, tag: gender }] : []),
      ...(i % 2 === 0 ? [{ submissionId: s.id, tag: theme }] : []),
    ]);
    await plenary.dataSource.query(
      `INSERT INTO submission_tags (submission_id, tag_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [links.map((l) => l.submissionId), links.map((l) => l.tag.id)],
    );
    for (const category of Object.values(TagCategory)) {
      const twin = (s: SubmissionEntity) => links.some((l) => l.submissionId === s.id && l.tag.category === category);
      expect({ category, ids: await idsWhere(SubmissionSql.taggedWith(category)) }).toEqual({
        category,
        ids: idsOf(twin),
      });
    }
    await plenary.dataSource.query('DELETE FROM submission_tags');
  });

  const viewers = (): [string, SubmissionViewer][] => [
    ['the public', viewerOf(null, [])],
    ['a member of the submitting organisation', viewerOf({ userId: randomUUID(), sessionId: 's', roles: [] }, [orgA])],
    ['a member of another organisation', viewerOf({ userId: randomUUID(), sessionId: 's', roles: [] }, [orgB])],
    ['a moderator', viewerOf({ userId: randomUUID(), sessionId: 's', roles: [PlatformRole.MODERATOR] }, [])],
    ['staff', viewerOf({ userId: randomUUID(), sessionId: 's', roles: [PlatformRole.STAFF] }, [])],
  ];

  it('VISIBLE_SQL lists exactly what canSee lets each kind of viewer see', async () => {
    for (const [who, viewer] of viewers()) {
      const fromSql = await idsWhere(VISIBLE_SQL, { viewerOrgIds: [...viewer.orgIds], privileged: viewer.privileged });
      expect({ who, ids: fromSql }).toEqual({ who, ids: idsOf((s) => canSee(viewer, s, [])) });
    }
  });

  it('ORGANISATION_FILTER_SQL matches only where canSeeOrganisation names the organisation', async () => {
    for (const [who, viewer] of viewers()) {
      const fromSql = await idsWhere(ORGANISATION_FILTER_SQL, {
        viewerOrgIds: [...viewer.orgIds],
        privileged: viewer.privileged,
        organisationId: orgA,
      });
      expect({ who, ids: fromSql }).toEqual({
        who,
        ids: idsOf((s) => s.organisationId === orgA && canSeeOrganisation(viewer, s)),
      });
    }
  });
});
