import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import { ProvisionService } from '@app/consultations';
import {
  approveSubmission,
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createSubmission,
  createUser,
  submit,
  TestPlenary,
  TestUser,
} from '@app/testing';

/**
 * The public page of a treaty provision lists the submissions that cite it: `submissions(filter:
 * {provisionId})` narrows to exactly those, and still shows the public nothing it could not see
 * without the filter (unapproved ones, and ANONYMOUS attribution stays masked).
 */
const LIST = `query($f: SubmissionFilterInput) {
  submissions(filter: $f, first: 50) { edges { node { id provisions { id } attribution { text masked } } } }
}`;

interface Row {
  id: string;
  provisions: { id: string }[];
  attribution: { text: string; masked: boolean };
}

describe('submissions filtered by treaty provision (api over HTTP)', () => {
  let plenary: TestPlenary;
  let admin: TestUser;
  const ids = { article6Named: '', article6Anonymous: '', article6Submitted: '', article23: '' };

  async function list(filter: Record<string, unknown>, token?: string) {
    return plenary.gql<{ submissions: { edges: { node: Row }[] } }>(LIST, { f: filter }, token);
  }
  const idsOf = async (filter: Record<string, unknown>, token?: string): Promise<string[]> => {
    const res = await list(filter, token);
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.submissions.edges.map((e) => e.node.id).sort();
  };

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    const staff = await createStaff(plenary);
    admin = await createUser(plenary, { name: 'Provision admin' });
    const org = await createOrganisation(plenary, admin, { country: 'KE', name: 'Provision Filter Org' });
    const round = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    const make = async (provisionIds: string[], disclosure: Disclosure, approve: boolean): Promise<string> => {
      const draft = await createSubmission(plenary, admin.token, {
        roundId: round.roundId,
        organisationId: org.id,
        disclosure,
        provisionIds,
      });
      await submit(plenary, admin.token, draft);
      if (approve) await approveSubmission(plenary, draft.id);
      return draft.id;
    };
    ids.article6Named = await make(['chapter-1', 'article-6'], Disclosure.NAMED, true);
    ids.article6Anonymous = await make(['article-6'], Disclosure.ANONYMOUS, true);
    ids.article6Submitted = await make(['article-6'], Disclosure.NAMED, false);
    ids.article23 = await make(['article-23'], Disclosure.NAMED, true);
  }, 180_000);

  afterAll(() => plenary?.close());

  it('shows the public the approved submissions citing the provision, and only those', async () => {
    expect(await idsOf({ provisionId: 'article-6' })).toEqual([ids.article6Named, ids.article6Anonymous].sort());
    expect(await idsOf({ provisionId: 'article-23' })).toEqual([ids.article23]);
    expect(await idsOf({ provisionId: 'chapter-1' })).toEqual([ids.article6Named]);
    expect(await idsOf({ provisionId: 'article-99' })).toEqual([]);
  });

  it('keeps the disclosure: the ANONYMOUS one carries no organisation name for the public', async () => {
    const res = await list({ provisionId: 'article-6' });
    const rows = res.data?.submissions.edges.map((e) => e.node) ?? [];
    const anonymous = rows.find((r) => r.id === ids.article6Anonymous);
    expect(anonymous?.provisions.map((p) => p.id)).toEqual(['article-6']);
    expect(anonymous?.attribution.masked).toBe(true);
    expect(anonymous?.attribution.text).not.toContain('Provision Filter Org');
    expect(rows.find((r) => r.id === ids.article6Named)?.attribution.text).toBe('Provision Filter Org');
  });

  it('shows the organisation its own unapproved submission when it filters by provision', async () => {
    expect(await idsOf({ provisionId: 'article-6' }, admin.token)).toEqual(
      [ids.article6Named, ids.article6Anonymous, ids.article6Submitted].sort(),
    );
  });

  it('refuses a malformed provision id with the field named', async () => {
    const res = await list({ provisionId: 'article-6; DROP' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('provisionId');
  });
});
