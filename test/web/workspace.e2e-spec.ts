import { Region } from '@app/identity';
import {
  createModerator,
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createUser,
  TestUser,
} from '@app/testing';
import { Browser, chromium, Page } from 'playwright-core';
import { WebHarness } from './support/web-harness';
import { claim, decide, setTags } from '../e2e/support/moderation.operations';

jest.setTimeout(240_000);

/**
 * The civil-society workspace in a real browser, as one person's journey: create an organisation
 * (staff verify it through the API), draft a NAMED submission in English, lose the network
 * mid-edit and get it back (nothing lost), meet a CONFLICT from a second tab and resolve it,
 * invite a co-signer who accepts in another browser, submit (version and content hash shown),
 * read the decision (made through the API) and appeal; then an ANONYMOUS submission in Arabic
 * (the page right to left, the word count the server's). axe runs on every page visited, in
 * English and in Arabic.
 */
describe('civil-society workspace journey', () => {
  let web: WebHarness;
  let member: TestUser;
  let staff: TestUser;
  /** Every workspace path visited, for the axe pass in the other language. */
  const visited = new Set<string>();

  beforeAll(async () => {
    web = await WebHarness.start({ worker: true });
    staff = await createStaff(web.plenary);
    member = await createUser(web.plenary, { name: 'Amina Odhiambo' });
    await createSessionAndOpenRound(web.plenary, staff.token, {
      region: Region.AG,
      title: 'African Group consultation on procedural safeguards',
    });
  });
  afterAll(() => web.close());

  async function gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await web.plenary.gql<T>(query, variables, token);
    if (!res.data || res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  async function check(page: Page, label: string, shot?: string): Promise<void> {
    visited.add(new URL(page.url()).pathname);
    await web.expectAccessible(page, label);
    if (shot) await web.screenshot(page, shot);
  }

  const saveStatus = (page: Page) => page.locator('.save-status');
  const waitSaved = (page: Page) =>
    page.locator('.save-status[data-status="saved"], .save-status[data-status="idle"]').waitFor({ timeout: 20_000 });

  async function serverSubmission(id: string): Promise<{
    title: string;
    summary: string;
    body: string;
    wordCount: number;
    version: number;
    currentVersion: number;
    contentHash: string;
    status: string;
  }> {
    const { submission } = await gql<{ submission: Awaited<ReturnType<typeof serverSubmission>> }>(
      'query($id: ID!) { submission(id: $id) { title summary body wordCount version currentVersion contentHash status } }',
      { id },
      member.token,
    );
    return submission;
  }

  let orgId = '';
  let namedId = '';

  it('creates an organisation (country in the interface language, region derived, PENDING explained), verified by staff', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: member.email }, '/workspace');
    await check(page, 'workspace home (en)');
    await page.getByRole('link', { name: 'Create an organisation' }).click();
    await page.locator('main h1', { hasText: 'Create an organisation' }).waitFor();
    await check(page, 'create organisation (en)');

    // Submitting empty: the error summary, and each message beside its field.
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary li').count()).toBeGreaterThan(0);
    await check(page, 'create organisation with errors (en)', 'create-organisation-errors');

    await page.locator('#org-name').fill('Haki Digital Rights Centre');
    // React Aria's select: focus the button and type to pick a country (names from Intl.DisplayNames).
    await page.getByRole('button', { name: /Country/ }).focus();
    await page.keyboard.type('Kenya');
    await page.locator('#org-region-derived', { hasText: 'African Group' }).waitFor();
    await page.getByText('Non-governmental organisation', { exact: true }).click();
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page.locator('main h1', { hasText: 'Haki Digital Rights Centre' }).waitFor();
    orgId = new URL(page.url()).pathname.split('/').pop()!;
    await page.locator('[data-status="PENDING"]').waitFor();
    expect(await page.locator('main').textContent()).toContain('Programme staff will check the organisation');
    await check(page, 'organisation, pending (en)', 'organisation-pending');

    await gql(
      'mutation($i: ReviewOrganisationInput!) { reviewOrganisation(input: $i) { id status } }',
      { i: { organisationId: orgId, decision: 'VERIFY', note: 'Registered NGO, checked.' } },
      staff.token,
    );
    await page.reload();
    await page.locator('[data-status="VERIFIED"]').waitFor();
    await page.getByRole('link', { name: 'Start a submission' }).waitFor();
    await check(page, 'organisation, verified (en)', 'organisation-verified');
    await page.close();
  });

  it('drafts a NAMED submission in English with autosave; the live word count is the server’s', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: member.email }, `/workspace/organisations/${orgId}`);
    await page.getByRole('link', { name: 'Start a submission' }).click();
    await page.locator('#editor-title').waitFor();
    await check(page, 'editor, new (en)');

    await page.locator('#editor-title').fill('Judicial oversight of cross-border data requests');
    await page.locator('#editor-summary').fill('Every production order must be authorised by an independent judge.');
    await page
      .locator('#editor-body')
      .fill(
        '## Article 24\n\nProcedural powers need **independent judicial authorisation**, notice to the person ' +
          'concerned and a remedy. The state-of-the-art safeguards of 2024 should apply.',
      );
    // Not on the server until a disclosure is chosen: the chooser shows who sees what.
    await page.getByText('Named', { exact: true }).click();
    await page.locator('.disclosure-table caption', { hasText: 'Named' }).waitFor();
    await page.waitForURL(/\/workspace\/submissions\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    namedId = new URL(page.url()).pathname.split('/').pop()!;
    await waitSaved(page);
    const server = await serverSubmission(namedId);
    expect(server.title).toBe('Judicial oversight of cross-border data requests');
    const shown = Number(await page.locator('[data-testid="body-count-count"]').getAttribute('data-count'));
    expect(shown).toBe(server.wordCount);
    expect(await page.locator('#body-count').textContent()).toContain(
      `${(2000 - server.wordCount).toLocaleString('en')} words remaining`,
    );
    await check(page, 'editor, saved draft (en)', 'editor');

    // The preview renders with the server's own renderer and sanitiser, loaded only when asked for.
    const renderer: string[] = [];
    page.on('request', (req) => {
      if (/\/assets\/markdown-[\w-]+\.js$/.test(req.url())) renderer.push(req.url());
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview of the text as it will be published' });
    await preview.locator('h2', { hasText: 'Article 24' }).waitFor();
    expect(await preview.locator('strong').textContent()).toBe('independent judicial authorisation');
    expect(renderer).toHaveLength(1);
    await check(page, 'editor, preview (en)', 'editor-preview');
    await page.getByRole('button', { name: 'Back to editing' }).click();
    await page.locator('#editor-body').waitFor();
    await page.close();
  });

  it('keeps edits made offline and sends them when the network returns', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: member.email }, `/workspace/submissions/${namedId}`);
    await page.locator('#editor-body').waitFor();
    const before = await serverSubmission(namedId);

    await web.context.setOffline(true);
    await page.locator('#editor-body').press('Control+End');
    await page.locator('#editor-body').pressSequentially(' Written while offline.');
    await page.locator('.save-status[data-status="offline"]').waitFor({ timeout: 20_000 });
    expect(await saveStatus(page).textContent()).toContain('kept in this browser');
    // Kept in IndexedDB, not only in memory.
    const kept = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.open('plenary-drafts', 1);
          req.onsuccess = () => {
            const all = req.result.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => resolve(JSON.stringify(all.result));
          };
        }),
    );
    expect(kept).toContain('Written while offline.');
    expect((await serverSubmission(namedId)).body).toBe(before.body);

    await web.context.setOffline(false);
    await waitSaved(page);
    const after = await serverSubmission(namedId);
    expect(after.body).toContain('Written while offline.');
    expect(after.version).toBeGreaterThan(before.version);
    await page.close();
  });

  it('shows a CONFLICT from a second tab side by side and keeps the version chosen', async () => {
    const first = await web.newPage('en');
    await web.login(first, { email: member.email }, `/workspace/submissions/${namedId}`);
    await first.locator('#editor-summary').waitFor();
    const second = await web.newPage('en');
    await web.goto(second, `/workspace/submissions/${namedId}`);
    await second.locator('#editor-title').fill('Judicial oversight of data requests (second tab)');
    await waitSaved(second);

    await first.locator('#editor-summary').fill('Every production order needs a judge, notice and a remedy.');
    await first.locator('.conflict').waitFor({ timeout: 20_000 });
    expect(await first.locator('.conflict [data-side="theirs"][data-field="title"]').textContent()).toContain(
      '(second tab)',
    );
    expect(await first.locator('.conflict [data-side="mine"][data-field="summary"]').textContent()).toContain(
      'needs a judge, notice and a remedy',
    );
    await check(first, 'editor, conflict (en)', 'editor-conflict');
    // Nothing of mine was sent while in conflict.
    expect((await serverSubmission(namedId)).summary).not.toContain('needs a judge');

    await first.getByRole('button', { name: 'Keep my version' }).click();
    await waitSaved(first);
    const server = await serverSubmission(namedId);
    expect(server.summary).toBe('Every production order needs a judge, notice and a remedy.');
    expect(server.title).toBe('Judicial oversight of cross-border data requests');
    await second.close();
    await first.close();
  });

  let browser: Browser | null = null;
  afterAll(async () => {
    await browser?.close();
  });

  it('invites a co-signer, whose ADMIN accepts in another browser; an edit sends it back to pending, visibly', async () => {
    const cosignerAdmin = await createUser(web.plenary, { name: 'Tomás Ferreira' });
    const cosigningOrg = await createOrganisation(web.plenary, cosignerAdmin, {
      name: 'Lagos Privacy Forum',
      country: 'NG',
    });

    const page = await web.newPage('en');
    await web.login(page, { email: member.email }, `/workspace/submissions/${namedId}`);
    await page.locator('#cosign-search').fill('Lagos');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: 'Invite Lagos Privacy Forum to co-sign' }).click();
    await page.locator('[data-cosigner-status="PENDING"]').waitFor();

    // The co-signer, in a browser of its own.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    const other = await browser.newContext({ baseURL: web.plenary.url, locale: 'en-GB' });
    const theirs = await other.newPage();
    await web.login(theirs, { email: cosignerAdmin.email }, `/workspace/organisations/${cosigningOrg.id}`);
    await theirs.getByRole('link', { name: 'Judicial oversight of cross-border data requests' }).click();
    await theirs.locator('main h1', { hasText: 'Invitation to co-sign' }).waitFor();
    await web.expectAccessible(theirs, 'co-sign invitation (en)');
    await web.screenshot(theirs, 'cosign-invitation');
    await theirs.getByText('Region only', { exact: true }).click();
    await theirs.getByRole('button', { name: 'Accept and co-sign' }).click();
    await theirs.locator('[data-cosignature-status="ACCEPTED"]').waitFor();
    visited.add(new URL(theirs.url()).pathname.replace(/^.*\/cosignatures\//, '/workspace/cosignatures/'));

    await page.reload();
    await page.locator('[data-cosigner-status="ACCEPTED"]').waitFor();
    // An edit to the text sends the acceptance back to PENDING, and the editor says so.
    await page.locator('#editor-body').press('Control+End');
    await page.locator('#editor-body').pressSequentially(' Remedies must be effective.');
    await page.locator('.notice', { hasText: 'went back to pending' }).waitFor({ timeout: 20_000 });
    // Every keystroke saved (each save of a changed text resets acceptances again).
    for (let i = 0; i < 100 && !(await serverSubmission(namedId)).body.endsWith('Remedies must be effective.'); i++)
      await page.waitForTimeout(200);
    await waitSaved(page);
    await check(page, 'editor, co-signature reset (en)', 'editor-cosign-reset');

    // The co-signer reads why it is asked again, and accepts the new text.
    await theirs.reload();
    await theirs.locator('[data-cosignature-status="PENDING"]').waitFor();
    await theirs.getByText('Region only', { exact: true }).click();
    await theirs.getByRole('button', { name: 'Accept and co-sign' }).click();
    await theirs.locator('[data-cosignature-status="ACCEPTED"]').waitFor();
    await other.close();
    await page.close();
  });

  it('checks the answers, submits, and shows the version number and content hash', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: member.email }, `/workspace/submissions/${namedId}`);
    await page.getByRole('button', { name: 'Check your answers' }).click();
    await page.locator('main h1', { hasText: 'Check your answers before submitting' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Lagos Privacy Forum (Accepted)');
    await check(page, 'check your answers (en)', 'check-answers');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.locator('main h1', { hasText: 'Submission sent' }).waitFor();
    const server = await serverSubmission(namedId);
    expect(server).toMatchObject({ status: 'SUBMITTED', currentVersion: 1 });
    expect(await page.locator('.panel__reference').textContent()).toBe('Version 1');
    expect(await page.locator('[data-testid="content-hash"]').textContent()).toBe(server.contentHash);
    await check(page, 'confirmation (en)', 'confirmation');

    await page.getByRole('link', { name: 'See the submission' }).click();
    await page.locator('[data-status="SUBMITTED"]').waitFor();
    await page.getByRole('link', { name: 'Versions and changes' }).click();
    await page.locator('main h1', { hasText: 'Compare versions' }).waitFor();
    await check(page, 'versions (en)', 'versions');
    await page.close();
  });

  it('shows the decision with its reason and message, and takes the ADMIN’s appeal once; the bell counts it', async () => {
    const moderator = await createModerator(web.plenary);
    const claimed = await claim(web.plenary, moderator.token, namedId);
    const reviewed = await setTags(web.plenary, moderator.token, claimed, {
      tagIds: [],
      noGenderConsiderations: true,
      noHumanRightsConsiderations: true,
    });
    await decide(web.plenary, moderator.token, reviewed, {
      decision: 'REJECT',
      reasonCode: 'OUT_OF_SCOPE',
      message: 'Data retention is outside this round’s questions.',
    });

    const page = await web.newPage('en');
    await web.login(page, { email: member.email }, `/workspace/organisations/${orgId}`);
    await page.locator('main', { hasText: 'Rejected — an administrator may appeal' }).waitFor();
    // The bell: unread notifications (the decision), in its accessible name.
    await page.locator('[data-testid="unread-count"]').waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Judicial oversight of cross-border data requests' }).click();
    await page.locator('[data-status="REJECTED"]').waitFor();
    expect(await page.locator('main').textContent()).toContain('Outside the consultation’s scope');
    expect(await page.locator('main').textContent()).toContain('Data retention is outside this round’s questions.');
    await check(page, 'decision (en)', 'decision');

    await page.getByRole('button', { name: 'Send the appeal' }).click();
    await page.locator('.error-summary').waitFor();
    await page
      .locator('#appeal-reason')
      .fill('Retention periods decide whether the safeguards of Article 24 mean anything.');
    await page.getByRole('button', { name: 'Send the appeal' }).click();
    await page.locator('[data-status="APPEALED"]').waitFor();
    expect(await page.getByRole('button', { name: 'Send the appeal' }).count()).toBe(0);
    await check(page, 'appealed (en)', 'appealed');

    await page.getByRole('link', { name: /^Notifications \d+/ }).click();
    await page.locator('main h1', { hasText: 'Notifications' }).waitFor();
    await check(page, 'notifications (en)', 'notifications');
    await page.getByRole('button', { name: /^Mark all/ }).click();
    await page.locator('[data-testid="unread-count"]').waitFor({ state: 'detached' });
    await page.close();
  });

  it('drafts an ANONYMOUS submission in Arabic: the page right to left, the word count the server’s', async () => {
    const page = await web.newPage('ar');
    await web.login(page, { email: member.email }, `/workspace/organisations/${orgId}`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await check(page, 'organisation (ar)', 'organisation-verified');
    await page.getByRole('link', { name: 'ابدأ مساهمة' }).click();
    await page.locator('#editor-title').waitFor();
    await page.locator('#editor-title').fill('الرقابة القضائية على طلبات البيانات عبر الحدود');
    await page.locator('#editor-summary').fill('يجب أن يأذن قاضٍ مستقل بكل أمر إنتاج للبيانات.');
    await page
      .locator('#editor-body')
      .fill(
        'تحتاج صلاحيات التحقيق إلى إذن قضائي مستقل، وإخطار الشخص المعني، وسبيل انتصاف فعال. ' +
          'ويجب أن تنطبق الضمانات على جميع الطلبات العابرة للحدود في 2024.',
      );
    await page.getByText('مجهولة الهوية', { exact: true }).click();
    await page.locator('.disclosure-chooser__promise').waitFor();
    await page.waitForURL(/\/workspace\/submissions\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await waitSaved(page);
    const { submission } = await gql<{ submission: { wordCount: number; language: string; disclosure: string } }>(
      'query($id: ID!) { submission(id: $id) { wordCount language disclosure } }',
      { id },
      member.token,
    );
    expect(submission).toMatchObject({ language: 'ar', disclosure: 'ANONYMOUS' });
    const shown = Number(await page.locator('[data-testid="body-count-count"]').getAttribute('data-count'));
    expect(shown).toBe(submission.wordCount);
    expect(await page.locator('#editor-body').getAttribute('dir')).toBe('rtl');
    await check(page, 'editor, anonymous (ar)', 'editor');
    await page.close();
  });

  it('passes axe on every workspace page of the journey in Arabic too (English was checked on the way)', async () => {
    for (const lang of ['ar'] as const) {
      const page = await web.newPage(lang);
      await web.login(page, { email: member.email }, '/workspace');
      for (const path of visited) {
        // The co-signer's page is checked in its own browser; /new needs a round (the Arabic editor was checked).
        if (path.startsWith('/workspace/cosignatures/') || path.endsWith('/new')) continue;
        await web.goto(page, path);
        await web.expectAccessible(page, `${path} (${lang})`);
      }
      await page.close();
    }
    expect(web.cspViolations()).toEqual([]);
    expect(web.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
