import { Region } from '@app/identity';
import { AccessTokenService } from '@app/platform';
import { Disclosure } from '@app/submissions';
import {
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createSubmission,
  createUser,
  eventually,
  TestUser,
} from '@app/testing';
import { Page } from 'playwright-core';
import { WebHarness } from './support/web-harness';

jest.setTimeout(240_000);

/**
 * Bad input and failure, as a person meets them while writing a draft (WEB.md, "Drafts are never
 * lost"): the api stops answering, the access token expires, the session ends altogether, the
 * round closes, and the person clicks away with changes the server has not got. Each in English,
 * the round's deadline and the leave question in Arabic too. axe runs on every new state; the
 * banner and the dialogs are photographed.
 */
describe('failures, as a person writing a draft meets them', () => {
  let web: WebHarness;
  let staff: TestUser;
  let member: TestUser;
  let orgId = '';
  let roundId = '';

  beforeAll(async () => {
    web = await WebHarness.start({ worker: true });
    staff = await createStaff(web.plenary);
    member = await createUser(web.plenary, { name: 'Wanjiru Kamau' });
    ({ id: orgId } = await createOrganisation(web.plenary, member, { name: 'Mombasa Rights Desk', country: 'KE' }));
    ({ roundId } = await createSessionAndOpenRound(web.plenary, staff.token, {
      region: Region.AG,
      title: 'Consultation on electronic evidence',
    }));
  });
  afterAll(() => web.close());

  async function gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await web.plenary.gql<T>(query, variables, token);
    if (!res.data || res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  /** The server's copy, read with the test's own token (not the browser's session). */
  async function serverSubmission(id: string): Promise<{ body: string; version: number; status: string }> {
    const { submission } = await gql<{ submission: { body: string; version: number; status: string } }>(
      'query($id: ID!) { submission(id: $id) { body version status } }',
      { id },
      member.token,
    );
    return submission;
  }

  /** A NAMED draft of the member's organisation, made over the API. */
  async function draft(round = roundId): Promise<string> {
    const made = await createSubmission(web.plenary, member.token, {
      roundId: round,
      organisationId: orgId,
      disclosure: Disclosure.NAMED,
      body: 'Procedural powers must be subject to independent judicial authorisation.',
    });
    return made.id;
  }

  async function openEditor(page: Page, id: string): Promise<void> {
    await web.login(page, { email: member.email }, `/workspace/submissions/${id}`);
    await page.locator('#editor-body').waitFor();
  }

  /** Types at the end of the body, as a person would. */
  async function append(page: Page, text: string): Promise<void> {
    await page.locator('#editor-body').press('Control+End');
    await page.locator('#editor-body').pressSequentially(text);
  }

  const waitSaved = (page: Page) =>
    page.locator('.save-status[data-status="saved"], .save-status[data-status="idle"]').waitFor({ timeout: 20_000 });

  /** Everything the editor keeps in this browser's IndexedDB, as JSON text. */
  function keptInBrowser(page: Page): Promise<string> {
    return page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const req = indexedDB.open('plenary-drafts', 1);
          req.onerror = () => reject(new Error('IndexedDB did not open'));
          req.onsuccess = () => {
            const all = req.result.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => resolve(JSON.stringify(all.result));
          };
        }),
    );
  }

  /** Every status the save indicator shows from now on, in order (a MutationObserver in the page). */
  async function recordSaveStatuses(page: Page): Promise<() => Promise<string[]>> {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenStatuses: string[] }).seenStatuses = seen;
      const el = document.querySelector('.save-status')!;
      seen.push(el.getAttribute('data-status') ?? '');
      new MutationObserver(() => {
        const now = document.querySelector('.save-status')?.getAttribute('data-status') ?? 'gone';
        if (seen[seen.length - 1] !== now) seen.push(now);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'], childList: true });
    });
    return () => page.evaluate(() => (window as unknown as { seenStatuses: string[] }).seenStatuses);
  }

  /** A mark that survives only as long as the document: gone after any reload. */
  const markDocument = (page: Page) =>
    page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const sameDocument = (page: Page) =>
    page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

  it('the api stops answering mid-edit: a banner, nothing lost, saved without a reload when it answers again', async () => {
    const id = await draft();
    const page = await web.newPage('en');
    await openEditor(page, id);
    await markDocument(page);
    const before = await serverSubmission(id);

    // The outage: every request to the api is refused at the connection (the browser gets
    // ERR_CONNECTION_REFUSED, as when the api process is down behind a proxy that still serves the page).
    const refuse = (route: { abort: (code: string) => Promise<void> }) => route.abort('connectionrefused');
    for (const pattern of ['**/graphql', '**/health', '**/auth/**']) await page.route(pattern, refuse);

    await append(page, ' Written while Plenary could not be reached.');
    const banner = page.locator('.banner--offline');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.textContent()).toBe(
      'Plenary cannot be reached — nothing you typed is lost. We will reconnect as soon as it answers.',
    );
    await page.locator('.save-status[data-status="offline"]').waitFor({ timeout: 20_000 });
    // More typing while it is down: kept too.
    await append(page, ' And a second sentence.');
    await eventually(async () => (await keptInBrowser(page)).includes('And a second sentence.'));
    expect(await page.locator('#editor-body').inputValue()).toContain(
      'Written while Plenary could not be reached. And a second sentence.',
    );
    expect((await serverSubmission(id)).body).toBe(before.body);
    // Still down past a retry period: the status keeps saying where the text is (no flicker to "saving").
    const statuses = await recordSaveStatuses(page);
    await page.waitForTimeout(7_000);
    expect(await statuses()).toEqual(['offline']);
    expect(await page.locator('.save-status').textContent()).toBe(
      'Offline — your changes are kept in this browser and will be sent when Plenary can be reached',
    );
    await web.expectAccessible(page, 'editor, api down (en)');
    await web.screenshot(page, 'api-down-banner');

    // The api answers again: the banner goes by itself and the kept text is sent, no reload.
    for (const pattern of ['**/graphql', '**/health', '**/auth/**']) await page.unroute(pattern, refuse);
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await waitSaved(page);
    const after = await serverSubmission(id);
    expect(after.body).toBe(`${before.body} Written while Plenary could not be reached. And a second sentence.`);
    expect(after.version).toBeGreaterThan(before.version);
    expect(await sameDocument(page)).toBe(true);
    // Sent: nothing left waiting in the browser.
    await eventually(async () => !(await keptInBrowser(page)).includes('And a second sentence.'));
    await page.close();
  });

  it('the access token expires while the person writes: refreshed through the cookie, saved, nothing shown', async () => {
    // The api's tokens live 15 minutes; a test cannot wait that long. The api runs in this process,
    // so the token service is watched instead: every access token issued from here on is recorded,
    // and at the chosen moment the api treats them as expired — exactly what it does with a token
    // past its `exp` (verify answers null, the request is UNAUTHENTICATED). The refresh is the real one.
    const issued: string[] = [];
    const expired = new Set<string>();
    const sign = AccessTokenService.prototype.sign;
    const verify = AccessTokenService.prototype.verify;
    const signSpy = jest.spyOn(AccessTokenService.prototype, 'sign').mockImplementation(function (
      this: AccessTokenService,
      claims,
    ) {
      const token = sign.call(this, claims);
      issued.push(token);
      return token;
    });
    const verifySpy = jest.spyOn(AccessTokenService.prototype, 'verify').mockImplementation(function (
      this: AccessTokenService,
      token,
    ) {
      return expired.has(token) ? null : verify.call(this, token);
    });
    try {
      const id = await draft();
      const page = await web.newPage('en');
      await openEditor(page, id);
      await markDocument(page);
      const statuses = await recordSaveStatuses(page);
      const from = web.responses.length;

      for (const token of issued) expired.add(token);
      const tokensBefore = issued.length;
      await append(page, ' Typed after the access token expired.');
      await waitSaved(page);

      expect((await serverSubmission(id)).body).toContain('Typed after the access token expired.');
      // The api refused the old token once, the cookie gave a new one, the save went through with it.
      const later = web.responses.slice(from);
      const refusals = await Promise.all(
        later.filter((r) => r.url.endsWith('/graphql')).map(async (r) => (await r.text).includes('"UNAUTHENTICATED"')),
      );
      expect(refusals.filter(Boolean).length).toBeGreaterThanOrEqual(1);
      expect(later.filter((r) => r.url.endsWith('/auth/refresh')).map((r) => r.status)).toContain(200);
      expect(issued.length).toBeGreaterThan(tokensBefore);
      // No visible interruption: never "offline", no banner, no error summary, no login link, same page.
      expect(await statuses()).not.toContain('offline');
      expect(await page.locator('.banner--offline').count()).toBe(0);
      expect(await page.locator('.error-summary').count()).toBe(0);
      expect(new URL(page.url()).pathname).toBe(`/workspace/submissions/${id}`);
      expect(await sameDocument(page)).toBe(true);
      await page.close();
    } finally {
      signSpy.mockRestore();
      verifySpy.mockRestore();
    }
  });

  it('the session ends (logged out in another tab): back to the login page with the text kept, then back in the editor with it saved', async () => {
    const id = await draft();
    const page = await web.newPage('en');
    await openEditor(page, id);

    // Another tab of the same browser logs out: the refresh cookie's session is revoked and the cookie removed.
    const other = await web.newPage('en');
    await web.goto(other, '/workspace');
    await other.getByRole('button', { name: 'Log out' }).click();
    await other.locator('.site-header a.button', { hasText: 'Log in' }).waitFor();
    await other.close();

    await append(page, ' Typed after the session ended elsewhere.');
    await page.waitForURL(/\/login\?next=/, { timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/workspace/submissions/${id}`);
    const notice = page.locator('[data-testid="session-ended"]');
    expect(await notice.textContent()).toBe('Your session has ended. Log in again — what you were working on is kept.');
    expect(await keptInBrowser(page)).toContain('Typed after the session ended elsewhere.');
    expect((await serverSubmission(id)).body).not.toContain('Typed after the session ended elsewhere.');
    await web.expectAccessible(page, 'login after the session ended (en)');
    await web.screenshot(page, 'session-ended-login');

    await page.locator('#login-email').fill(member.email);
    await page.locator('#login-password').fill('correct-horse-battery-staple');
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(new RegExp(`/workspace/submissions/${id}$`));
    // The editor opens with the server's text, then restores what this browser kept (IndexedDB is read
    // asynchronously): the notice says when it has.
    await page.locator('.notice', { hasText: 'We restored text you had typed in this browser' }).waitFor();
    expect(await page.locator('#editor-body').inputValue()).toContain('Typed after the session ended elsewhere.');
    await waitSaved(page);
    expect((await serverSubmission(id)).body).toBe(
      'Procedural powers must be subject to independent judicial authorisation. Typed after the session ended elsewhere.',
    );
    await page.close();
  });

  async function closeRound(id: string): Promise<void> {
    await gql('mutation($id: ID!) { closeConsultationRound(id: $id) { id status } }', { id }, staff.token);
  }

  it('staff close the round while the person writes: the editor says so before Submit, and the text is kept as a draft', async () => {
    const { roundId: closing } = await createSessionAndOpenRound(web.plenary, staff.token, {
      region: Region.AG,
      title: 'Round closed early by staff',
    });
    const id = await draft(closing);
    const page = await web.newPage('en');
    await openEditor(page, id);
    await page.getByRole('button', { name: 'Check your answers' }).waitFor();

    await closeRound(closing);
    await append(page, ' Typed as the round closed.');
    const closed = page.locator('.notice--warning[role=alert]', {
      hasText: 'This round no longer accepts submissions. What you wrote is kept as a draft.',
    });
    await closed.waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Check your answers' }).count()).toBe(0);
    await waitSaved(page);
    const server = await serverSubmission(id);
    expect(server.status).toBe('DRAFT');
    expect(server.body).toContain('Typed as the round closed.');
    await web.expectAccessible(page, 'editor, round closed (en)');
    await web.screenshot(page, 'round-closed-editor');
    await page.close();
  });

  it('the round closes while the person is on "check your answers": Submit is refused with a clear message, the draft stays', async () => {
    const { roundId: closing } = await createSessionAndOpenRound(web.plenary, staff.token, {
      region: Region.AG,
      title: 'Round closed during the check',
    });
    const id = await draft(closing);
    const page = await web.newPage('en');
    await web.login(page, { email: member.email }, `/workspace/submissions/${id}/check`);
    const submit = page.getByRole('button', { name: 'Submit', exact: true });
    await submit.waitFor();

    await closeRound(closing);
    await submit.click();
    const refusal = page.locator('[data-testid="round-closed-refusal"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Not submitted: the round closed before your submission reached Plenary. What you wrote is kept as a draft.',
    );
    // The page now knows the round is closed: no Submit to press again.
    await submit.waitFor({ state: 'detached' });
    expect((await serverSubmission(id)).status).toBe('DRAFT');
    await web.expectAccessible(page, 'check, submit refused (en)');
    await web.screenshot(page, 'round-closed-check');
    await page.close();
  });

  it('in Arabic, the round’s deadline passes while the editor is open: told at that moment, the text kept as a draft', async () => {
    const closesAt = new Date(Date.now() + 25_000);
    const { roundId: closing } = await createSessionAndOpenRound(web.plenary, staff.token, {
      region: Region.AG,
      title: 'Round whose deadline passes',
      closesAt,
    });
    const id = await draft(closing);
    const page = await web.newPage('ar');
    await openEditor(page, id);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('button', { name: 'راجع إجاباتك' }).waitFor();
    const closed = page.locator('.notice--warning[role=alert]', {
      hasText: 'لم تعد هذه الجولة تقبل المساهمات. ما كتبته محفوظ كمسودة.',
    });
    expect(await closed.count()).toBe(0);

    await closed.waitFor({ timeout: closesAt.getTime() - Date.now() + 5_000 });
    // Told when the deadline passed (not at the next half-minute tick), with no request needed.
    expect(Date.now() - closesAt.getTime()).toBeLessThan(5_000);
    expect(await page.getByRole('button', { name: 'راجع إجاباتك' }).count()).toBe(0);

    await append(page, ' كُتب بعد إغلاق الجولة.');
    await waitSaved(page);
    const server = await serverSubmission(id);
    expect(server).toMatchObject({ status: 'DRAFT' });
    expect(server.body).toContain('كُتب بعد إغلاق الجولة.');
    await web.expectAccessible(page, 'editor, round closed (ar)');
    await web.screenshot(page, 'round-closed-editor');
    await page.close();
  });

  /** The in-app question before leaving with unsaved changes; labels in the page's language. */
  async function leaveQuestion(
    lang: 'en' | 'ar',
    labels: { link: string; title: string; stay: string; leave: string; linkTo: string },
  ): Promise<void> {
    const id = await draft();
    const page = await web.newPage(lang);
    await openEditor(page, id);
    const link = page.locator('.site-nav').getByRole('link', { name: labels.link, exact: true });

    // Saved: a link just navigates (no question when nothing is at stake).
    await link.click();
    await page.waitForURL(new RegExp(`${labels.linkTo}$`));
    await page.goBack();
    await page.locator('#editor-body').waitFor();

    // Unsaved (typed, the autosave not sent yet): the question, with Stay focused.
    await append(page, ' Not sent yet.');
    expect(await page.locator('.save-status').getAttribute('data-status')).toBe('dirty');
    await link.click();
    const dialog = page.getByRole('alertdialog', { name: labels.title });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(labels.stay);
    expect(new URL(page.url()).pathname).toBe(`/workspace/submissions/${id}`);
    await web.expectAccessible(page, `leave question (${lang})`);
    await web.screenshot(page, 'leave-question');

    // Stay: still here, the text as typed, focus back on the link; it is then saved as usual.
    await dialog.getByRole('button', { name: labels.stay }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`/workspace/submissions/${id}`);
    expect(await page.locator('#editor-body').inputValue()).toContain('Not sent yet.');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(labels.link);
    await waitSaved(page);

    // Escape also stays.
    await append(page, ' Again.');
    await link.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`/workspace/submissions/${id}`);

    // Leave: goes where the link pointed.
    await append(page, ' Once more.');
    await link.click();
    await dialog.getByRole('button', { name: labels.leave }).click();
    await page.waitForURL(new RegExp(`${labels.linkTo}$`));
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('.confirm-dialog[open]').count()).toBe(0);
    await page.close();
  }

  it('asks before a link leaves the editor with unsaved changes (English)', () =>
    leaveQuestion('en', {
      link: 'Digests',
      linkTo: '/digests',
      title: 'Leave without saving?',
      stay: 'Stay on this page',
      leave: 'Leave this page',
    }));

  it('asks before a link leaves the editor with unsaved changes (Arabic, right to left)', () =>
    leaveQuestion('ar', {
      link: 'الخلاصات',
      linkTo: '/digests',
      title: 'هل تغادر دون حفظ؟',
      stay: 'البقاء في هذه الصفحة',
      leave: 'مغادرة هذه الصفحة',
    }));

  it("asks before the browser's Back button leaves the editor with unsaved changes", async () => {
    const id = await draft();
    const page = await web.newPage('en');
    await openEditor(page, id);
    const editorPath = `/workspace/submissions/${id}`;
    const versions = `${editorPath}/versions`;
    const openFromVersions = async () => {
      await page.locator(`main a[href="${versions}"]`).click();
      await page.waitForURL((url) => url.pathname === versions);
      await page.locator(`main a[href="${editorPath}"]`).first().click();
      await page.locator('#editor-body').waitFor();
    };
    await openFromVersions();

    // Saved: Back leaves, as on any page.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === versions);
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('.confirm-dialog[open]').count()).toBe(0);

    // Unsaved: Back asks; Escape stays, with the text and the address as they were.
    await page.goForward();
    await page.locator('#editor-body').waitFor();
    await append(page, ' Typed before Back.');
    expect(await page.locator('.save-status').getAttribute('data-status')).toBe('dirty');
    await page.goBack();
    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    expect(new URL(page.url()).pathname).toBe(editorPath);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay on this page');
    await web.expectAccessible(page, 'leave question after Back (en)');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(editorPath);
    expect(await page.locator('#editor-body').inputValue()).toContain('Typed before Back.');

    // Back again, still unsaved: Leave goes back to the versions.
    await append(page, ' And again.');
    await page.goBack();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Leave this page' }).click();
    await page.waitForURL((url) => url.pathname === versions);
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('.confirm-dialog[open]').count()).toBe(0);
    await page.close();
  });

  it('kept the console clean: no page errors, no CSP violations', () => {
    expect(web.cspViolations()).toEqual([]);
    expect(web.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
