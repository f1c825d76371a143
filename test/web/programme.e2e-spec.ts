import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Region } from '@app/identity';
import { FixedClock } from '@app/platform';
import {
  createDigestOrganisation,
  createDigestWorld,
  createProgrammeEvent,
  createPublication,
  createUser,
  DigestWorld,
  gqlData,
  registerForEvent,
  TestUser,
  waitForEmail,
} from '@app/testing';
import { Page } from 'playwright-core';
import { WebHarness } from './support/web-harness';

jest.setTimeout(300_000);

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * The programme in real Chromium: a CSO member registers for a full side meeting and is put on the
 * waiting list, moves up when someone cancels and gets the link (on the page and by email); staff
 * mark attendance, record the outcome, compile the session's digest and find the outcome (and a
 * published report of the session, cited) in it; the public sees the calendar and the outcome but no
 * participant. axe on every page, in English and Arabic.
 */
describe('programme journey: waiting list, attendance, outcome, public view', () => {
  const start = new Date();
  const clock = new FixedClock(start);
  const marker = randomUUID().slice(0, 8);
  const member = { name: `Amani Njoroge ${marker}`, email: `amani-${marker}@example.org` };
  const needs = `Captions please ${marker}`;
  let web: WebHarness;
  let world: DigestWorld;
  let cso: { id: string; name: string; admin: TestUser };
  let holder: TestUser;
  let eventId: string;
  let onlineUrl: string;
  let mailDir: string;

  beforeAll(async () => {
    web = await WebHarness.start({ clock });
    world = await createDigestWorld(web.plenary, { sessionTitle: 'AHC concluding session' });
    cso = await createDigestOrganisation(world, {
      region: Region.AG,
      name: 'Nairobi Digital Rights Forum',
      adminName: member.name,
      adminEmail: member.email,
    });
    holder = await createUser(web.plenary, { name: 'First Holder' });
    onlineUrl = `https://meet.example.org/side-${marker}`;
    eventId = (
      await createProgrammeEvent(web.plenary, world.staff.token, {
        title: 'Safeguards and survivors: a Track 1.5 dialogue',
        description: 'Delegations and civil society discuss **procedural safeguards**.',
        sessionId: world.sessionId,
        capacity: 1,
        onlineUrl,
        regions: ['AG'],
        startsAt: new Date(start.getTime() + 5 * DAY),
      })
    ).id;
    gqlData(await registerForEvent(web.plenary, holder.token, { eventId }), 'holder takes the only place');
    mailDir = await web.plenary.startWorker();
  });
  afterAll(() => web?.close());

  async function logout(page: Page): Promise<void> {
    await page.locator('.site-header button').click();
    await page.locator('.site-header__who').waitFor({ state: 'detached' });
  }

  it('puts the member on the waiting list, then gives them the place and the link when someone cancels', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: cso.admin.email }, '/programme');
    await web.goto(page, '/programme');
    await page.getByRole('link', { name: 'Safeguards and survivors: a Track 1.5 dialogue' }).click();
    await page.locator('main h1', { hasText: 'Safeguards and survivors' }).waitFor();
    await page.locator('#register-organisation').selectOption(cso.id);
    await page.locator('#register-needs').fill(needs);
    await page.locator('#register-gender').selectOption('WOMAN');
    // Without consent: refused, said plainly.
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByText('Tick the box to agree').waitFor();
    await page.locator('#register-consent').check();
    await web.expectAccessible(page, 'event page with the registration form (en)');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByText('You are number 1 on the waiting list').waitFor();
    expect(await page.locator('main').innerText()).not.toContain(onlineUrl);
    await web.expectAccessible(page, 'event page, waiting (en)');
    await web.screenshot(page, 'event-waitlisted');

    // The holder cancels: the member moves up, and the page and an email give them the link.
    const [holderRegistration] = await web.plenary.dataSource.query(
      `SELECT id FROM event_registrations WHERE user_id = $1`,
      [holder.user.id],
    );
    gqlData(
      await web.plenary.gql(
        'mutation($id: ID!) { cancelRegistration(id: $id) { status } }',
        { id: holderRegistration.id },
        holder.token,
      ),
      'holder cancels',
    );
    await page.reload();
    await page.getByText('Your place is confirmed').waitFor();
    await page.getByRole('link', { name: onlineUrl }).waitFor();
    const email = await waitForEmail(
      mailDir,
      (m) => m.to.includes(cso.admin.email) && m.text.includes('A place became free'),
    );
    expect(email.text).toContain(onlineUrl);
    expect(email.subject).toBe('A place has become free for you at an event on Plenary');

    await web.goto(page, '/programme/mine');
    await page.getByText('Your place is confirmed').waitFor();
    await web.expectAccessible(page, 'my events (en)');
    await web.screenshot(page, 'my-events');
    await logout(page);
    await page.close();
  });

  it('lets staff mark attendance and record the outcome once the meeting has taken place', async () => {
    clock.set(new Date(start.getTime() + 5 * DAY + HOUR));
    const page = await web.newPage('en');
    await web.login(page, { email: world.staff.email }, `/programme/staff/events/${eventId}`);
    await web.goto(page, `/programme/staff/events/${eventId}`);
    // Staff see the participant and their answers; the public never will.
    await page.getByText(member.name).waitFor();
    await page.getByText(needs).waitFor();
    await page.getByLabel(`${member.name} attended`).check();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByText('Attendance saved.').waitFor({ state: 'attached' });
    await page
      .locator('#outcome-key-messages')
      .fill(
        '- Delegations heard why **survivors** must never be prosecuted.\n- Judicial authorisation for cross-border orders.',
      );
    const genderTag = await web.plenary.dataSource.query('SELECT label FROM tags WHERE id = $1', [world.genderTagId]);
    await page.getByLabel(genderTag[0].label, { exact: true }).check();
    await page.getByLabel('No human-rights considerations').check();
    await page.locator('#outcome-provisions').selectOption(['article-6']);
    await page.getByRole('button', { name: 'Save the outcome' }).click();
    await page.getByText('Outcome saved.').waitFor({ state: 'attached' });
    const [outcome] = await web.plenary.dataSource.query(
      'SELECT key_messages FROM event_outcomes WHERE event_id = $1',
      [eventId],
    );
    expect(outcome.key_messages).toContain('survivors');
    const [attended] = await web.plenary.dataSource.query(
      `SELECT attended FROM event_registrations WHERE event_id = $1 AND status = 'CONFIRMED'`,
      [eventId],
    );
    expect(attended.attended).toBe(true);
    await web.expectAccessible(page, 'staff event page (en)');
    await web.screenshot(page, 'staff-event');

    // A report of the programme that informs the session, published: the digest cites it.
    await createPublication(
      web.plenary,
      world.staff.token,
      { title: 'Safeguards for survivors: the programme report', sessionId: world.sessionId },
      { publish: true },
    );

    // Staff compile the session's digest in the console: the outcome is its "Side meetings and
    // trainings", the report is cited under "Publications".
    await web.goto(page, `/staff/digests/${world.sessionId}`);
    await page.getByRole('button', { name: 'Compile a new version of the public edition' }).click();
    await page.locator('.digest-view[data-status="READY"]').waitFor({ timeout: 120_000 });
    await page.locator('.preview').getByRole('button', { name: 'Show the preview' }).click();
    const frame = page.frameLocator('.preview__frame');
    const section = frame.locator('section#section-side-meetings');
    await section.locator('h2', { hasText: 'Side meetings and trainings' }).waitFor();
    const shown = await section.innerText();
    expect(shown).toContain('Safeguards and survivors: a Track 1.5 dialogue');
    expect(shown).toContain('why survivors must never be prosecuted');
    expect(await frame.locator('body').innerText()).not.toContain(member.name);
    const publications = frame.locator('section#section-publications');
    await publications.locator('h2', { hasText: 'Publications' }).waitFor();
    expect(await publications.innerText()).toContain('Safeguards for survivors: the programme report');
    await web.screenshot(page, 'digest-with-outcome');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('tr[data-format="MD"]').getByRole('button', { name: 'Download the MD file' }).click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('## Side meetings and trainings');
    expect(markdown).toContain('### Safeguards and survivors: a Track 1.5 dialogue');
    expect(markdown).toContain('Delegations heard why **survivors** must never be prosecuted.');
    expect(markdown).toContain('## Publications');
    expect(markdown).toContain('### Safeguards for survivors: the programme report');
    for (const secret of [member.name, needs, onlineUrl]) expect(markdown).not.toContain(secret);

    await web.goto(page, '/programme/staff/balance');
    await page.locator('.balance').first().waitFor();
    await web.expectAccessible(page, 'staff balance (en)');
    await web.screenshot(page, 'staff-balance');
    await logout(page);
    await page.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`shows the public the calendar and the outcome but no participant (${lang})`, async () => {
      const page = await web.newPage(lang);
      const before = web.responses.length;
      await web.goto(page, `/programme?when=all&session=${world.sessionId}`);
      await page.getByRole('link', { name: 'Safeguards and survivors: a Track 1.5 dialogue' }).waitFor();
      await web.expectAccessible(page, `programme calendar (${lang})`);
      await web.screenshot(page, 'calendar');
      await page.getByRole('link', { name: 'Safeguards and survivors: a Track 1.5 dialogue' }).click();
      await page.locator('.programme__outcome').waitFor();
      await page.locator('.balance').first().waitFor();
      const text = await page.locator('main').innerText();
      expect(text).toContain('survivors');
      for (const secret of [member.name, member.email, needs, onlineUrl, marker]) expect(text).not.toContain(secret);
      await web.expectAccessible(page, `event page with the outcome (${lang})`);
      await web.screenshot(page, 'event-outcome');
      await web.goto(page, '/publications');
      await web.expectAccessible(page, `publications (${lang})`);
      // Nothing the public's browser received names the participant, their needs or the link.
      const bodies = await Promise.all(web.responses.slice(before).map((r) => r.text));
      for (const body of bodies)
        for (const secret of [member.email, needs, onlineUrl, marker]) expect(body).not.toContain(secret);
      expect(web.cspViolations()).toEqual([]);
      await page.close();
    });
  }
});
