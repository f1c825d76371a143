import { Region } from '@app/identity';
import { Disclosure, SubmissionStatus } from '@app/submissions';
import { TagService } from '@app/taxonomy';
import { ProvisionService } from '@app/consultations';
import { encodeCursor } from '@app/platform';
import {
  approveSubmission,
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createSubmission,
  createUser,
  OpenRound,
  submit,
  TestPlenary,
  TestUser,
} from '@app/testing';

/** Building the fixtures goes through the real services and GraphQL: allow for a busy machine. */
const SETUP_TIMEOUT_MS = 180_000;

/**
 * Finding submissions: full-text search in each submission's own language, ranked, paginated by
 * keyset without duplicates or gaps, and every filter narrowing to exactly what it names.
 */

interface Fixture {
  id: string;
  roundId: string;
  sessionId: string;
  region: Region;
  status: SubmissionStatus;
  language: string;
  tagIds: string[];
}

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const LIST = `query($f: SubmissionFilterInput, $first: Int, $after: String) {
  submissions(filter: $f, first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;

type Filter = Partial<{
  roundId: string;
  sessionId: string;
  region: Region;
  status: SubmissionStatus;
  language: string;
  tagIds: string[];
  search: string;
}>;

const BULK = 30;

describe('submission search and filters (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  const fixtures: Fixture[] = [];
  /** Named fixtures the search tests look for. */
  const ids: Record<'enTitle' | 'enBody' | 'fr' | 'es' | 'ar' | 'zh' | 'enSubmitted', string> = {
    enTitle: '',
    enBody: '',
    fr: '',
    es: '',
    ar: '',
    zh: '',
    enSubmitted: '',
  };
  let r1: OpenRound; // session 1, AG
  let r2: OpenRound; // session 1, APG
  let r3: OpenRound; // session 2, AG
  let bulkRound: OpenRound; // session 1, AG: rows inserted in one statement, for pagination
  let tagA: string;
  let tagB: string;

  async function list(filter: Filter, token?: string, first = 100, after?: string): Promise<Page> {
    const res = await plenary.gql<{ submissions: Page }>(LIST, { f: filter, first, after }, token);
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.submissions;
  }
  const idsOf = async (filter: Filter, token?: string): Promise<string[]> =>
    (await list(filter, token)).edges.map((e) => e.node.id);
  const sorted = (values: Iterable<string>): string[] => [...values].sort();

  /** Every page of a list, `first` at a time. */
  async function allPages(filter: Filter, first: number, token?: string): Promise<{ ids: string[]; pages: number }> {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await list(filter, token, first, after);
      pages += 1;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return { ids: seen, pages };
      expect(page.edges).toHaveLength(first);
      after = page.pageInfo.endCursor ?? undefined;
      if (pages > 50) throw new Error('pagination does not end');
    }
  }

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    const tags = await plenary.get(TagService).list();
    [tagA, tagB] = [tags[0].id, tags[1].id];

    staff = await createStaff(plenary);
    const agAdmin = await createUser(plenary, { name: 'AG admin' });
    const apgAdmin = await createUser(plenary, { name: 'APG admin' });
    const agOrg = await createOrganisation(plenary, agAdmin, { country: 'KE', name: 'Kenyan Digital Rights Network' });
    const apgOrg = await createOrganisation(plenary, apgAdmin, {
      country: 'IN',
      name: 'Indian Internet Freedom Forum',
    });

    r1 = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    r2 = await createSessionAndOpenRound(plenary, staff.token, { region: Region.APG, sessionId: r1.sessionId });
    r3 = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    bulkRound = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG, sessionId: r1.sessionId });

    const make = async (
      key: keyof typeof ids,
      round: OpenRound,
      admin: TestUser,
      orgId: string,
      content: { title: string; summary: string; body: string; language: string },
      options: { approve?: boolean; tagIds?: string[] } = {},
    ): Promise<void> => {
      const draft = await createSubmission(plenary, admin.token, {
        roundId: round.roundId,
        organisationId: orgId,
        disclosure: Disclosure.NAMED,
        ...content,
      });
      await submit(plenary, admin.token, draft);
      if (options.approve ?? true) await approveSubmission(plenary, draft.id);
      for (const tagId of options.tagIds ?? [])
        await plenary.dataSource.query('INSERT INTO submission_tags (submission_id, tag_id) VALUES ($1, $2)', [
          draft.id,
          tagId,
        ]);
      ids[key] = draft.id;
      fixtures.push({
        id: draft.id,
        roundId: round.roundId,
        sessionId: round.sessionId,
        region: round.region,
        status: (options.approve ?? true) ? SubmissionStatus.APPROVED : SubmissionStatus.SUBMITTED,
        language: content.language,
        tagIds: options.tagIds ?? [],
      });
    };

    await make(
      'enTitle',
      r1,
      agAdmin,
      agOrg.id,
      {
        title: 'Protection of human rights defenders online',
        summary: 'Why the convention needs explicit guarantees.',
        body: 'Defenders and journalists are targeted with cybercrime laws.',
        language: 'en',
      },
      { tagIds: [tagA, tagB] },
    );
    await make(
      'enBody',
      r1,
      agAdmin,
      agOrg.id,
      {
        title: 'Cross-border evidence requests',
        summary: 'On mutual legal assistance between authorities.',
        body: 'States must ensure the protection of personal data when sharing evidence.',
        language: 'en',
      },
      { tagIds: [tagA] },
    );
    await make(
      'fr',
      r1,
      agAdmin,
      agOrg.id,
      {
        title: 'Les défenseurs des droits humains en ligne',
        summary: 'Pourquoi la convention doit prévoir des garanties.',
        body: 'Les journalistes sont visés par des lois sur la cybercriminalité.',
        language: 'fr',
      },
      { tagIds: [tagB] },
    );
    await make('es', r3, agAdmin, agOrg.id, {
      title: 'Garantías procesales para los derechos humanos',
      summary: 'La cooperación internacional necesita salvaguardias.',
      body: 'Los Estados deben respetar el principio de proporcionalidad.',
      language: 'es',
    });
    await make('ar', r2, apgAdmin, apgOrg.id, {
      title: 'حماية المدافعين عن حقوق الإنسان في الفضاء الرقمي',
      summary: 'لماذا تحتاج الاتفاقية إلى ضمانات واضحة.',
      body: 'يجب على الدول احترام مبدأ التناسب عند جمع الأدلة.',
      language: 'ar',
    });
    await make('zh', r2, apgAdmin, apgOrg.id, {
      title: '保护人权捍卫者的网络安全措施',
      summary: '公约需要明确的保障措施。',
      body: '各国在收集电子证据时应当尊重相称性原则。',
      language: 'zh',
    });
    await make(
      'enSubmitted',
      r1,
      agAdmin,
      agOrg.id,
      {
        title: 'Protection of whistleblowers',
        summary: 'Reporting channels for security researchers.',
        body: 'Good-faith research must not be criminalised.',
        language: 'en',
      },
      { approve: false, tagIds: [tagA, tagB] },
    );

    // Rows inserted in one statement share created_at, and match "safeguards" 1 to 5 times (ranks tie in groups).
    const rows: { id: string }[] = await plenary.dataSource.query(
      `INSERT INTO submissions (round_id, session_id, region, organisation_id, title, summary, body, language, disclosure,
                                status, current_version, content_hash, submitted_at, version)
       SELECT r.id, r.session_id, r.region, $2, 'Bulk position ' || i, 'Summary ' || i,
              repeat('Procedural safeguards matter. ', 1 + i % 5) || 'Position ' || i, 'en', 'NAMED', 'APPROVED', 1, md5(i::text), now(), 1
         FROM consultation_rounds r, generate_series(1, $3::int) AS i
        WHERE r.id = $1
       RETURNING id`,
      [bulkRound.roundId, agOrg.id, BULK],
    );
    for (const { id } of rows) {
      fixtures.push({
        id,
        roundId: bulkRound.roundId,
        sessionId: bulkRound.sessionId,
        region: Region.AG,
        status: SubmissionStatus.APPROVED,
        language: 'en',
        tagIds: [],
      });
    }
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await plenary?.close();
  });

  describe('full-text search in the submission’s language', () => {
    it('finds an English submission by a stemmed word ("protecting" matches "protection")', async () => {
      const found = await idsOf({ search: 'protecting' });
      expect(found).toContain(ids.enTitle);
      expect(found).toContain(ids.enBody);
      expect(found).not.toContain(ids.fr);
    });

    it.each([['défenseurs'], ['défenseur']])('finds the French submission by "%s"', async (word) => {
      expect(await idsOf({ search: word })).toEqual([ids.fr]);
    });

    it('finds the Spanish submission by a stemmed word ("derecho" matches "derechos")', async () => {
      expect(await idsOf({ search: 'derecho' })).toEqual([ids.es]);
    });

    it('finds the Arabic submission by a stemmed word ("المدافع" matches "المدافعين")', async () => {
      expect(await idsOf({ search: 'المدافع' })).toEqual([ids.ar]);
    });

    it.each([['人权捍卫者'], ['捍卫者的网络'], ['证据']])(
      'finds the Chinese submission by the substring "%s"',
      async (text) => {
        expect(await idsOf({ search: text })).toEqual([ids.zh]);
      },
    );

    it('finds nothing for a word no submission has', async () => {
      expect(await idsOf({ search: 'submarine' })).toEqual([]);
    });

    it('ranks a title match above a body-only match', async () => {
      expect(await idsOf({ search: 'protection' })).toEqual([ids.enTitle, ids.enBody]);
    });

    it('shows the public only approved submissions, and staff submitted ones too', async () => {
      expect(await idsOf({ search: 'whistleblowers' })).toEqual([]);
      expect(await idsOf({ search: 'whistleblowers' }, staff.token)).toEqual([ids.enSubmitted]);
    });
  });

  describe('keyset pagination', () => {
    it('pages through search results without duplicates or gaps', async () => {
      const everything = await idsOf({ search: 'safeguards' });
      expect(everything.length).toBeGreaterThanOrEqual(BULK);
      const { ids: paged, pages } = await allPages({ search: 'safeguards' }, 7);
      expect(pages).toBeGreaterThan(4);
      expect(new Set(paged).size).toBe(paged.length);
      expect(paged).toEqual(everything);
    });

    it('pages through a plain list (newest first) without duplicates or gaps, also among rows made at the same instant', async () => {
      const everything = await idsOf({ roundId: bulkRound.roundId });
      expect(everything).toHaveLength(BULK);
      const { ids: paged } = await allPages({ roundId: bulkRound.roundId }, 7);
      expect(new Set(paged).size).toBe(paged.length);
      expect(paged).toEqual(everything);
    });

    it('refuses a forged cursor as BAD_USER_INPUT naming `after`', async () => {
      const forged = encodeCursor(['yesterday', fixtures[0].id]);
      const res = await plenary.gql(LIST, { f: { roundId: bulkRound.roundId }, first: 5, after: forged });
      expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.fields?.map((f) => f.field)])).toEqual([
        ['BAD_USER_INPUT', ['after']],
      ]);
    });

    it('pages through search results filtered by language without duplicates', async () => {
      const { ids: paged } = await allPages({ search: 'safeguards', language: 'en' }, 4);
      expect(new Set(paged).size).toBe(paged.length);
      expect(sorted(paged)).toEqual(sorted(await idsOf({ search: 'safeguards', language: 'en' })));
    });
  });

  describe('filters narrow to exactly what they name (as staff, who sees every status)', () => {
    const cases: [string, () => Filter, (f: Fixture) => boolean][] = [
      ['roundId', () => ({ roundId: r1.roundId }), (f) => f.roundId === r1.roundId],
      ['sessionId', () => ({ sessionId: r3.sessionId }), (f) => f.sessionId === r3.sessionId],
      ['region', () => ({ region: Region.APG }), (f) => f.region === Region.APG],
      [
        'status SUBMITTED',
        () => ({ status: SubmissionStatus.SUBMITTED }),
        (f) => f.status === SubmissionStatus.SUBMITTED,
      ],
      ['status APPROVED', () => ({ status: SubmissionStatus.APPROVED }), (f) => f.status === SubmissionStatus.APPROVED],
      ['language', () => ({ language: 'fr' }), (f) => f.language === 'fr'],
      ['one tag', () => ({ tagIds: [tagA] }), (f) => f.tagIds.includes(tagA)],
      [
        'two tags (both must be applied)',
        () => ({ tagIds: [tagA, tagB] }),
        (f) => f.tagIds.includes(tagA) && f.tagIds.includes(tagB),
      ],
      ['a tag given twice', () => ({ tagIds: [tagB, tagB] }), (f) => f.tagIds.includes(tagB)],
      [
        'roundId and status',
        () => ({ roundId: r1.roundId, status: SubmissionStatus.APPROVED }),
        (f) => f.roundId === r1.roundId && f.status === SubmissionStatus.APPROVED,
      ],
      [
        'sessionId and region',
        () => ({ sessionId: r1.sessionId, region: Region.APG }),
        (f) => f.sessionId === r1.sessionId && f.region === Region.APG,
      ],
      [
        'search and status',
        () => ({ search: 'protection', status: SubmissionStatus.SUBMITTED }),
        (f) => f.id === ids.enSubmitted,
      ],
      [
        'search and tags',
        () => ({ search: 'protection', tagIds: [tagA, tagB] }),
        (f) => f.id === ids.enTitle || f.id === ids.enSubmitted,
      ],
      ['search and language', () => ({ search: 'droits', language: 'fr' }), (f) => f.id === ids.fr],
    ];

    it.each(cases)('%s', async (_name, filter, matches) => {
      const expected = fixtures.filter(matches).map((f) => f.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(fixtures.length);
      expect(sorted(await idsOf(filter(), staff.token))).toEqual(sorted(expected));
    });

    it('every submission is found with no filter, so each narrowing above is real', async () => {
      const all = await allPages({}, 100, staff.token);
      expect(sorted(all.ids)).toEqual(sorted(fixtures.map((f) => f.id)));
    });

    it('the public gets the same filters over approved submissions only', async () => {
      const expected = fixtures
        .filter((f) => f.roundId === r1.roundId && f.status === SubmissionStatus.APPROVED)
        .map((f) => f.id);
      expect(sorted(await idsOf({ roundId: r1.roundId }))).toEqual(sorted(expected));
      expect(await idsOf({ status: SubmissionStatus.SUBMITTED })).toEqual([]);
      expect(sorted(await idsOf({ tagIds: [tagA, tagB] }))).toEqual([ids.enTitle]);
    });
  });
});
