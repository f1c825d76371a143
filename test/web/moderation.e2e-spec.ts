import { Region } from '@app/identity';
import { WaitingDigestProcessor } from '@app/moderation';
import { NotificationService } from '@app/notifications';
import { UserService } from '@app/identity';
import { Disclosure } from '@app/submissions';
import {
  createDigestOrganisation,
  createDigestWorld,
  DigestOrganisation,
  DigestWorld,
  requestDigest,
  submit,
  TEST_PASSWORD,
  waitForDigest,
} from '@app/testing';
import { Browser, chromium, Page } from 'playwright-core';
import { WebHarness } from './support/web-harness';
import { dataOf, drafted, SubmissionText } from '../e2e/support/moderation.operations';

jest.setTimeout(420_000);

/**
 * The moderator desk in a real browser, as a moderator clears a queue of five: one REQUEST_CHANGES
 * (the submitter revises through the workspace pages, and the moderator reads the changes since
 * the decision before approving), one REJECT (appealed by the organisation and overturned by staff
 * through the API: the staff console has its own journey), three APPROVED after the tag review —
 * one with the mouse, one with the keyboard shortcuts only, one with the tag search. Then the
 * notifications that lead to the desks, coverage with its gap links, and the Arabic desk. axe runs
 * on every page visited, in English and in Arabic.
 */
describe('moderator desk journey', () => {
  let web: WebHarness;
  let world: DigestWorld;
  let browser: Browser | null = null;
  const orgs = {} as Record<'ag' | 'apg' | 'weog' | 'grulac', DigestOrganisation>;
  const ids = {} as Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string>;
  /** Desk paths visited, for the Arabic axe pass. */
  const visited = new Set<string>();

  const TEXTS: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', SubmissionText & { language: string }> = {
    a: {
      title: 'Tell people when their data was handed over',
      summary: 'Everyone whose data is produced under Chapter IV should be told once the investigation allows.',
      body: 'Notification is the safeguard that makes every other one real: without it no remedy can be sought.',
      language: 'en',
    },
    b: {
      title: 'حماية الصحفيين من أوامر الإنتاج العابرة للحدود',
      summary: 'يجب ألا تُستخدم أوامر الإنتاج لكشف مصادر الصحفيين.',
      body: 'نطالب بإذن قضائي مسبق قبل أي أمر يمس مصادر الصحفيين، وبإخطار المؤسسة الإعلامية المعنية.',
      language: 'ar',
    },
    c: {
      title: 'Protéger les militantes contre le harcèlement en ligne',
      summary: 'Les défenseuses des droits humains subissent des campagnes de harcèlement coordonnées.',
      body: 'Les États parties devraient former les enquêteurs à traiter ces campagnes comme des infractions graves.',
      language: 'fr',
    },
    d: {
      title: 'Cooperación técnica con indicadores públicos',
      summary: 'La asistencia técnica debe medir resultados y publicarlos cada año.',
      body: 'Proponemos indicadores de resultado para cada programa de fortalecimiento de capacidades.',
      language: 'es',
    },
    e: {
      title: '跨境数据调取中的数据保护',
      summary: '跨境调取电子证据时应适用数据保护原则。',
      body: '我们建议在跨境电子证据调取中设立独立监督机构并限制数据保存期限。',
      language: 'zh',
    },
    f: {
      title: 'مشاركة المجتمع المدني في آلية التنفيذ',
      summary: 'ينبغي أن تتيح آلية التنفيذ مشاركة منظمات المجتمع المدني.',
      body: 'نقترح أن يُسمح للمنظمات غير الحكومية بتقديم معلومات مكتوبة إلى مؤتمر الدول الأطراف.',
      language: 'ar',
    },
  };

  beforeAll(async () => {
    web = await WebHarness.start({ worker: true });
    world = await createDigestWorld(web.plenary, { moderator: { name: 'Leila Haddad', email: 'leila@example.org' } });
    orgs.ag = await createDigestOrganisation(world, { region: Region.AG, name: 'Haki Digital Rights Centre' });
    orgs.apg = await createDigestOrganisation(world, { region: Region.APG, name: 'Mekong Press Freedom Network' });
    orgs.weog = await createDigestOrganisation(world, { region: Region.WEOG, name: 'Réseau des défenseuses' });
    orgs.grulac = await createDigestOrganisation(world, { region: Region.GRULAC, name: 'Red Andina de Capacidades' });
    // Oldest first: a, b, c, d, e.
    const plan: ['a' | 'b' | 'c' | 'd' | 'e', DigestOrganisation, Disclosure][] = [
      ['a', orgs.ag, Disclosure.NAMED],
      ['b', orgs.apg, Disclosure.REGION_ONLY],
      ['c', orgs.weog, Disclosure.NAMED],
      ['d', orgs.grulac, Disclosure.ANONYMOUS],
      ['e', orgs.ag, Disclosure.NAMED],
    ];
    for (const [key, org, disclosure] of plan) ids[key] = await submitted(org, key, disclosure);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function submitted(org: DigestOrganisation, key: keyof typeof TEXTS, disclosure: Disclosure): Promise<string> {
    const { language, ...text } = TEXTS[key];
    const draft = await drafted(web.plenary, org, world.roundIds[org.region], { disclosure, language, text });
    return (await submit(web.plenary, org.admin.token, draft)).id;
  }

  async function serverItem(id: string): Promise<{
    status: string;
    version: number;
    currentVersion: number;
    tags: { slug: string }[];
    tagReview: { done: boolean; noGenderConsiderations: boolean; noHumanRightsConsiderations: boolean } | null;
    decisions: { decision: string; reasonCode: string; message: string | null }[];
  }> {
    const res = await web.plenary.gql<{ submission: Awaited<ReturnType<typeof serverItem>> }>(
      `query($id: ID!) { submission(id: $id) { status version currentVersion tags { slug }
        tagReview { done noGenderConsiderations noHumanRightsConsiderations } decisions { decision reasonCode message } } }`,
      { id },
      world.staff.token,
    );
    return dataOf(res).submission;
  }

  async function check(page: Page, label: string, shot?: string): Promise<void> {
    visited.add(new URL(page.url()).pathname + new URL(page.url()).search);
    await web.expectAccessible(page, label);
    if (shot) await web.screenshot(page, shot);
  }

  /** Waits until the queue shows exactly these titles, in this order. */
  const listIs = (page: Page, titles: string[]) =>
    page.waitForFunction(
      (expected) =>
        JSON.stringify(Array.from(document.querySelectorAll('.queue-item__link'), (a) => a.textContent)) ===
        JSON.stringify(expected),
      titles,
      { timeout: 20_000 },
    );
  const itemOpen = (page: Page, id: string) =>
    page.waitForURL((url) => url.pathname === `/moderation/items/${id}`, { timeout: 20_000 });
  const reviewRecorded = (page: Page) =>
    page.locator('[data-testid="review-status"]', { hasText: 'The review is recorded.' }).waitFor();

  it('shows the queue oldest first, the counts in view, and filters kept in the address', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: world.moderator.email }, '/moderation');
    await page.locator('main h1', { hasText: 'Moderation queue' }).waitFor();
    // The nav link is there for moderators.
    await page.locator('.site-nav a[href="/moderation"]').waitFor();
    await page.locator('[data-testid="queue-list"] .queue-item').nth(4).waitFor();
    const titles = (['a', 'b', 'c', 'd', 'e'] as const).map((k) => TEXTS[k].title);
    await listIs(page, titles);
    expect(await page.locator('[data-testid="status-counts"]').textContent()).toContain('5 waiting');
    // The ANONYMOUS item says only where it comes from.
    expect(await page.locator('.queue-item', { hasText: TEXTS.d.title }).textContent()).toContain(
      'a civil-society organisation from',
    );
    await check(page, 'queue (en)', 'queue');

    // j / k move through the list.
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(TEXTS.a.title);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(TEXTS.a.title);

    // Filters: in the URL, kept on reload.
    await page.locator('#filter-region').selectOption('AG');
    await page.waitForURL(/region=AG/);
    await listIs(page, [TEXTS.a.title, TEXTS.e.title]);
    await page.locator('#filter-language').selectOption('zh');
    await page.waitForURL(/language=zh/);
    await page.reload();
    await listIs(page, [TEXTS.e.title]);
    expect(await page.locator('#filter-region').inputValue()).toBe('AG');
    await check(page, 'queue, filtered (en)');
    await page.getByRole('link', { name: /^Clear the 2 filters/ }).click();
    await listIs(page, titles);

    // The shortcuts, listed behind `?` in an accessible dialog.
    await page.keyboard.press('?');
    await page.locator('dialog[open] h2', { hasText: 'Keyboard shortcuts' }).waitFor();
    await web.expectAccessible(page, 'shortcuts dialog (en)');
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.close();
  });

  it('clears the queue of five: changes requested, a rejection, and three approvals after the tag review', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: world.moderator.email }, '/moderation');
    await page.locator('.queue-item').nth(4).waitFor();

    // "Moderate next" (m) claims the oldest and opens it.
    await page.keyboard.press('m');
    await itemOpen(page, ids.a);
    await page.locator('.claim[data-lease="mine"]').waitFor();
    expect(await page.locator('.claim').textContent()).toMatch(/You hold this item until .* \(\d+ minutes? left\)/);
    // Approve says why it is not possible yet.
    expect(await page.locator('[data-testid="why-APPROVE"]').textContent()).toContain(
      'record the gender and human-rights review first',
    );
    expect(await page.locator('#decision-APPROVE').isDisabled()).toBe(true);
    await check(page, 'item (en)', 'item');

    // 1. Request changes, starting from the reason's standard wording.
    await page.keyboard.press('r');
    await page.waitForFunction(() => document.activeElement?.id === 'decision-reasonCode');
    await page.locator('#decision-reasonCode').selectOption('MISSING_PROVISIONS');
    await page.locator('#decision-wording').click();
    expect(await page.locator('#decision-message').inputValue()).toContain('Please name the chapters or articles');
    await page.locator('#decision-message').press('End');
    await page.locator('#decision-message').pressSequentially(' Chapter IV is the one you discuss.');
    await check(page, 'item, requesting changes (en)', 'item-decision');
    await page.locator('#decision-submit').click();
    await itemOpen(page, ids.b);
    const a = await serverItem(ids.a);
    expect(a.status).toBe('CHANGES_REQUESTED');
    expect(a.decisions[0]).toMatchObject({ decision: 'REQUEST_CHANGES', reasonCode: 'MISSING_PROVISIONS' });
    expect(a.decisions[0].message).toContain('Chapter IV is the one you discuss.');

    // 2. Reject the Arabic one: its text right to left inside the English page.
    await page.locator('.claim[data-lease="mine"]').waitFor();
    expect(await page.locator('.item__body').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.item__body').getAttribute('lang')).toBe('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.keyboard.press('x');
    await page.waitForFunction(() => document.activeElement?.id === 'decision-reasonCode');
    await page.locator('#decision-reasonCode').selectOption('OUT_OF_SCOPE');
    await page.locator('#decision-message').fill('This concerns media law in general, not the Convention.');
    await page.locator('#decision-message').press('Control+Enter');
    await itemOpen(page, ids.c);
    expect((await serverItem(ids.b)).status).toBe('REJECTED');

    // 3. Approve with the mouse: a gender tag and a human-rights tag, then Approve — the tags go
    // with the decision, in the same request, without saving them first.
    await page.locator('.claim[data-lease="mine"]').waitFor();
    await page.locator('.tag-group[data-category="GENDER"] summary').click();
    await page.getByLabel('Women human rights defenders, activists and journalists').check();
    // A gender tag replaces "no gender considerations", which says why it is off.
    expect(await page.locator('#tags-no-gender').isDisabled()).toBe(true);
    // Half a review: approval waits for the human-rights half.
    expect(await page.locator('[data-testid="why-APPROVE"]').textContent()).toContain(
      'record the gender and human-rights review first',
    );
    await page.locator('.tag-group[data-category="HUMAN_RIGHTS"] summary').click();
    await page.getByLabel('Human rights defenders and activists').check();
    expect(await page.locator('[data-testid="review-status"]').textContent()).toContain('saved with your decision');
    expect(await page.locator('#decision-APPROVE').isDisabled()).toBe(false);
    await check(page, 'item, the tags going with the decision (en)', 'item-tags-with-decision');
    await page.getByLabel('Approve (a)').check();
    await page.locator('#decision-submit', { hasText: 'Approve' }).click();
    await itemOpen(page, ids.d);
    const c = await serverItem(ids.c);
    expect(c.status).toBe('APPROVED');
    expect(c.tags.map((t) => t.slug).sort()).toEqual(['human-rights-defenders', 'women-hrds-activists']);

    // 4. The ANONYMOUS one, with the keyboard only: g, h, s, a, Enter.
    await page.locator('.claim[data-lease="mine"]').waitFor();
    expect(await page.locator('[data-testid="item-attribution"]').textContent()).toContain(
      'a civil-society organisation from',
    );
    await page.keyboard.press('g');
    await page.keyboard.press('h');
    await page.keyboard.press('s');
    await reviewRecorded(page);
    await page.keyboard.press('a');
    await page.waitForFunction(() => document.activeElement?.id === 'decision-submit');
    await page.keyboard.press('Enter');
    await itemOpen(page, ids.e);
    const d = await serverItem(ids.d);
    expect(d).toMatchObject({
      status: 'APPROVED',
      tagReview: { done: true, noGenderConsiderations: true, noHumanRightsConsiderations: true },
    });

    // 5. The tag search (t, Enter takes the first match), no gender considerations, then approve.
    await page.locator('.claim[data-lease="mine"]').waitFor();
    await page.keyboard.press('t');
    await page.waitForFunction(() => document.activeElement?.id === 'tag-search');
    await page.keyboard.type('data protection');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    await page.keyboard.type('Checked against the APG submission on retention: not a duplicate.');
    await page.getByRole('button', { name: 'Save the note' }).click();
    await page.locator('.note', { hasText: 'not a duplicate' }).waitFor();
    expect(await page.locator('.note__meta').first().textContent()).toContain('You');
    await page.keyboard.press('s');
    await reviewRecorded(page);
    await page.keyboard.press('a');
    await page.waitForFunction(() => document.activeElement?.id === 'decision-submit');
    await page.keyboard.press('Enter');
    // Nothing left: back to the queue, which says so.
    await page.waitForURL((url) => url.pathname === '/moderation');
    await page.locator('[data-testid="queue-cleared"]').waitFor();
    const e = await serverItem(ids.e);
    expect(e.status).toBe('APPROVED');
    expect(e.tags.map((t) => t.slug)).toEqual(['data-protection']);
    expect(e.tagReview?.noGenderConsiderations).toBe(true);
    expect(await page.locator('[data-testid="status-counts"]').textContent()).toContain('0 waiting');
    await check(page, 'queue, cleared (en)');
    await page.close();
  });

  it('shows the changes since the decision after the submitter revises through the workspace, then approves', async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    const other = await browser.newContext({ baseURL: web.plenary.url, locale: 'en-GB' });
    const theirs = await other.newPage();
    await web.login(theirs, { email: orgs.ag.admin.email, password: TEST_PASSWORD }, `/workspace/submissions/${ids.a}`);
    await theirs.locator('#editor-body').waitFor();
    await theirs.locator('#editor-body').press('Control+End');
    await theirs.locator('#editor-body').pressSequentially(' Article 24 requires it.');
    await theirs.locator('.save-status[data-status="saved"]').waitFor({ timeout: 20_000 });
    await theirs.getByRole('button', { name: 'Check your answers' }).click();
    await theirs.locator('main h1', { hasText: 'Check your answers before submitting' }).waitFor();
    await theirs.getByRole('button', { name: 'Submit', exact: true }).click();
    await theirs.locator('main h1', { hasText: 'Submission sent' }).waitFor();
    await other.close();
    expect(await serverItem(ids.a)).toMatchObject({ status: 'SUBMITTED', currentVersion: 2 });

    const page = await web.newPage('en');
    await web.login(page, { email: world.moderator.email }, '/moderation');
    await page.locator('.queue-item', { hasText: TEXTS.a.title }).waitFor();
    expect(await page.locator('.queue-item', { hasText: TEXTS.a.title }).textContent()).toContain('version 2');
    await page.keyboard.press('m');
    await itemOpen(page, ids.a);
    const diff = page.locator('[data-testid="revision-diff"]');
    await diff.waitFor();
    expect(await diff.locator('h3').textContent()).toContain('version 1 → version 2');
    expect(await diff.locator('ins').allTextContents()).toContain(' Article 24 requires it.');
    // The decision it answers, with its message.
    expect(await page.locator('.history').textContent()).toContain('Chapter IV is the one you discuss.');
    await check(page, 'item, revised (en)', 'item-revised');
    await page.keyboard.press('g');
    await page.keyboard.press('h');
    await page.keyboard.press('s');
    await reviewRecorded(page);
    await page.keyboard.press('a');
    await page.waitForFunction(() => document.activeElement?.id === 'decision-submit');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/moderation');
    expect((await serverItem(ids.a)).status).toBe('APPROVED');
    await page.close();
  });

  it('the rejection is appealed and overturned by staff; the moderator reads it in the item’s history', async () => {
    const gql = async <T>(query: string, variables: Record<string, unknown>, token: string) =>
      dataOf(await web.plenary.gql<T>(query, variables, token));
    await gql(
      'mutation($i: AppealDecisionInput!) { appealDecision(input: $i) { id status } }',
      { i: { submissionId: ids.b, reason: 'Source protection is what the Convention’s procedural powers threaten.' } },
      orgs.apg.admin.token,
    );
    // Overturning approves: staff record the review on the appealed item first.
    let b = await serverItem(ids.b);
    const { setSubmissionTags } = await gql<{ setSubmissionTags: { version: number } }>(
      'mutation($i: SetSubmissionTagsInput!) { setSubmissionTags(input: $i) { version } }',
      {
        i: {
          submissionId: ids.b,
          expectedVersion: b.version,
          tagIds: [],
          noGenderConsiderations: true,
          noHumanRightsConsiderations: true,
        },
      },
      world.staff.token,
    );
    await gql(
      'mutation($i: ResolveAppealInput!) { resolveAppeal(input: $i) { id status } }',
      {
        i: {
          submissionId: ids.b,
          expectedVersion: setSubmissionTags.version,
          decision: 'OVERTURN',
          message: 'In scope.',
        },
      },
      world.staff.token,
    );
    b = await serverItem(ids.b);
    expect(b.status).toBe('APPROVED');

    const page = await web.newPage('en');
    await web.login(page, { email: world.moderator.email }, `/moderation/items/${ids.b}`);
    await page.locator('[data-testid="item-status"]', { hasText: 'Approved' }).waitFor();
    expect(await page.locator('.history').textContent()).toContain('staff overturned the rejection');
    // Nothing to claim on a decided item, and no decision possible.
    expect(await page.locator('.claim').textContent()).toContain('not waiting for a moderator');
    expect(await page.locator('#decision-REJECT').isDisabled()).toBe(true);
    await check(page, 'item, decided (en)');
    await page.close();
  });

  it('tells moderators how many items wait, and staff of the appeal and the digest, each linking to its page', async () => {
    ids.f = await submitted(orgs.apg, 'f', Disclosure.NAMED);
    // The hourly job, run now.
    await new WaitingDigestProcessor(
      web.plenary.dataSource,
      web.plenary.get(NotificationService),
      web.plenary.get(UserService),
      web.plenary.config,
    ).handle();
    const page = await web.newPage('en');
    await web.login(page, { email: world.moderator.email }, '/moderation');
    await page.locator('[data-testid="unread-count"]').waitFor({ timeout: 20_000 });
    // (The login page has sent us on to the queue before the bell is used.)
    await page.locator('main h1', { hasText: 'Moderation queue' }).waitFor();
    await page.getByRole('link', { name: /^Notifications \d+/ }).click();
    await page.locator('main h1', { hasText: 'Notifications' }).waitFor();
    const waiting = page.getByRole('link', { name: '1 submission waiting for moderation' });
    await waiting.waitFor();
    expect(await waiting.getAttribute('href')).toBe('/moderation');
    await check(page, 'notifications, moderator (en)', 'notifications-moderator');
    await waiting.click();
    await page.locator('main h1', { hasText: 'Moderation queue' }).waitFor();
    await page.close();

    // Staff: the appeal received, and a compiled digest.
    const compiled = await requestDigest(web.plenary, world.staff.token, world.sessionId, 'PUBLIC');
    const digest = await waitForDigest(web.plenary, world.staff.token, dataOf(compiled).compileDigest.id, 120_000);
    const staffPage = await web.newPage('en');
    await web.login(staffPage, { email: world.staff.email }, '/workspace/notifications');
    await staffPage.locator('main h1', { hasText: 'Notifications' }).waitFor();
    const appeal = staffPage.getByRole('link', { name: `Appeal received on “${TEXTS.b.title}”` });
    await appeal.waitFor();
    expect(await appeal.getAttribute('href')).toBe(`/staff/appeals/${ids.b}`);
    const ready = staffPage.getByRole('link', { name: /^Digest ready/ });
    await ready.waitFor();
    expect(await ready.getAttribute('href')).toBe(`/staff/digests/${world.sessionId}?digest=${digest.id}`);
    await web.expectAccessible(staffPage, 'notifications, staff (en)');
    // Staff see the desk too.
    await staffPage.locator('.site-nav a[href="/moderation"]').waitFor();
    await staffPage.close();
  });

  it('shows coverage per round as charts with their tables, each gap linking to the filtered queue', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: world.moderator.email }, '/moderation/coverage');
    await page.locator('main h1', { hasText: 'Coverage' }).waitFor();
    await page.locator('[data-testid="coverage-table"]').waitFor();
    await page.locator('[data-testid="status-chart"] .chart__row').first().waitFor();
    // The AG round: a and e approved, e without a gender tag.
    const agRow = page.locator('[data-testid="coverage-table"] tbody tr', { hasText: 'African Group' });
    expect(await agRow.locator('td').nth(0).textContent()).toBe('2');
    expect(await agRow.locator('td').nth(1).textContent()).toBe('0 (0%)');
    await check(page, 'coverage (en)', 'coverage');
    await agRow.getByRole('link', { name: 'Show the 2 approved African Group items without a gender tag' }).click();
    await page.waitForURL(/status=APPROVED/);
    expect(page.url()).toContain('missing=GENDER');
    // Oldest first by when each was last submitted: a's revision came after e.
    await listIs(page, [TEXTS.e.title, TEXTS.a.title]);
    expect(await page.locator('main').textContent()).toContain('the list is read-only');
    await check(page, 'queue, approved without a gender tag (en)');
    await page.close();
  });

  it('works in Arabic: the desk right to left, every page visited passing axe', async () => {
    const page = await web.newPage('ar');
    await web.login(page, { email: world.moderator.email }, '/moderation');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.locator('.queue-item').first().waitFor();
    await check(page, 'queue (ar)', 'queue');
    await page.keyboard.press('m');
    await itemOpen(page, ids.f);
    await page.locator('.claim[data-lease="mine"]').waitFor();
    expect(await page.locator('.item__body').getAttribute('dir')).toBe('rtl');
    await check(page, 'item (ar)', 'item');
    await page.keyboard.press('?');
    await page.locator('dialog[open]').waitFor();
    await web.expectAccessible(page, 'shortcuts dialog (ar)');
    await page.keyboard.press('Escape');
    await web.goto(page, '/moderation/coverage');
    await page.locator('[data-testid="coverage-table"]').waitFor();
    await check(page, 'coverage (ar)', 'coverage');
    for (const path of visited) {
      await web.goto(page, path);
      await web.expectAccessible(page, `${path} (ar)`);
    }
    await page.close();
    expect(web.cspViolations()).toEqual([]);
    expect(web.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
