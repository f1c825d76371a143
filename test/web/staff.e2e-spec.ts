import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Region } from '@app/identity';
import { ClaimService, DecisionService, ModerationDecision, ReasonCode } from '@app/moderation';
import { Disclosure, SubmissionCommandService } from '@app/submissions';
import {
  compileDigestAndWait,
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  createOrganisation,
  createUser,
  DigestOrganisation,
  DigestWorld,
  pdfText,
  requestDigest,
  sha256Hex,
  stripBidiMarks,
  TestUser,
  waitForDigest,
} from '@app/testing';
import { Page } from 'playwright-core';
import { WebHarness } from './support/web-harness';

jest.setTimeout(420_000);

const ARABIC_TITLE = 'ضمانات حقوق الإنسان في التعاون الدولي';
const CHINESE_TITLE = '跨境数据调取中的隐私保护';
const FORMATS = ['JSON', 'MD', 'HTML', 'PDF', 'DOCX', 'CSV'] as const;

/**
 * The staff console in a real browser: staff create a session and a round (dates in the round's
 * time zone), verify an organisation, grant the moderator role (and are refused revoking the last
 * STAFF, with the server's reason), manage a tag, overturn an appeal after recording the review it
 * needs, reveal an ANONYMOUS submitter and find the reveal in the audit trail, compile a PUBLIC
 * digest and watch it, read its changes, download the six files (the PDF carries the Arabic and
 * Chinese titles), preview it, are told when publishing a superseded version, publish the newest —
 * and the public downloads it. axe on every page, in English and in Arabic.
 */
describe('staff console journey', () => {
  let web: WebHarness;
  let world: DigestWorld;
  let staff: TestUser;
  let ag: DigestOrganisation;
  let apg: DigestOrganisation;
  let weog: DigestOrganisation;
  let pending: { id: string; name: string };
  let candidate: TestUser;
  let appealedId = '';
  let anonymousId = '';
  let anonymousOrgName = '';
  let createdSessionId = '';
  /** Every staff path visited, for the axe pass in Arabic. */
  const visited = new Set<string>();

  beforeAll(async () => {
    web = await WebHarness.start({ worker: true });
    world = await createDigestWorld(web.plenary, {
      sessionTitle: 'Third session of the Ad Hoc Committee (staff journey)',
    });
    staff = world.staff;
    ag = await createDigestOrganisation(world, { region: Region.AG, name: 'Sahel Digital Rights Collective' });
    apg = await createDigestOrganisation(world, { region: Region.APG, name: 'Mekong Privacy Alliance' });
    weog = await createDigestOrganisation(world, { region: Region.WEOG, name: 'Nordic Procedural Safeguards Forum' });
    await createApprovedSubmission(world, weog, { title: 'Judicial authorisation for production orders' });

    // Awaiting verification.
    const applicant = await createUser(web.plenary, { name: 'Applicant Admin' });
    pending = await createOrganisation(web.plenary, applicant, {
      verified: false,
      name: 'Andean Open Data Initiative',
      country: 'BO',
    });
    candidate = await createUser(web.plenary, { name: 'Farida Haddad' });

    // Rejected, then appealed by its organisation.
    const submissions = web.plenary.get(SubmissionCommandService);
    const draft = await submissions.create(ag.admin.actor, {
      roundId: world.roundIds[Region.AG],
      organisationId: ag.id,
      title: 'Protecting encryption research under the offences chapter',
      summary: 'Security researchers need a clear exemption.',
      body: 'Good-faith security research must not be criminalised as illegal access.',
      language: 'en',
      disclosure: Disclosure.NAMED,
      provisionIds: ['article-7'],
    });
    const submitted = await submissions.submit(ag.admin.actor, draft.id, draft.version);
    const claimed = (await web.plenary.get(ClaimService).claim(world.moderator.actor, submitted.id)).submission;
    const rejected = await web.plenary.get(DecisionService).decide(world.moderator.actor, {
      submissionId: claimed.id,
      expectedVersion: claimed.version,
      decision: ModerationDecision.REJECT,
      reasonCode: ReasonCode.OUT_OF_SCOPE,
      message: 'This reads as outside the consultation’s scope.',
    });
    await web.plenary
      .get(DecisionService)
      .appeal(ag.admin.actor, rejected.id, 'Research exemptions are squarely in scope (article 7).');
    appealedId = rejected.id;

    // ANONYMOUS, waiting in the queue.
    const anon = await submissions.create(apg.admin.actor, {
      roundId: world.roundIds[Region.APG],
      organisationId: apg.id,
      title: 'Risks for defenders in data retention',
      summary: 'Retention orders expose human-rights defenders.',
      body: 'Long retention periods put defenders and their sources at risk.',
      language: 'en',
      disclosure: Disclosure.ANONYMOUS,
      provisionIds: ['article-24'],
    });
    await submissions.submit(apg.admin.actor, anon.id, anon.version);
    anonymousId = anon.id;
    anonymousOrgName = apg.name;

    // Version 1 of the PUBLIC digest, compiled by the worker.
    await compileDigestAndWait(world, 'PUBLIC', 120_000);
  });
  afterAll(() => web.close());

  async function check(page: Page, label: string, shot?: string): Promise<void> {
    visited.add(new URL(page.url()).pathname + new URL(page.url()).search);
    await web.expectAccessible(page, label);
    if (shot) await web.screenshot(page, shot);
  }

  const text = async (page: Page, selector = 'main') => (await page.locator(selector).first().textContent()) ?? '';

  it('is for staff only: a moderator gets a sentence and no staff link', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: world.moderator.email }, '/staff');
    await page.locator('main h1', { hasText: 'For programme staff only' }).waitFor();
    expect(await page.locator('.site-nav a[href="/staff"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.locator('.site-header a', { hasText: 'Log in' }).waitFor();
    await page.close();
  });

  it('creates a session and a round; dates are typed in the round’s zone and shown in the staff member’s own', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: staff.email }, '/staff');
    await page.locator('.staff-nav').waitFor();
    await check(page, 'staff overview (en)', 'overview');
    await page.locator('.staff-nav').getByRole('link', { name: 'Sessions and rounds' }).click();
    await page.locator('main h1', { hasText: 'Sessions and rounds' }).waitFor();
    await check(page, 'sessions (en)');

    const year = new Date().getFullYear() + 1;
    await page.locator('#session-title').fill('Fourth session of the Ad Hoc Committee');
    await page.locator('#session-location').fill('New York');
    await page.locator('#session-startsAt').fill(`${year}-03-02`);
    await page.locator('#session-endsAt').fill(`${year}-03-13`);
    await page.getByRole('button', { name: 'Create the session' }).click();
    await page.locator('main h1', { hasText: 'Fourth session of the Ad Hoc Committee' }).waitFor();
    const sessionId = new URL(page.url()).pathname.split('/').pop()!;
    createdSessionId = sessionId;

    await page.getByRole('link', { name: 'Add a round' }).click();
    await page.locator('main h1', { hasText: 'New consultation round' }).waitFor();
    await page.locator('#round-region').selectOption('AG');
    await page.locator('#round-title').fill('African Group consultation before the fourth session');
    await page
      .locator('#round-guidingQuestions')
      .fill('Which safeguards matter most?\nHow should gender be mainstreamed?');
    expect(await page.locator('#round-timeZone').inputValue()).toBe('Africa/Nairobi');
    // 09:00 in Nairobi (UTC+3) is 07:00 in Vienna in winter (UTC+1): the browser's zone in this test.
    await page.locator('#round-opensAt').fill(`${year}-01-10T09:00`);
    await page.locator('#round-opensAt-own', { hasText: /\b7:00\b/ }).waitFor();
    await page.locator('#round-closesAt').fill(`${year}-02-10T18:00`);
    await page.locator('#round-closesAt-own', { hasText: /\b4:00\sPM|16:00/ }).waitFor();
    await check(page, 'new round (en)', 'round-form');
    await page.getByRole('button', { name: 'Create the round' }).click();
    await page.locator('main h1', { hasText: 'Fourth session of the Ad Hoc Committee' }).waitFor();

    const { consultationRounds } = await gql<{
      consultationRounds: {
        edges: { node: { id: string; opensAt: string; closesAt: string; timeZone: string; status: string } }[];
      };
    }>(
      'query($s: ID!) { consultationRounds(filter: { sessionId: $s }) { edges { node { id opensAt closesAt timeZone status } } } }',
      {
        s: sessionId,
      },
    );
    const round = consultationRounds.edges[0].node;
    expect(round).toMatchObject({
      opensAt: `${year}-01-10T06:00:00.000Z`,
      closesAt: `${year}-02-10T15:00:00.000Z`,
      timeZone: 'Africa/Nairobi',
      status: 'DRAFT',
    });
    // The table shows both clocks; the timeline draws the round.
    const row = page.locator(`tr[data-round="${round.id}"]`);
    expect(await row.textContent()).toContain('Nairobi time');
    expect(await row.textContent()).toContain('your time (Vienna)');
    expect(await page.locator('.timeline__open').count()).toBe(1);
    await row.getByRole('button', { name: /Schedule/ }).click();
    await row.locator('[data-status="SCHEDULED"]').waitFor();
    await check(page, 'session with its round (en)', 'session');

    // Edit the round; meanwhile another staff member changes it: the page says what changed and keeps the edit.
    await row.getByRole('link').click();
    await page.locator('main h1', { hasText: 'Edit African Group consultation' }).waitFor();
    await check(page, 'edit round (en)');
    const { consultationRound } = await gql<{ consultationRound: { version: number } }>(
      'query($id: ID!) { consultationRound(id: $id) { version } }',
      { id: round.id },
    );
    await gql('mutation($i: UpdateConsultationRoundInput!) { updateConsultationRound(input: $i) { id } }', {
      i: { id: round.id, expectedVersion: consultationRound.version, wordLimit: 1500 },
    });
    await page.locator('#round-title').fill('African Group consultation (revised title)');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('[role=alert]', { hasText: 'Someone saved this round' }).waitFor();
    await page.locator('[role=alert]', { hasText: 'Word limit is now: 1500' }).waitFor();
    expect(await page.locator('#round-title').inputValue()).toBe('African Group consultation (revised title)');
    await page.getByRole('button', { name: 'Save my changes over theirs' }).click();
    await page.locator('.notice--success', { hasText: 'Saved.' }).waitFor();
    await page.close();
  });

  it('verifies an organisation awaiting verification, with a note', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: staff.email }, '/staff/organisations');
    await page.locator('main h1', { hasText: 'Organisations' }).waitFor();
    const card = page.locator(`[data-organisation="${pending.id}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('Bolivia');
    await check(page, 'organisations awaiting verification (en)', 'organisations');
    await card.getByLabel('Verify').check();
    await card.locator(`#org-${pending.id}-note`).fill('Registered association, website and statutes checked.');
    await card.getByRole('button', { name: 'Record the decision' }).click();
    // It leaves the PENDING list; the VERIFIED list has it.
    await card.waitFor({ state: 'detached' });
    await page.locator('#orgs-status').selectOption('VERIFIED');
    await page.locator(`[data-organisation="${pending.id}"] [data-status="VERIFIED"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('VERIFIED');
    await page.close();
  });

  it('grants the moderator role, and shows the server’s reason when the last STAFF would be revoked', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: staff.email }, '/staff/people');
    await page.locator('main h1', { hasText: 'People and roles' }).waitFor();
    await page.locator('#people-search').fill('Farida');
    await page.locator('#people-search').press('Enter');
    const row = page.locator(`tr[data-person="${candidate.user.id}"]`);
    await row.waitFor();
    await check(page, 'people (en)', 'people');
    await row.getByRole('button', { name: 'Grant the Moderator role to Farida Haddad' }).click();
    await row.getByRole('button', { name: 'Revoke the Moderator role from Farida Haddad' }).waitFor();
    const { me } = await gql<{ me: { roles: string[] } }>('{ me { roles } }', {}, candidate.token);
    expect(me.roles).toEqual(['MODERATOR']);

    await page.locator('#people-search').fill(staff.email);
    await page.locator('#people-search').press('Enter');
    const self = page.locator(`tr[data-person="${staff.user.id}"]`);
    await self.getByRole('button', { name: /Revoke the Staff role/ }).click();
    const refusal = self.locator('[role=alert]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('This is the last staff member');
    expect(await refusal.textContent()).toContain('Plenary must keep at least one STAFF user');
    await check(page, 'people, last staff refused (en)');
    await page.close();
  });

  it('adds, relabels and deactivates a tag, with its usage count', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: staff.email }, '/staff/tags');
    await page.locator('main h1', { hasText: 'Tag vocabulary' }).waitFor();
    // The review tags every approved submission carries are counted.
    const used = page.locator('#h-tags-GENDER ~ table tbody tr').first();
    expect(Number(await used.locator('td.numeric').textContent())).toBeGreaterThan(0);
    await page.locator('#new-tag-label').fill('Cloud evidence');
    await page.locator('#new-tag-slug').fill('cloud-evidence');
    await page.getByRole('button', { name: 'Add the tag' }).click();
    const row = page.locator('tr[data-tag="cloud-evidence"]');
    await row.waitFor();
    expect(await row.locator('td.numeric').textContent()).toBe('0');
    await row.getByRole('button', { name: 'Relabel Cloud evidence' }).click();
    await row.getByLabel(/New label/).fill('Evidence held in the cloud');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.locator('strong', { hasText: 'Evidence held in the cloud' }).waitFor();
    await row.getByRole('button', { name: 'Deactivate Evidence held in the cloud' }).click();
    await row.locator('.status', { hasText: 'Deactivated' }).waitFor();
    await check(page, 'tags (en)', 'tags');
    await page.close();
  });

  it('overturns an appeal through the page, after recording the review an overturn needs', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: staff.email }, '/staff/appeals');
    await page.locator('main h1', { hasText: 'Appeals' }).waitFor();
    await check(page, 'appeals (en)', 'appeals');
    await page.getByRole('link', { name: 'Protecting encryption research under the offences chapter' }).click();
    await page.locator('main h1', { hasText: 'Protecting encryption research' }).waitFor();
    expect(await text(page)).toContain('Research exemptions are squarely in scope');
    // Overturning approves, which needs the review: the option says why it is not available yet.
    const overturn = page.getByLabel(/Overturn: approve the submission/);
    expect(await overturn.isDisabled()).toBe(true);
    expect(await text(page, '#appeal-overturn-why')).toContain('approval needs the gender and human-rights review');
    await check(page, 'appeal, review needed (en)', 'appeal');
    await page.getByLabel('No gender considerations').check();
    await page.locator('.tag-review fieldset').nth(1).locator('input[type=checkbox]').first().check();
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.locator('[data-review="done"]').waitFor();
    await overturn.check();
    await page.locator('#appeal-message').fill('Research exemptions are within the consultation’s scope.');
    await page.getByRole('button', { name: 'Record the outcome' }).click();
    await page.locator('[data-resolution="OVERTURN"]').waitFor();
    await page.locator('[data-status="APPROVED"]').waitFor();
    const { submission } = await gql<{ submission: { status: string; appeal: { resolution: string } } }>(
      'query($id: ID!) { submission(id: $id) { status appeal { resolution } } }',
      { id: appealedId },
    );
    expect(submission).toEqual({ status: 'APPROVED', appeal: { resolution: 'OVERTURN' } });
    await page.close();
  });

  it('reveals an ANONYMOUS submitter once, with a reason, and finds the reveal in the audit trail', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: staff.email }, `/staff/submissions/${anonymousId}`);
    await page.locator('main h1', { hasText: 'Risks for defenders in data retention' }).waitFor();
    expect(await text(page)).not.toContain(anonymousOrgName);
    expect(await text(page)).toContain('written to the audit trail');
    await check(page, 'anonymous submission (en)', 'reveal');
    // A reason is required: the server's message is shown beside the field.
    await page.getByRole('button', { name: 'Reveal the organisation…' }).click();
    await page.getByRole('button', { name: 'Yes, reveal and record it' }).click();
    await page.locator('#reveal-reason-error', { hasText: 'a reason is required' }).waitFor();
    expect(await text(page)).not.toContain(anonymousOrgName);
    await page.locator('#reveal-reason').fill('Court order 14/2026 asks us to identify the author.');
    await page.getByRole('button', { name: 'Reveal the organisation…' }).click();
    await page.locator('#confirm-reveal-title').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-reveal-title');
    await check(page, 'reveal confirmation (en)');
    await page.getByRole('button', { name: 'Yes, reveal and record it' }).click();
    await page.locator('[data-revealed="true"]', { hasText: anonymousOrgName }).waitFor();
    await check(page, 'revealed (en)', 'revealed');
    // Shown once: hidden, or gone on reload.
    await page.getByRole('button', { name: 'Hide it now' }).click();
    expect(await text(page)).not.toContain(anonymousOrgName);

    await page.locator('.staff-nav').getByRole('link', { name: 'Audit trail' }).click();
    await page.locator('main h1', { hasText: 'Audit trail' }).waitFor();
    await page.locator('#audit-action').selectOption('submission.submitter_revealed');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const event = page.locator('[data-action="submission.submitter_revealed"]').first();
    await event.waitFor();
    expect(await event.textContent()).toContain('Court order 14/2026');
    expect(await event.textContent()).toContain(anonymousId);
    expect(await event.textContent()).toContain('Staff');
    expect(new URL(page.url()).searchParams.get('action')).toBe('submission.submitter_revealed');
    await check(page, 'audit trail filtered (en)', 'audit');
    // The trail itself never names the organisation.
    expect(await text(page)).not.toContain(anonymousOrgName);

    // Filters by actor and time; keyset paging continues the list.
    await page.goto(`/staff/audit?actor=${staff.user.id}`);
    await page.locator('.audit-event').first().waitFor();
    const actors = await page.locator('.audit-event__meta').allTextContents();
    expect(actors.every((a) => a.includes(staff.email))).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`/staff/audit?from=2000-01-01&to=2000-01-02`);
    await page.locator('main', { hasText: 'No event matches these filters.' }).waitFor();
    await page.goto(`/staff/audit?from=${today}`);
    await page.locator('.audit-event').first().waitFor();
    const before = await page.locator('.audit-event').count();
    expect(before).toBe(50);
    await page.getByRole('button', { name: 'Show older events' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.audit-event').length > n, before);
    await page.close();
  });

  it('compiles a PUBLIC digest with live progress, reads its changes, downloads six files, previews it; a superseded version is refused; publishes; the public downloads it', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: staff.email }, `/staff/digests/${world.sessionId}`);
    await page.locator('main h1', { hasText: 'Digests — Third session' }).waitFor();
    await page.locator('.digest-view[data-status="READY"]').waitFor();
    const v1 = await page.locator('.digest-view').getAttribute('data-digest');

    // Publishing version 1 while another staff member compiles version 2: the server says it is superseded.
    await page.getByRole('button', { name: 'Publish version 1…' }).click();
    await page.locator('#confirm-publish-title').waitFor();
    await createApprovedSubmission(world, weog, { title: 'Notification of persons concerned' });
    const v2 = await requestDigest(web.plenary, staff.token, world.sessionId, 'PUBLIC');
    await waitForDigest(web.plenary, staff.token, v2.data!.compileDigest.id, 120_000);
    await page.getByRole('button', { name: 'Yes, publish version 1' }).click();
    const refusal = page.locator('[role=alert]', { hasText: 'superseded by version 2' });
    await refusal.waitFor();
    await check(page, 'publishing a superseded version (en)', 'digest-superseded');
    const { digest: stillReady } = await gql<{ digest: { status: string } }>(
      'query($id: ID!) { digest(id: $id) { status } }',
      { id: v1 },
    );
    expect(stillReady.status).toBe('READY');

    // Two approvals in Arabic and Chinese, then compile version 3 from the page and watch it.
    await createApprovedSubmission(world, ag, {
      title: ARABIC_TITLE,
      language: 'ar',
      summary: 'يجب أن تخضع الصلاحيات الإجرائية لرقابة قضائية مستقلة.',
      body: 'ينبغي أن تتضمن الاتفاقية ضمانات واضحة لحقوق الإنسان.',
    });
    await createApprovedSubmission(world, apg, {
      title: CHINESE_TITLE,
      language: 'zh',
      summary: '跨境电子证据调取必须遵守必要性和比例原则。',
      body: '我们建议设立独立监督机构。',
    });
    await page.reload();
    await page.locator('.digest-view').waitFor();
    await page.getByRole('button', { name: 'Compile a new version of the public edition' }).click();
    // The page polls while the worker runs: the phase list follows it.
    await page.locator('.digest-view[data-status="QUEUED"], .digest-view[data-status="COMPILING"]').waitFor();
    await page.locator('.phases [data-state="current"]').waitFor();
    await check(page, 'digest compiling (en)', 'digest-compiling');
    await page.locator('.digest-view[data-status="READY"]').waitFor({ timeout: 120_000 });
    const v3 = (await page.locator('.digest-view').getAttribute('data-digest'))!;
    const phases = await page
      .locator('.phases [data-phase]')
      .evaluateAll((items) => items.map((i) => [i.getAttribute('data-phase'), i.getAttribute('data-state')]));
    expect(phases).toEqual([
      ['QUEUED', 'done'],
      ['READING_ENTRIES', 'done'],
      ['INDEXING', 'done'],
      ['WRITING_FILES', 'done'],
      ['PRINTING_PDF', 'done'],
      ['STORING_FILES', 'done'],
      ['DONE', 'done'],
    ]);
    expect(await text(page, '#h-digest')).toContain('Version 3 of the public edition');

    // The changes since version 2: the two new titles, each linking to its submission.
    const added = page.locator('[data-changes="added"]');
    expect(await added.locator('h4').textContent()).toBe('2 added');
    await added.getByRole('link', { name: ARABIC_TITLE }).waitFor();
    await added.getByRole('link', { name: CHINESE_TITLE }).waitFor();
    // Statistics as charts with their numbers as a table.
    await page.getByRole('button', { name: 'Show the numbers as a table' }).first().click();
    expect(await page.locator('.stats table').first().textContent()).toContain('African Group');
    await web.screenshot(page, 'digest');
    await page.locator('.preview').getByRole('button', { name: 'Show the preview' }).click();
    const frame = page.frameLocator('.preview__frame');
    await frame.locator('h1').waitFor();
    expect(await frame.locator('body').textContent()).toContain(CHINESE_TITLE);
    // The digest's own stylesheet applies inside the sandboxed frame (allowed by its hash, nothing else).
    expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).maxWidth)).not.toBe('none');
    expect(web.cspViolations()).toEqual([]);
    await check(page, 'digest ready, with its preview (en)', 'digest-preview');

    // Six files: each downloads with the size and hash the page shows.
    for (const format of FORMATS) {
      const row = page.locator(`tr[data-format="${format}"]`);
      const shown = (await row.locator('code.hash').textContent())!.trim();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('button', { name: `Download the ${format} file` }).click(),
      ]);
      const body = await readFile((await download.path())!);
      expect(sha256Hex(body)).toBe(shown);
      expect(download.suggestedFilename()).toMatch(new RegExp(`-public-v3\\.${format.toLowerCase()}$`));
      if (format === 'PDF') {
        const pdf = stripBidiMarks(await pdfText(body));
        expect(pdf).toContain(CHINESE_TITLE);
        expect(pdf.replace(/\s+/g, ' ')).toContain(ARABIC_TITLE);
      }
    }

    // A compile that failed shows its error id (the api's own failure path is in test/e2e/staff-console).
    const errorId = randomUUID();
    const [failed] = await web.plenary.dataSource.query(
      `INSERT INTO digests (session_id, edition, status, phase, phases, error, error_id)
       VALUES ($1, 'INTERNAL', 'FAILED', 'FAILED', $2::jsonb, $3, $4) RETURNING id`,
      [
        world.sessionId,
        JSON.stringify([
          { phase: 'READING_ENTRIES', startedAt: new Date(Date.now() - 9000).toISOString() },
          { phase: 'PRINTING_PDF', startedAt: new Date(Date.now() - 6000).toISOString() },
          { phase: 'FAILED', startedAt: new Date(Date.now() - 1000).toISOString() },
        ]),
        `Compiling failed (error id ${errorId}). Request the digest again.`,
        errorId,
      ],
    );
    await page.goto(`/staff/digests/${world.sessionId}?edition=INTERNAL&digest=${failed.id}`);
    await page.locator(`[data-error-id="${errorId}"]`, { hasText: errorId }).waitFor();
    expect(await page.locator('.phases [data-state="failed"]').getAttribute('data-phase')).toBe('PRINTING_PDF');
    await check(page, 'failed compile (en)', 'digest-failed');
    await page.goto(`/staff/digests/${world.sessionId}`);
    await page.locator('.digest-view').waitFor();

    // Version 1 is superseded: its page says so before anyone tries.
    const version = (n: number) =>
      page
        .locator('.version-list__item')
        .filter({ has: page.locator('.version-list__title', { hasText: `Version ${n}` }) });
    await version(1).click();
    await page.locator('[data-superseded="3"]').waitFor();

    // Publish version 3, behind a confirmation that names what happens.
    await version(3).click();
    await page.getByRole('button', { name: 'Publish version 3…' }).click();
    expect(await text(page, '.confirm')).toContain('cannot be withdrawn');
    await page.getByRole('button', { name: 'Yes, publish version 3' }).click();
    await page.locator('[data-published="true"]').waitFor();
    await check(page, 'digest published (en)');

    // The public: logged out, the digest's public page, the PDF downloads by a plain link.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.locator('.site-header a', { hasText: 'Log in' }).waitFor();
    await web.goto(page, `/digests/${v3}`);
    const link = page.locator('a[href$="/files/pdf"]').first();
    const [publicDownload] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const publicPdf = await readFile((await publicDownload.path())!);
    const { digest } = await gql<{ digest: { files: { format: string; sha256: string }[] } }>(
      'query($id: ID!) { digest(id: $id) { files { format sha256 } } }',
      { id: v3 },
      undefined,
    );
    expect(sha256Hex(publicPdf)).toBe(digest.files.find((f) => f.format === 'PDF')!.sha256);
    await page.close();
  });

  it('passes axe in Arabic on every staff page visited, right to left', async () => {
    const page = await web.newPage('ar');
    await web.login(page, { email: staff.email }, '/staff');
    for (const path of [...visited, `/staff/digests/${world.sessionId}`, `/staff/appeals/${appealedId}`]) {
      await web.goto(page, path);
      await page.locator('.staff-nav').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      // Nothing left untranslated: no catalogue id shown instead of a sentence.
      expect(await text(page)).not.toMatch(/staff\.[a-z]+\.[a-zA-Z]+/);
      await web.expectAccessible(page, `${path} (ar)`);
    }
    await web.goto(page, `/staff/digests/${world.sessionId}`);
    await page.locator('.digest-view[data-status="PUBLISHED"]').waitFor();
    await web.screenshot(page, 'digest');
    for (const [path, name] of [
      ['/staff', 'overview'],
      ['/staff/organisations?status=VERIFIED', 'organisations'],
      [`/staff/sessions/${createdSessionId}`, 'session'],
      ['/staff/audit?action=submission.submitter_revealed', 'audit'],
      [`/staff/appeals/${appealedId}`, 'appeal'],
    ] as const) {
      await web.goto(page, path);
      await page.locator('.staff-nav').waitFor();
      await web.screenshot(page, name);
    }
    await page.close();
  });

  async function gql<T>(
    query: string,
    variables: Record<string, unknown>,
    token: string | undefined = staff.token,
  ): Promise<T> {
    const res = await web.plenary.gql<T>(query, variables, token);
    if (!res.data || res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }
});
