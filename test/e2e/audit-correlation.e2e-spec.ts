import { ProvisionService } from '@app/consultations';
import { Region } from '@app/identity';
import { decodeCursor } from '@app/platform';
import { Disclosure } from '@app/submissions';
import { TagService } from '@app/taxonomy';
import {
  createSessionAndOpenRound,
  createStaff,
  GraphqlResult,
  TEST_PASSWORD,
  TestPlenary,
  TestUser,
} from '@app/testing';
import { login } from './support/accounts.operations';
import { dataOf, submitted, submittingOrg, SubmittingOrg } from './support/moderation.operations';

interface TrailEvent {
  id: string;
  occurredAt: string;
  action: string;
  actorId: string | null;
  entityId: string;
}

interface TrailPage {
  edges: { cursor: string; node: TrailEvent }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const TRAIL = `query($after: String) {
  auditEvents(first: 100, after: $after) {
    edges { cursor node { id occurredAt action actorId entityId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const DAY_MS = 24 * 3600 * 1000;

/**
 * Issue 10, finding 5: staff reading the audit trail try to unmask the author of an ANONYMOUS
 * submission without the audited reveal — by matching its sealed events to the nearest login (in
 * time, and in the list's order) of someone, and by reading ids and cursors. Each attack must fail.
 */
describe('the audit trail cannot unmask an ANONYMOUS submitter (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let decoys: SubmittingOrg[];
  let submitter: SubmittingOrg;
  let submissionId: string;
  let trail: TrailEvent[];
  let cursors: Map<string, string>;

  beforeAll(async () => {
    // The attack needs the whole scenario inside one UTC day; near midnight, wait for the next one.
    const toMidnight = DAY_MS - (Date.now() % DAY_MS);
    if (toMidnight < 3 * 60_000) await new Promise((r) => setTimeout(r, toMidnight + 1000));

    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    staff = await createStaff(plenary);
    const { roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    decoys = [await submittingOrg(plenary), await submittingOrg(plenary)];
    submitter = await submittingOrg(plenary);
    decoys.push(await submittingOrg(plenary), await submittingOrg(plenary));

    // A working session: two decoys log in, then the submitter logs in and at once submits an
    // ANONYMOUS position, then two more decoys log in.
    const logIn = async (who: SubmittingOrg) => dataOf(await login(plenary, who.admin.email, TEST_PASSWORD));
    await logIn(decoys[0]);
    await logIn(decoys[1]);
    await logIn(submitter);
    submissionId = (await submitted(plenary, submitter, roundId, { disclosure: Disclosure.ANONYMOUS })).id;
    await logIn(decoys[2]);
    await logIn(decoys[3]);

    // Staff read the whole trail, page by page, as the attacker would.
    trail = [];
    cursors = new Map();
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: GraphqlResult<{ auditEvents: TrailPage }> = await plenary.gql(TRAIL, { after }, staff.token);
      const connection: TrailPage = dataOf(res).auditEvents;
      for (const edge of connection.edges) {
        trail.push(edge.node);
        cursors.set(edge.node.id, edge.cursor);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
  }, 240_000);

  afterAll(async () => {
    await plenary.close();
  });

  const sealedEvents = () => trail.filter((e) => e.entityId === submissionId && e.actorId === null);
  const logins = () => trail.filter((e) => e.action === 'user.logged_in');

  it('records the submitter’s actions as sealed events, with no actor', () => {
    expect(sealedEvents().map((e) => e.action)).toEqual(
      expect.arrayContaining(['submission.created', 'submission.submitted']),
    );
    // Nothing on them names the person or the organisation.
    expect(JSON.stringify(sealedEvents())).not.toContain(submitter.id);
    expect(JSON.stringify(sealedEvents())).not.toContain(submitter.admin.user.id);
  });

  it('defeats matching by time: a sealed event shows only its day, so the nearest login is not the submitter’s', () => {
    for (const sealed of sealedEvents()) {
      expect(sealed.occurredAt).toMatch(/T00:00:00\.000Z$/);
      const at = Date.parse(sealed.occurredAt);
      const distances = logins().map((l) => ({ actor: l.actorId, d: Math.abs(Date.parse(l.occurredAt) - at) }));
      const nearest = Math.min(...distances.map((x) => x.d));
      const suspects = new Set(distances.filter((x) => x.d === nearest).map((x) => x.actor));
      // The attack names the person(s) closest in time: never the submitter alone.
      expect(suspects.size === 1 && suspects.has(submitter.admin.user.id)).toBe(false);
      // And the submitter's own login is no nearer than anyone else's of that day.
      const mine = distances.filter((x) => x.actor === submitter.admin.user.id).map((x) => x.d);
      expect(Math.min(...mine)).toBeGreaterThan(nearest);
    }
  });

  it('defeats matching by order: a sealed event’s neighbours in the list are not the submitter’s events', () => {
    for (const sealed of sealedEvents()) {
      const index = trail.findIndex((e) => e.id === sealed.id);
      // The nearest events with a visible actor, on either side of it in the list.
      const before = trail
        .slice(0, index)
        .reverse()
        .find((e) => e.actorId !== null);
      const after = trail.slice(index + 1).find((e) => e.actorId !== null);
      for (const neighbour of [before, after]) expect(neighbour?.actorId).not.toBe(submitter.admin.user.id);
      // Sealed events sit after every event of their day: their place says no more than the day.
      const day = sealed.occurredAt.slice(0, 10);
      const laterSameDay = trail.slice(index + 1).filter((e) => e.actorId !== null && e.occurredAt.startsWith(day));
      expect(laterSameDay).toEqual([]);
    }
  });

  it('defeats matching by ids and cursors: random ids, and cursors that carry only what is shown', () => {
    for (const event of trail)
      expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const sealed of sealedEvents()) {
      expect(decodeCursor(cursors.get(sealed.id))).toEqual([sealed.occurredAt, sealed.id]);
    }
  });

  it('still lists the trail newest first, every event once, across pages', () => {
    expect(new Set(trail.map((e) => e.id)).size).toBe(trail.length);
    const times = trail.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
