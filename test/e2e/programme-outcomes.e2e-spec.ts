import ICAL from 'ical.js';
import { FixedClock } from '@app/platform';
import { TagCategory, TagEntity } from '@app/taxonomy';
import {
  createOrganisation,
  createProgrammeEvent,
  createStaff,
  createUser,
  gqlData,
  refusalOf,
  registerForEvent,
  seedDigestReference,
  TestPlenary,
  TestUser,
} from '@app/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * Outcomes (the gender/human-rights review, Chatham House, expectedVersion), balance figures over
 * the API against counts made by hand, the iCalendar files over HTTP parsed back, publications
 * (file through FileStorage, publish, full-text search, download), and certificates printed by the
 * worker with Chromium.
 */
describe('programme: outcomes, balance, calendars, publications, certificates', () => {
  const start = new Date();
  const clock = new FixedClock(start);
  let plenary: TestPlenary;
  let storage: string;
  let staff: TestUser;
  let tags: Record<string, string>;
  let sessionId: string;

  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 'plenary-programme-files-'));
    plenary = await TestPlenary.start({ clock, api: { FILE_STORAGE_DIR: storage } });
    await seedDigestReference(plenary);
    staff = await createStaff(plenary);
    const rows = await plenary.dataSource.getRepository(TagEntity).find();
    tags = Object.fromEntries(rows.map((t) => [`${t.category}:${t.slug}`, t.id]));
    tags.gender = rows.find((t) => t.category === TagCategory.GENDER)!.id;
    tags.rights = rows.find((t) => t.category === TagCategory.HUMAN_RIGHTS)!.id;
    tags.theme = rows.find((t) => t.category === TagCategory.THEME)!.id;
    sessionId = gqlData(
      await plenary.gql<{ createNegotiationSession: { id: string } }>(
        'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
        {
          i: {
            title: 'AHC seventh session',
            processName: 'Ad Hoc Committee',
            location: 'Vienna',
            startsAt: new Date(start.getTime() + 20 * DAY).toISOString(),
            endsAt: new Date(start.getTime() + 30 * DAY).toISOString(),
          },
        },
        staff.token,
      ),
      'session',
    ).createNegotiationSession.id;
  });
  afterAll(async () => {
    await plenary?.close();
    rmSync(storage, { recursive: true, force: true });
  });
  beforeEach(() => clock.set(start));

  const record = (input: Record<string, unknown>, token = staff.token) =>
    plenary.gql<{
      recordEventOutcome: { version: number; speakers: string[]; keyMessagesHtml: string; tags: { id: string }[] };
    }>(
      'mutation($i: RecordEventOutcomeInput!) { recordEventOutcome(input: $i) { version speakers keyMessagesHtml tags { id } provisions { id } } }',
      {
        i: {
          tagIds: [],
          provisionIds: [],
          noGenderConsiderations: false,
          noHumanRightsConsiderations: false,
          keyMessages: '- States heard **survivors**.',
          ...input,
        },
      },
      token,
    );

  it('records an outcome after the event with the gender and human-rights review; Chatham House names nobody', async () => {
    const open = await createProgrammeEvent(plenary, staff.token, { sessionId });
    const chatham = await createProgrammeEvent(plenary, staff.token, { sessionId, chathamHouse: true });
    expect(refusalOf(await record({ eventId: open.id, tagIds: [tags.gender, tags.rights] }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'EVENT_NOT_STARTED',
    });
    clock.set(new Date(start.getTime() + 11 * DAY));
    expect(refusalOf(await record({ eventId: open.id, tagIds: [tags.theme] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REVIEW_INCOMPLETE',
    });
    expect(
      refusalOf(
        await record({
          eventId: open.id,
          tagIds: [tags.gender],
          noGenderConsiderations: true,
          noHumanRightsConsiderations: true,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'noGenderConsiderations' }] });
    const first = gqlData(
      await record({
        eventId: open.id,
        tagIds: [tags.gender],
        noHumanRightsConsiderations: true,
        provisionIds: ['article-6'],
        speakers: ['Ms A. Delegate (Kenya)'],
      }),
      'record',
    ).recordEventOutcome;
    expect(first.speakers).toEqual(['Ms A. Delegate (Kenya)']);
    expect(first.keyMessagesHtml).toContain('<strong>survivors</strong>');
    // A second recording without expectedVersion would overwrite blind: CONFLICT.
    expect(refusalOf(await record({ eventId: open.id, tagIds: [tags.gender, tags.rights] }))).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'expectedVersion' }],
    });
    const second = gqlData(
      await record({ eventId: open.id, expectedVersion: first.version, tagIds: [tags.gender, tags.rights] }),
      'again',
    ).recordEventOutcome;
    expect(second.version).toBe(first.version + 1);

    expect(
      refusalOf(await record({ eventId: chatham.id, tagIds: [tags.gender, tags.rights], speakers: ['Someone'] })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CHATHAM_HOUSE' });
    gqlData(await record({ eventId: chatham.id, tagIds: [tags.gender, tags.rights] }), 'chatham');
    // The public reads both outcomes with the event.
    const read = await plenary.gql<{
      event: { chathamHouse: boolean; outcome: { speakers: string[]; tags: { id: string }[] } };
    }>('query($id: ID!) { event(id: $id) { chathamHouse outcome { speakers tags { id } provisions { id } } } }', {
      id: chatham.id,
    });
    expect(gqlData(read, 'read').event).toMatchObject({ chathamHouse: true, outcome: { speakers: [] } });
    // Turning an event into a Chatham House one later drops the speakers already recorded.
    const { event } = gqlData(
      await plenary.gql<{ event: { version: number } }>('query($id: ID!) { event(id: $id) { version } }', {
        id: open.id,
      }),
      'v',
    );
    gqlData(
      await plenary.gql(
        'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id } }',
        { i: { id: open.id, expectedVersion: event.version, chathamHouse: true } },
        staff.token,
      ),
      'chatham now',
    );
    const after = gqlData(
      await plenary.gql<{ event: { outcome: { speakers: string[] } } }>(
        'query($id: ID!) { event(id: $id) { outcome { speakers } } }',
        { id: open.id },
      ),
      'after',
    ).event;
    expect(after.outcome.speakers).toEqual([]);
    const [stored] = await plenary.dataSource.query('SELECT speakers FROM event_outcomes WHERE event_id = $1', [
      open.id,
    ]);
    expect(stored.speakers).toEqual([]);
  });

  it('adds up the balance as counted by hand, and shows small counts as "fewer than 5" outside the staff console', async () => {
    const event = await createProgrammeEvent(plenary, staff.token, { capacity: 100 });
    // 9 registrants: AG NGO women ×6 (5 attend), WEOG ACADEMIA man ×1 (attends), no organisation ×2 (one SELF_DESCRIBED, one not stated).
    const ag = await createUser(plenary, { name: 'AG admin' });
    const agOrg = await createOrganisation(plenary, ag, { country: 'KE' });
    const weog = await createUser(plenary, { name: 'WEOG admin' });
    const weogOrg = await createOrganisation(plenary, weog, { country: 'FR' });
    await plenary.dataSource.query(`UPDATE organisations SET type = 'ACADEMIA' WHERE id = $1`, [weogOrg.id]);
    const regs: { id: string; attends: boolean }[] = [];
    const add = async (person: TestUser, input: Record<string, unknown>, attends: boolean) =>
      regs.push({
        id: gqlData(await registerForEvent(plenary, person.token, { eventId: event.id, ...input }), 'reg')
          .registerForEvent.id,
        attends,
      });
    await add(ag, { organisationId: agOrg.id, genderIdentity: 'WOMAN' }, true);
    for (let i = 0; i < 5; i++) {
      const member = await createUser(plenary, { name: `AG member ${i}` });
      await plenary.dataSource.query(
        `INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`,
        [agOrg.id, member.user.id],
      );
      await add(member, { organisationId: agOrg.id, genderIdentity: 'WOMAN' }, i < 4);
    }
    await add(weog, { organisationId: weogOrg.id, genderIdentity: 'MAN' }, true);
    await add(
      await createUser(plenary),
      { genderIdentity: 'SELF_DESCRIBED', genderSelfDescription: 'two-spirit' },
      false,
    );
    await add(await createUser(plenary), {}, false);
    clock.set(new Date(start.getTime() + 10 * DAY + HOUR));
    gqlData(
      await plenary.gql(
        'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { id } }',
        { i: { eventId: event.id, entries: regs.map((r) => ({ registrationId: r.id, attended: r.attends })) } },
        staff.token,
      ),
      'attendance',
    );
    const query = `query($f: EventBalanceFilter!) { eventBalance(filter: $f) { exact
      registrants { total { key count withheld } byRegion { key count fewerThanFive withheld } byOrganisationType { key count withheld } byGender { key count withheld } }
      attendees { total { key count withheld } byRegion { key count withheld } byGender { key count fewerThanFive withheld } } } }`;
    type Cell = { key: string; count: number | null; withheld?: boolean; fewerThanFive?: boolean };
    type Group = { total: Cell; byRegion: Cell[]; byOrganisationType: Cell[]; byGender: Cell[] };
    type Balance = { exact: boolean; registrants: Group; attendees: Group };
    const table = (cells: Cell[]) => Object.fromEntries(cells.map((c) => [c.key, c.count]));
    const asStaff = gqlData(
      await plenary.gql<{ eventBalance: Balance }>(query, { f: { eventId: event.id } }, staff.token),
      'staff',
    ).eventBalance;
    expect(asStaff.exact).toBe(true);
    expect(asStaff.registrants.total.count).toBe(9);
    expect(table(asStaff.registrants.byRegion)).toEqual({ AG: 6, APG: 0, EEG: 0, GRULAC: 0, WEOG: 1, NONE: 2 });
    expect(table(asStaff.registrants.byOrganisationType)).toEqual({
      NGO: 6,
      ACADEMIA: 1,
      PRIVATE_SECTOR: 0,
      TECHNICAL_COMMUNITY: 0,
      OTHER: 0,
      NONE: 2,
    });
    expect(table(asStaff.registrants.byGender)).toEqual({
      WOMAN: 6,
      MAN: 1,
      NON_BINARY: 0,
      SELF_DESCRIBED: 1,
      NOT_STATED: 1,
    });
    expect(asStaff.attendees.total.count).toBe(6);
    expect(table(asStaff.attendees.byGender)).toEqual({
      WOMAN: 5,
      MAN: 1,
      NON_BINARY: 0,
      SELF_DESCRIBED: 0,
      NOT_STATED: 0,
    });
    for (const token of [undefined, ag.token]) {
      const b = gqlData(
        await plenary.gql<{ eventBalance: Balance }>(query, { f: { eventId: event.id } }, token),
        'public',
      ).eventBalance;
      expect(b.exact).toBe(false);
      expect(b.registrants.total.count).toBe(9);
      expect(table(b.registrants.byRegion)).toEqual({ AG: 6, APG: 0, EEG: 0, GRULAC: 0, WEOG: null, NONE: null });
      expect(table(b.registrants.byGender)).toEqual({
        WOMAN: 6,
        MAN: null,
        NON_BINARY: 0,
        SELF_DESCRIBED: null,
        NOT_STATED: null,
      });
      // Attendees: WOMAN 5 and MAN 1 — the single small count would be 6 − 5, so WOMAN is withheld too.
      expect(table(b.attendees.byGender)).toEqual({
        WOMAN: null,
        MAN: null,
        NON_BINARY: 0,
        SELF_DESCRIBED: 0,
        NOT_STATED: 0,
      });
      expect(b.attendees.byGender.find((c: { key: string }) => c.key === 'MAN')).toMatchObject({
        fewerThanFive: true,
        withheld: true,
      });
    }
    // Per year and per session add up the same way; not exactly one scope is refused.
    const year = gqlData(
      await plenary.gql<{ eventBalance: Balance }>(
        query,
        { f: { year: new Date(start.getTime() + 10 * DAY).getUTCFullYear() } },
        staff.token,
      ),
      'year',
    ).eventBalance;
    expect(year.registrants.total.count).toBeGreaterThanOrEqual(9);
    expect(refusalOf(await plenary.gql(query, { f: { eventId: event.id, year: 2026 } })).code).toBe('BAD_USER_INPUT');
    expect(refusalOf(await plenary.gql(query, { f: {} })).code).toBe('BAD_USER_INPUT');
  });

  it('serves each event and each session as iCalendar, which parses back, without the online link', async () => {
    const a = await createProgrammeEvent(plenary, staff.token, {
      sessionId,
      title: 'Rights, safeguards; and “evidence”',
    });
    const b = await createProgrammeEvent(plenary, staff.token, {
      sessionId,
      startsAt: new Date(start.getTime() + 12 * DAY),
      format: 'ONLINE',
      venue: null,
    });
    const links = (
      (await plenary.dataSource.query('SELECT online_url FROM programme_events')) as { online_url: string | null }[]
    )
      .map((r) => r.online_url)
      .filter(Boolean) as string[];
    const one = await fetch(`${plenary.url}/calendar/events/${a.id}.ics`);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toContain('text/calendar');
    const oneText = await one.text();
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(oneText)).getFirstSubcomponent('vevent')!);
    expect(parsed.summary).toBe('Rights, safeguards; and “evidence”');
    const feed = await (await fetch(`${plenary.url}/calendar/sessions/${sessionId}.ics`)).text();
    const uids = new ICAL.Component(ICAL.parse(feed))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toEqual(expect.arrayContaining([`${a.id}@plenary`, `${b.id}@plenary`]));
    for (const link of links) {
      expect(oneText).not.toContain(link);
      expect(feed).not.toContain(link);
    }
    expect((await fetch(`${plenary.url}/calendar/events/not-an-id.ics`)).status).toBe(404);
    expect((await fetch(`${plenary.url}/calendar/sessions/${a.id}.ics`)).status).toBe(404);
  });

  it('publishes a publication with its open-access file, searchable; drafts stay with staff', async () => {
    const created = gqlData(
      await plenary.gql<{ createPublication: { id: string; version: number; status: string } }>(
        'mutation($i: CreatePublicationInput!) { createPublication(input: $i) { id version status } }',
        {
          i: {
            kind: 'REPORT',
            title: 'Gender-responsive safeguards in the cybercrime convention',
            authors: ['Amina Diallo', 'Lucía Pérez'],
            authorsConsented: true,
            abstract: 'How survivors of technology-facilitated violence fare under procedural powers.',
            language: 'en',
            sessionId,
            tagIds: [tags.gender],
            provisionIds: ['article-6'],
          },
        },
        staff.token,
      ),
      'create',
    ).createPublication;
    expect(created.status).toBe('DRAFT');
    const noConsent = await plenary.gql(
      'mutation($i: CreatePublicationInput!) { createPublication(input: $i) { id } }',
      { i: { kind: 'BRIEF', title: 'x', authors: ['Someone'], language: 'en' } },
      staff.token,
    );
    expect(refusalOf(noConsent)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'authorsConsented' }] });
    // Nothing to download yet, and publishing needs a file, a link or a DOI.
    expect(
      refusalOf(
        await plenary.gql('mutation($id: ID!) { publishPublication(id: $id) { id } }', { id: created.id }, staff.token),
      ).code,
    ).toBe('BAD_USER_INPUT');
    const pdf = Buffer.from('%PDF-1.4\n% a small open-access file\n%%EOF\n');
    const put = (body: Buffer, type: string, token?: string) =>
      fetch(
        `${plenary.url}/files/publications/${created.id}?name=${encodeURIComponent('Safeguards report (final).pdf')}`,
        {
          method: 'PUT',
          headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: new Uint8Array(body),
        },
      );
    expect((await put(pdf, 'application/pdf')).status).toBe(401);
    const member = await createUser(plenary);
    expect((await put(pdf, 'application/pdf', member.token)).status).toBe(403);
    expect((await put(Buffer.from('not a pdf'), 'application/pdf', staff.token)).status).toBe(400);
    expect((await put(pdf, 'text/html', staff.token)).status).toBe(400);
    const stored = await put(pdf, 'application/pdf', staff.token);
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({ fileName: 'Safeguards report final.pdf', fileBytes: pdf.length });
    // A draft: the public sees neither the publication nor its file.
    expect((await fetch(`${plenary.url}/files/publications/${created.id}`)).status).toBe(404);
    const search = (token?: string, q = 'survivors violence') =>
      plenary.gql<{ publications: { edges: { node: { id: string } }[] } }>(
        'query($f: PublicationFilter) { publications(filter: $f) { edges { node { id title filePath } } } }',
        { f: { search: q } },
        token,
      );
    expect(gqlData(await search(), 'public search').publications.edges).toEqual([]);
    expect(gqlData(await search(staff.token), 'staff search').publications.edges.map((e) => e.node.id)).toEqual([
      created.id,
    ]);
    const published = gqlData(
      await plenary.gql<{ publishPublication: { status: string } }>(
        'mutation($id: ID!) { publishPublication(id: $id) { status publishedAt } }',
        { id: created.id },
        staff.token,
      ),
      'publish',
    ).publishPublication;
    expect(published.status).toBe('PUBLISHED');
    expect(
      refusalOf(
        await plenary.gql('mutation($id: ID!) { publishPublication(id: $id) { id } }', { id: created.id }, staff.token),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_PUBLISHED' });
    expect(gqlData(await search(), 'public search').publications.edges.map((e) => e.node.id)).toEqual([created.id]);
    expect(gqlData(await search(undefined, 'Diallo'), 'by author').publications.edges.map((e) => e.node.id)).toEqual([
      created.id,
    ]);
    expect(gqlData(await search(undefined, 'blockchain'), 'no match').publications.edges).toEqual([]);
    const download = await fetch(`${plenary.url}/files/publications/${created.id}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    expect(download.headers.get('content-disposition')).toContain('Safeguards report final.pdf');
  });

  it('prints a certificate of attendance in Arabic with the worker, for the person and staff only', async () => {
    const person = await createUser(plenary, { name: 'Fatima Al-Hassan' });
    const stranger = await createUser(plenary);
    const event = await createProgrammeEvent(plenary, staff.token, {
      type: 'TRAINING',
      title: 'Training on safeguards',
    });
    const reg = gqlData(await registerForEvent(plenary, person.token, { eventId: event.id }), 'reg').registerForEvent;
    const ask = (token: string) =>
      plenary.gql<{ requestCertificate: { id: string; status: string } }>(
        'mutation($i: RequestCertificateInput!) { requestCertificate(input: $i) { id status path } }',
        { i: { registrationId: reg.id, language: 'ar' } },
        token,
      );
    expect(refusalOf(await ask(person.token))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ATTENDED' });
    clock.set(new Date(start.getTime() + 10 * DAY + HOUR));
    gqlData(
      await plenary.gql(
        'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { id } }',
        { i: { eventId: event.id, entries: [{ registrationId: reg.id, attended: true }] } },
        staff.token,
      ),
      'attend',
    );
    expect(refusalOf(await ask(stranger.token)).code).toBe('NOT_FOUND');
    clock.set(new Date());
    const certificate = gqlData(await ask(person.token), 'ask').requestCertificate;
    expect(certificate.status).toBe('QUEUED');
    await plenary.startWorker();
    let path: string | null = null;
    for (let i = 0; i < 300 && !path; i++) {
      const res = await plenary.gql<{ certificate: { status: string; path: string | null } }>(
        'query($id: ID!) { certificate(id: $id) { status path } }',
        { id: certificate.id },
        person.token,
      );
      path = gqlData(res, 'poll').certificate.path;
      if (!path) await new Promise((r) => setTimeout(r, 200));
    }
    expect(path).toBe(`/files/certificates/${certificate.id}`);
    const file = await fetch(`${plenary.url}${path}`, { headers: { authorization: `Bearer ${person.token}` } });
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await fetch(`${plenary.url}${path}`)).status).toBe(404);
    expect(
      (await fetch(`${plenary.url}${path}`, { headers: { authorization: `Bearer ${stranger.token}` } })).status,
    ).toBe(404);
    expect((await fetch(`${plenary.url}${path}`, { headers: { authorization: `Bearer ${staff.token}` } })).status).toBe(
      200,
    );
  }, 90_000);
});
