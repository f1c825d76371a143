import { randomUUID } from 'node:crypto';
import { MemberRole, MembershipEntity, Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import {
  approveSubmission,
  cosign,
  createModerator,
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createSubmission,
  createUser,
  GraphqlResult,
  submit,
  TestPlenary,
  TestUser,
} from '@app/testing';

/** Building the fixtures goes through the real services and GraphQL: allow for a busy machine. */
const SETUP_TIMEOUT_MS = 180_000;

/**
 * Who sees which submission, and whose name goes with it (PRODUCT.md section 2, "Disclosure"), for
 * each disclosure × each caller × each place a submission or a co-signer can appear, asserted from
 * the one table below.
 */

type Caller = 'public' | 'same-org member' | 'other-org member' | 'moderator' | 'staff';
type Shown = 'name' | 'masked';
type Kind = 'APPROVED' | 'SUBMITTED' | 'DRAFT';

interface Row {
  disclosure: Disclosure;
  caller: Caller;
  /** An APPROVED submission of this disclosure: NOT_FOUND, or shown with the organisation's name or masked. */
  approved: Shown | 'NOT_FOUND';
  /** Whether a SUBMITTED (not yet decided) one is visible; its attribution is as for `approved`. */
  submitted: boolean;
  /** Whether a DRAFT is visible. */
  draft: boolean;
  /** Whether the caller sees the disclosure choice and (where visible) the co-signer's too. */
  choice: boolean;
  /** Whether the caller sees the author (a person). */
  author: boolean;
  /**
   * A co-signer that accepted with this disclosure, on an approved NAMED submission: hidden, named
   * or masked. "same-org member" is a member of the submitting organisation.
   */
  cosigner: Shown | 'hidden';
}

const N = 'NOT_FOUND' as const;
const { NAMED, REGION_ONLY, ANONYMOUS, INTERNAL_ONLY } = Disclosure;

// prettier-ignore
const TABLE: Row[] = ([
  // disclosure     caller               approved  submitted draft  choice author cosigner
  [NAMED,          'public',             'name',   false,    false, false, false, 'name'],
  [NAMED,          'same-org member',    'name',   true,     true,  true,  true,  'name'],
  [NAMED,          'other-org member',   'name',   false,    false, false, false, 'name'],
  [NAMED,          'moderator',          'name',   true,     false, true,  false, 'name'],
  [NAMED,          'staff',              'name',   true,     false, true,  false, 'name'],
  [REGION_ONLY,    'public',             'masked', false,    false, false, false, 'masked'],
  [REGION_ONLY,    'same-org member',    'name',   true,     true,  true,  true,  'name'],
  [REGION_ONLY,    'other-org member',   'masked', false,    false, false, false, 'masked'],
  [REGION_ONLY,    'moderator',          'name',   true,     false, true,  false, 'name'],
  [REGION_ONLY,    'staff',              'name',   true,     false, true,  false, 'name'],
  [ANONYMOUS,      'public',             'masked', false,    false, false, false, 'masked'],
  [ANONYMOUS,      'same-org member',    'name',   true,     true,  true,  true,  'name'],
  [ANONYMOUS,      'other-org member',   'masked', false,    false, false, false, 'masked'],
  [ANONYMOUS,      'moderator',          'masked', true,     false, true,  false, 'masked'],
  [ANONYMOUS,      'staff',              'masked', true,     false, true,  false, 'masked'],
  [INTERNAL_ONLY,  'public',             N,        false,    false, false, false, 'hidden'],
  [INTERNAL_ONLY,  'same-org member',    'name',   true,     true,  true,  true,  'name'],
  [INTERNAL_ONLY,  'other-org member',   N,        false,    false, false, false, 'hidden'],
  [INTERNAL_ONLY,  'moderator',          'name',   true,     false, true,  false, 'name'],
  [INTERNAL_ONLY,  'staff',              'name',   true,     false, true,  false, 'name'],
] as const).map(([disclosure, caller, approved, submitted, draft, choice, author, cosigner]) => ({ disclosure, caller, approved, submitted, draft, choice, author, cosigner }));

const DISCLOSURES = [NAMED, REGION_ONLY, ANONYMOUS, INTERNAL_ONLY];
const CALLERS: Caller[] = ['public', 'same-org member', 'other-org member', 'moderator', 'staff'];
const KINDS: Kind[] = ['APPROVED', 'SUBMITTED', 'DRAFT'];

/** Places a submission appears. The organisation's own list needs a login (the public sees no organisation). */
type Place =
  | 'submission(id)'
  | 'submissions(roundId)'
  | 'consultationRound.submissions'
  | 'organisation.submissions'
  | 'submissions(organisationId)';
const PLACES: Place[] = [
  'submission(id)',
  'submissions(roundId)',
  'consultationRound.submissions',
  'organisation.submissions',
  'submissions(organisationId)',
];
/** Places that name the organisation by filtering on it: a submission appears there only if the caller may know its organisation. */
const BY_ORGANISATION: Place[] = ['organisation.submissions', 'submissions(organisationId)'];

const row = (disclosure: Disclosure, caller: Caller): Row => {
  const found = TABLE.find((r) => r.disclosure === disclosure && r.caller === caller);
  if (!found) throw new Error(`no row for ${disclosure} × ${caller}`);
  return found;
};

const AG_MASK = 'a civil-society organisation from the African Group';
const APG_MASK = 'a civil-society organisation from the Asia-Pacific Group';

const FRAGMENT = `fragment F on Submission {
  id status disclosure
  attribution { text masked region }
  organisation { id name }
  author { displayName }
  cosigners {
    status disclosure
    attribution { text masked region }
    organisation { id name }
    submission { id attribution { text masked } organisation { id name } }
  }
}`;
const BY_ID = `query($id: ID!) { submission(id: $id) { ...F } } ${FRAGMENT}`;
const LIST = `query($f: SubmissionFilterInput) { submissions(filter: $f, first: 100) { edges { node { ...F } } } } ${FRAGMENT}`;
const ROUND = `query($id: ID!) { consultationRound(id: $id) { submissions(first: 100) { edges { node { ...F } } } } } ${FRAGMENT}`;
const AUDIT = `query($id: String!) { auditEvents(filter: { entityId: $id }, first: 100) { edges { node { action actorId entityType entityId before after } } } }`;
// Only the nested list is asked for, so the organisation's own name is not in the answer.
const ORGANISATION = `query($id: ID!) { organisation(id: $id) { submissions(first: 100) { edges { node { ...F } } } } } ${FRAGMENT}`;

interface AttributionNode {
  text: string;
  masked: boolean;
  region: string;
}
interface CosignerNode {
  status: string;
  disclosure: string | null;
  attribution: AttributionNode;
  organisation: { id: string; name: string } | null;
  submission: { id: string };
}
interface SubmissionNode {
  id: string;
  status: string;
  disclosure: string | null;
  attribution: AttributionNode;
  organisation: { id: string; name: string } | null;
  author: { displayName: string } | null;
  cosigners: CosignerNode[];
}
interface Page {
  edges: { node: SubmissionNode }[];
}

type SubmissionView = Omit<SubmissionNode, 'id' | 'cosigners'> | typeof N;
type CosignerView = Omit<CosignerNode, 'submission'>;

interface Org {
  id: string;
  name: string;
  admin: TestUser;
}

describe('disclosure matrix: each disclosure × each caller × each place (api over HTTP)', () => {
  let plenary: TestPlenary;
  let roundId: string;
  let staff: TestUser;
  let moderator: TestUser;
  let other: TestUser;
  /** The submitting organisation of each disclosure, its second (non-author) member, and its submissions by status. */
  const submitters = new Map<Disclosure, Org & { member: TestUser; submissions: Record<Kind, string> }>();
  /** The co-signer of the approved NAMED submission that accepted with each disclosure (in the Asia-Pacific Group). */
  const cosigners = new Map<Disclosure, Org>();
  /** In the names of the ANONYMOUS organisations and their people: must never reach anyone outside them. */
  const ANONYMOUS_MARKER = `Zq${randomUUID().replace(/-/g, '').slice(0, 12)}`;

  const submitter = (d: Disclosure) => submitters.get(d) ?? missing(`no submitter for ${d}`);
  const cosigner = (d: Disclosure) => cosigners.get(d) ?? missing(`no co-signer for ${d}`);
  function missing(message: string): never {
    throw new Error(message);
  }

  /** The token of `caller` looking at submissions of `disclosure`'s organisation (undefined: the public). */
  const tokenOf = (caller: Caller, disclosure: Disclosure): string | undefined =>
    ({
      public: undefined,
      'same-org member': submitter(disclosure).member.token,
      'other-org member': other.token,
      moderator: moderator.token,
      staff: staff.token,
    })[caller];

  const responses = new Map<string, Promise<GraphqlResult<Record<string, unknown>>>>();
  /** Every answer is kept, for the leak checks, and asked once per caller. */
  function ask(
    caller: Caller,
    disclosure: Disclosure,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphqlResult<Record<string, unknown>>> {
    const token = tokenOf(caller, disclosure);
    const key = `${token ?? 'public'} ${query} ${JSON.stringify(variables)}`;
    let response = responses.get(key);
    if (!response) {
      response = plenary.gql(query, variables, token);
      responses.set(key, response);
    }
    return response;
  }

  function dataOf<T>(res: GraphqlResult<Record<string, unknown>>, field: string): T {
    if (res.errors?.length || !res.data) throw new Error(`${field}: ${JSON.stringify(res.errors)}`);
    return res.data[field] as T;
  }

  /** The submission as `caller` finds it in `place`, or NOT_FOUND (an error for the id, absent from a list). */
  async function find(
    place: Place,
    caller: Caller,
    disclosure: Disclosure,
    id: string,
  ): Promise<SubmissionNode | typeof N> {
    const orgId = submitter(disclosure).id;
    if (place === 'submission(id)') {
      const res = await ask(caller, disclosure, BY_ID, { id });
      if (res.errors?.length) {
        expect(res.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
        return N;
      }
      return dataOf<SubmissionNode>(res, 'submission');
    }
    let page: Page;
    if (place === 'submissions(roundId)')
      page = dataOf(await ask(caller, disclosure, LIST, { f: { roundId } }), 'submissions');
    else if (place === 'submissions(organisationId)')
      page = dataOf(await ask(caller, disclosure, LIST, { f: { organisationId: orgId } }), 'submissions');
    else if (place === 'consultationRound.submissions')
      page = dataOf<{ submissions: Page }>(
        await ask(caller, disclosure, ROUND, { id: roundId }),
        'consultationRound',
      ).submissions;
    else
      page = dataOf<{ submissions: Page }>(
        await ask(caller, disclosure, ORGANISATION, { id: orgId }),
        'organisation',
      ).submissions;
    return page.edges.find((e) => e.node.id === id)?.node ?? N;
  }

  const placesOf = (caller: Caller): Place[] =>
    PLACES.filter((p) => caller !== 'public' || p !== 'organisation.submissions');

  function visible(r: Row, kind: Kind): boolean {
    if (kind === 'APPROVED') return r.approved !== N;
    return kind === 'SUBMITTED' ? r.submitted : r.draft;
  }

  /** What the table says `r.caller` sees of the `kind` submission of `r.disclosure` in `place`. */
  function expectedView(r: Row, kind: Kind, place: Place): SubmissionView {
    const shown: Shown = r.approved === N ? 'masked' : r.approved;
    if (!visible(r, kind) || (BY_ORGANISATION.includes(place) && shown !== 'name')) return N;
    const org = submitter(r.disclosure);
    return {
      status: kind,
      disclosure: r.choice ? r.disclosure : null,
      attribution:
        shown === 'name'
          ? { text: org.name, masked: false, region: 'AG' }
          : { text: AG_MASK, masked: true, region: 'AG' },
      organisation: shown === 'name' ? { id: org.id, name: org.name } : null,
      author: r.author ? { displayName: org.admin.user.displayName } : null,
    };
  }

  /** The co-signers of the approved NAMED submission as the table says `caller` sees them, in invitation order. */
  function expectedCosigners(caller: Caller): CosignerView[] {
    return DISCLOSURES.flatMap((d): CosignerView[] => {
      const r = row(d, caller);
      const c = cosigner(d);
      if (r.cosigner === 'hidden') return [];
      return [
        {
          status: 'ACCEPTED',
          disclosure: row(NAMED, caller).choice ? d : null,
          attribution:
            r.cosigner === 'name'
              ? { text: c.name, masked: false, region: 'APG' }
              : { text: APG_MASK, masked: true, region: 'APG' },
          organisation: r.cosigner === 'name' ? { id: c.id, name: c.name } : null,
        },
      ];
    });
  }

  const viewOf = (node: SubmissionNode | typeof N): SubmissionView => {
    if (node === N) return N;
    const { id: _id, cosigners: _cosigners, ...view } = node;
    return view;
  };

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    [staff, moderator] = await Promise.all([createStaff(plenary), createModerator(plenary)]);
    const otherAdmin = await createUser(plenary, { name: 'Other Org Person' });
    await createOrganisation(plenary, otherAdmin, { name: `Unrelated Org ${randomUUID().slice(0, 6)}`, country: 'KE' });
    other = otherAdmin;
    ({ roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG }));

    for (const d of DISCLOSURES) {
      const tag = d === ANONYMOUS ? ANONYMOUS_MARKER : randomUUID().slice(0, 6);
      const admin = await createUser(plenary, { name: `Author ${d} ${tag}` });
      const org = await createOrganisation(plenary, admin, { name: `Submitter ${d} ${tag}`, country: 'KE' });
      const member = await createUser(plenary, { name: `Member ${d} ${tag}` });
      await plenary.dataSource
        .getRepository(MembershipEntity)
        .insert({ organisationId: org.id, userId: member.user.id, role: MemberRole.MEMBER });
      submitters.set(d, { ...org, admin, member, submissions: { APPROVED: '', SUBMITTED: '', DRAFT: '' } });

      const cosignerAdmin = await createUser(plenary, { name: `Co-signer admin ${d} ${tag}` });
      const cosignerOrg = await createOrganisation(plenary, cosignerAdmin, {
        name: `Co-signer ${d} ${tag}`,
        country: 'IN',
      });
      cosigners.set(d, { ...cosignerOrg, admin: cosignerAdmin });
    }

    for (const d of DISCLOSURES) {
      const s = submitter(d);
      const draft = (kind: Kind) =>
        createSubmission(plenary, s.admin.token, {
          roundId,
          organisationId: s.id,
          disclosure: d,
          title: `${kind} ${d} position`,
        });
      const approved = await draft('APPROVED');
      if (d === NAMED) {
        for (const cd of DISCLOSURES) {
          await cosign(
            plenary,
            { submitter: s.admin.token, cosignerAdmin: cosigner(cd).admin.token },
            { submissionId: approved.id, organisationId: cosigner(cd).id, disclosure: cd },
          );
        }
      }
      await submit(plenary, s.admin.token, approved);
      await approveSubmission(plenary, approved.id);
      const submitted = await draft('SUBMITTED');
      await submit(plenary, s.admin.token, submitted);
      s.submissions = { APPROVED: approved.id, SUBMITTED: submitted.id, DRAFT: (await draft('DRAFT')).id };
    }
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await plenary?.close();
  });

  describe.each(CALLERS)('as %s', (caller) => {
    it.each(DISCLOSURES)(
      '%s submissions: visibility, attribution, organisation, author and disclosure in every place',
      async (disclosure) => {
        const r = row(disclosure, caller);
        const observed: Record<string, SubmissionView> = {};
        const expected: Record<string, SubmissionView> = {};
        for (const place of placesOf(caller)) {
          for (const kind of KINDS) {
            observed[`${place} ${kind}`] = viewOf(
              await find(place, caller, disclosure, submitter(disclosure).submissions[kind]),
            );
            expected[`${place} ${kind}`] = expectedView(r, kind, place);
          }
        }
        expect(observed).toEqual(expected);
      },
    );

    it('co-signers: each co-signer of an approved NAMED submission, by its disclosure, in every place', async () => {
      const host = submitter(NAMED).submissions.APPROVED;
      const observed: Record<string, CosignerView[] | typeof N> = {};
      const expected: Record<string, CosignerView[] | typeof N> = {};
      for (const place of placesOf(caller)) {
        const node = await find(place, caller, NAMED, host);
        observed[place] = node === N ? N : node.cosigners.map(({ submission: _s, ...c }) => c);
        expected[place] = expectedCosigners(caller);
        if (node !== N) {
          // The submission reached through a co-signature is the same one, attributed the same way.
          for (const c of node.cosigners)
            expect(c.submission).toEqual({
              id: host,
              attribution: { text: node.attribution.text, masked: node.attribution.masked },
              organisation: node.organisation,
            });
        }
      }
      expect(observed).toEqual(expected);
      // Nothing else carries co-signers.
      for (const d of DISCLOSURES) {
        for (const kind of KINDS) {
          const id = submitter(d).submissions[kind];
          if (id === host) continue;
          const node = await find('submission(id)', caller, d, id);
          if (node !== N) expect(node.cosigners).toEqual([]);
        }
      }
    });
  });

  it('asks the public to log in for an organisation, so it has no organisation place', async () => {
    const res = await plenary.gql(ORGANISATION, { id: submitter(NAMED).id });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  describe('the ANONYMOUS organisations never reach anyone outside them', () => {
    /** Everything `caller` is answered about any submission, in every place, plus filters aimed at the ANONYMOUS organisations. */
    async function everythingSeenBy(caller: Caller): Promise<string> {
      const answers: unknown[] = [];
      for (const d of DISCLOSURES) {
        for (const place of placesOf(caller)) {
          for (const kind of KINDS) await find(place, caller, d, submitter(d).submissions[kind]);
        }
      }
      for (const orgId of [submitter(ANONYMOUS).id, cosigner(ANONYMOUS).id]) {
        answers.push(await plenary.gql(LIST, { f: { organisationId: orgId } }, tokenOf(caller, NAMED)));
        answers.push(await plenary.gql(LIST, { f: { search: ANONYMOUS_MARKER } }, tokenOf(caller, NAMED)));
      }
      const token = tokenOf(caller, NAMED);
      if (caller === 'staff') {
        // The audit trail of each approved submission (creation, co-signing, submission) seals the acting person.
        for (const d of DISCLOSURES) {
          const audit = await plenary.gql(AUDIT, { id: submitter(d).submissions.APPROVED }, token);
          expect(audit.errors).toBeUndefined();
          expect(JSON.stringify(audit.data)).toContain('submission.submitted');
          answers.push(audit);
        }
      }
      for (const [key, response] of responses)
        if (key.startsWith(`${token ?? 'public'} `)) answers.push(await response);
      expect(answers.length).toBeGreaterThan(20);
      return JSON.stringify(answers);
    }

    it.each<Caller>(['public', 'other-org member', 'moderator', 'staff'])(
      'not to %s: no name, id or person in any answer',
      async (caller) => {
        const seen = await everythingSeenBy(caller);
        expect(seen).toContain(submitter(ANONYMOUS).submissions.APPROVED); // the ANONYMOUS submission itself is in what they saw
        expect(seen).not.toContain(ANONYMOUS_MARKER);
        expect(seen).not.toContain(submitter(ANONYMOUS).id);
        expect(seen).not.toContain(cosigner(ANONYMOUS).id);
        expect(seen).not.toContain(submitter(ANONYMOUS).admin.user.id);
      },
    );

    it('while its own members do see it (the marker is where the check looks)', async () => {
      const res = await plenary.gql(
        BY_ID,
        { id: submitter(ANONYMOUS).submissions.APPROVED },
        submitter(ANONYMOUS).member.token,
      );
      expect(JSON.stringify(res)).toContain(ANONYMOUS_MARKER);
    });
  });

  describe('filtering by organisation cannot unmask', () => {
    it.each<[Caller, Disclosure, boolean]>([
      ['public', ANONYMOUS, false],
      ['public', REGION_ONLY, false],
      ['public', NAMED, true],
      ['other-org member', ANONYMOUS, false],
      ['other-org member', REGION_ONLY, false],
      ['other-org member', NAMED, true],
      ['moderator', ANONYMOUS, false],
      ['staff', ANONYMOUS, false],
      ['staff', REGION_ONLY, true],
    ])(
      '%s filtering on the %s organisation: its approved submission matches = %s',
      async (caller, disclosure, matches) => {
        const token = caller === 'public' ? undefined : tokenOf(caller, disclosure);
        const res = await plenary.gql<{ submissions: Page }>(
          LIST,
          { f: { organisationId: submitter(disclosure).id, status: 'APPROVED' } },
          token,
        );
        expect(res.errors).toBeUndefined();
        const ids = res.data?.submissions.edges.map((e) => e.node.id) ?? [];
        expect(ids).toEqual(matches ? [submitter(disclosure).submissions.APPROVED] : []);
        // The same submission is in the caller's unfiltered list all the same: the filter hides it, nothing else.
        const all = await plenary.gql<{ submissions: Page }>(LIST, { f: { roundId, status: 'APPROVED' } }, token);
        expect(all.data?.submissions.edges.map((e) => e.node.id)).toContain(submitter(disclosure).submissions.APPROVED);
      },
    );
  });

  it('renders the body as sanitised HTML: no script, event handler, javascript: or data: URL', async () => {
    const s = submitter(NAMED);
    const body = [
      'Intro paragraph with **bold** and a [fine link](https://example.org/treaty).',
      '',
      '<script>alert(1)</script>',
      '',
      '[x](javascript:alert(1))',
      '',
      '<img src=x onerror=alert(1)>',
      '',
      '![](data:image/png;base64,AAAA)',
      '',
      '<a href="javascript:alert(1)">raw link</a> [y](JAVASCRIPT:alert(1)) [z](data:text/html;base64,PHNjcmlwdD4=)',
    ].join('\n');
    const created = await createSubmission(plenary, s.admin.token, {
      roundId,
      organisationId: s.id,
      disclosure: NAMED,
      title: 'Hostile markup',
      body,
    });
    const res = await plenary.gql<{ submission: { body: string; bodyHtml: string } }>(
      'query($id: ID!) { submission(id: $id) { body bodyHtml } }',
      { id: created.id },
      s.member.token,
    );
    expect(res.errors).toBeUndefined();
    const html = res.data?.submission.bodyHtml ?? '';
    expect(res.data?.submission.body).toBe(body); // the Markdown source is kept as written
    // What the author meant is rendered...
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toMatch(/<a href="https:\/\/example\.org\/treaty"[^>]*>fine link<\/a>/);
    // ...and no markup can run anything. Every tag that survives, with its attributes:
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(4);
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<\/?(script|img|iframe|object|embed|svg|style)\b/i);
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/javascript:|data:|vbscript:/i);
      expect(tag).toMatch(/^<\/?(p|strong|em|a|br)\b/);
    }
    // Any of the hostile text left over is inert, escaped text, never markup.
    expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
  });
});
