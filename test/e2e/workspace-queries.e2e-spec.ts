import { MemberRole, Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import {
  addMember,
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createSubmission,
  createUser,
  GraphqlResult,
  TestPlenary,
  TestUser,
} from '@app/testing';

/**
 * What the web workspace reads that the rest of the contract did not offer: the country list for
 * the organisation form (with each country's UN regional group), an organisation's pending member
 * invitations (its ADMINs and staff only), and the co-signing invitations an organisation received
 * (its members and staff), each also reachable by id — and nobody else sees any of it.
 */
describe('workspace queries (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    staff = await createStaff(plenary);
  });

  afterAll(async () => {
    await plenary?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res: GraphqlResult<T> = await plenary.gql<T>(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  it('lists countries with their regional group, without a login, and null where the organisation chooses', async () => {
    const { countries } = await ok<{ countries: { code: string; region: Region | null }[] }>(
      '{ countries { code region } }',
      {},
    );
    const byCode = new Map(countries.map((c) => [c.code, c.region]));
    expect(countries.length).toBeGreaterThan(190);
    expect(byCode.get('KE')).toBe('AG');
    expect(byCode.get('BR')).toBe('GRULAC');
    expect(byCode.get('FR')).toBe('WEOG');
    expect(byCode.get('UA')).toBe('EEG');
    expect(byCode.get('TW')).toBeNull();
    expect(byCode.get('XK')).toBeNull();
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
  });

  it('shows pending member invitations to ADMINs and staff, never to a MEMBER or an outsider', async () => {
    const admin = await createUser(plenary);
    const member = await createUser(plenary);
    const outsider = await createUser(plenary);
    const org = await createOrganisation(plenary, admin);
    await addMember(plenary, org.id, member.user.id, MemberRole.MEMBER);
    await ok(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
      { i: { organisationId: org.id, email: 'Newcomer@Example.org', role: 'MEMBER' } },
      admin.token,
    );
    const INVITATIONS = 'query($id: ID!) { organisation(id: $id) { invitations { email role expiresAt } } }';
    type Answer = { organisation: { invitations: { email: string; role: string; expiresAt: string }[] | null } };

    for (const who of [admin, staff]) {
      const { organisation } = await ok<Answer>(INVITATIONS, { id: org.id }, who.token);
      expect(organisation.invitations).toEqual([
        { email: 'newcomer@example.org', role: 'MEMBER', expiresAt: expect.any(String) },
      ]);
    }
    const asMember = await ok<Answer>(INVITATIONS, { id: org.id }, member.token);
    expect(asMember.organisation.invitations).toBeNull();
    const asOutsider = await ok<Answer>(INVITATIONS, { id: org.id }, outsider.token);
    expect(asOutsider.organisation.invitations).toBeNull();
  });

  it('lists co-signing invitations to the invited organisation, and one by id to whoever may see the submission', async () => {
    const submitter = await createUser(plenary);
    const cosignerAdmin = await createUser(plenary);
    const outsider = await createUser(plenary);
    const submittingOrg = await createOrganisation(plenary, submitter);
    const cosigningOrg = await createOrganisation(plenary, cosignerAdmin, { name: 'Digital Rights Kenya' });
    await createOrganisation(plenary, outsider);
    const { roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    const draft = await createSubmission(plenary, submitter.token, {
      roundId,
      organisationId: submittingOrg.id,
      disclosure: Disclosure.NAMED,
      title: 'Oversight of interception powers',
    });
    const { inviteCosigner } = await ok<{ inviteCosigner: { id: string } }>(
      'mutation($i: InviteCosignerInput!) { inviteCosigner(input: $i) { id } }',
      { i: { submissionId: draft.id, organisationId: cosigningOrg.id } },
      submitter.token,
    );

    const LIST = `query($id: ID!) { organisation(id: $id) {
      cosignatureInvitations { id status disclosure submission { id title status } } } }`;
    type ListAnswer = {
      organisation: {
        cosignatureInvitations:
          { id: string; status: string; disclosure: string | null; submission: { id: string; title: string } }[] | null;
      };
    };
    const asInvited = await ok<ListAnswer>(LIST, { id: cosigningOrg.id }, cosignerAdmin.token);
    expect(asInvited.organisation.cosignatureInvitations).toEqual([
      {
        id: inviteCosigner.id,
        status: 'PENDING',
        disclosure: null,
        submission: { id: draft.id, title: 'Oversight of interception powers', status: 'DRAFT' },
      },
    ]);
    const asStaff = await ok<ListAnswer>(LIST, { id: cosigningOrg.id }, staff.token);
    expect(asStaff.organisation.cosignatureInvitations).toHaveLength(1);
    const asOutsider = await ok<ListAnswer>(LIST, { id: cosigningOrg.id }, outsider.token);
    expect(asOutsider.organisation.cosignatureInvitations).toBeNull();

    const ONE = 'query($id: ID!) { cosignature(id: $id) { id status submission { id title body } } }';
    const one = await ok<{ cosignature: { id: string; submission: { title: string; body: string } } }>(
      ONE,
      { id: inviteCosigner.id },
      cosignerAdmin.token,
    );
    expect(one.cosignature.submission.title).toBe('Oversight of interception powers');
    expect(one.cosignature.submission.body).toContain('judicial');

    // An outsider and an id that does not exist get the same answer.
    const hidden = await plenary.gql(ONE, { id: inviteCosigner.id }, outsider.token);
    const missing = await plenary.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' }, outsider.token);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const anonymous = await plenary.gql(ONE, { id: inviteCosigner.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
