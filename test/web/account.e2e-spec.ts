import { latestEmailToken, TEST_PASSWORD, createUser } from '@app/testing';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { Language, WebHarness } from './support/web-harness';

jest.setTimeout(300_000);

/**
 * A person's account in the browser, in English and in Arabic: register → check your inbox → the
 * emailed link verifies and logs in → my account (name, language remembered) → export my data →
 * delete the account. And a forgotten password reset through the emailed link, the old
 * /account/reset-password#token=… form included. axe on every page.
 */
describe('account journeys', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  });
  afterAll(() => web?.close());

  const dirOf = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

  for (const lang of ['en', 'ar'] as Language[]) {
    it(`registers, verifies, edits the profile, exports and deletes the account (${lang})`, async () => {
      const email = `newcomer.${lang}.${Date.now()}@example.org`;
      const page = await web.newPage(lang);
      await web.goto(page, '/register');
      expect(await dirOf(page)).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
      await web.expectAccessible(page, `register (${lang})`);
      // The server's field messages first: a short password.
      await page.locator('#register-displayName').fill('Amina Yusuf');
      await page.locator('#register-email').fill(email);
      await page.locator('#register-password').fill('short');
      await page.locator('main button[type=submit]').click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('#register-password').getAttribute('aria-invalid')).toBe('true');
      await web.expectAccessible(page, `register with errors (${lang})`);
      await page.locator('#register-password').fill(TEST_PASSWORD);
      await page.locator('main button[type=submit]').click();
      await page.waitForURL(/\/check-inbox$/);
      await page.locator('main bdi').waitFor();
      expect(await page.locator('main').textContent()).toContain(email);
      await web.expectAccessible(page, `check inbox (${lang})`);

      // The link from the email: a button confirms, and the person is logged in on their account page.
      const token = await latestEmailToken(web.plenary, email);
      await web.goto(page, `/verify-email?token=${token}`);
      expect(page.url()).not.toContain(token);
      await web.expectAccessible(page, `verify email (${lang})`);
      await page.locator('main button').click();
      await page.waitForURL(/\/account$/);
      await page.locator('.site-header__who').waitFor();
      await page.locator('#profile-displayName').waitFor();
      await web.expectAccessible(page, `my account (${lang})`);
      await web.screenshot(page, 'account');

      // Name and language: the interface switches and the choice is kept on the profile.
      await page.locator('#profile-displayName').fill('Amina Y.');
      await page.locator('#profile-preferredLanguage').selectOption('fr');
      await page
        .locator(
          '#profile-details ~ form button[type=submit], section[aria-labelledby=profile-details] button[type=submit]',
        )
        .first()
        .click();
      await page.locator('main h1', { hasText: 'Mon compte' }).waitFor();
      expect(await page.locator('.site-header__who').textContent()).toContain('Amina Y.');
      const stored: { preferred_language: string; display_name: string }[] = await web.plenary.dataSource.query(
        'SELECT preferred_language, display_name FROM users WHERE email_normalized = lower($1)',
        [email],
      );
      expect(stored[0]).toEqual({ preferred_language: 'fr', display_name: 'Amina Y.' });
      await page.reload();
      await page.locator('main h1', { hasText: 'Mon compte' }).waitFor();

      // Export: a JSON file with the person's data.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('section[aria-labelledby=profile-export] button').click(),
      ]);
      expect(download.suggestedFilename()).toBe('plenary-my-data.json');
      const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown;
      expect(JSON.stringify(exported)).toContain(email.toLowerCase());

      // Delete: the wrong password is refused beside the field; the right one erases the person.
      await page.locator('#delete-password').fill('not-my-password');
      await page.locator('section[aria-labelledby=profile-delete] button[type=submit]').click();
      await page.locator('section[aria-labelledby=profile-delete] .error-summary').waitFor();
      await page.locator('#delete-password').fill(TEST_PASSWORD);
      await page.locator('section[aria-labelledby=profile-delete] button[type=submit]').click();
      await page.waitForURL(/\/account-deleted$/);
      await web.expectAccessible(page, `account deleted (fr)`);
      const left: unknown[] = await web.plenary.dataSource.query(
        'SELECT 1 FROM users WHERE email_normalized = lower($1)',
        [email],
      );
      expect(left).toHaveLength(0);
      await page.close();
    });
  }

  it('resets a forgotten password through the emailed link, the old /account/ link included (ar, then en)', async () => {
    const person = await createUser(web.plenary, { name: 'Omar Haddad' });
    for (const [lang, legacy] of [
      ['ar', true],
      ['en', false],
    ] as const) {
      const page = await web.newPage(lang);
      await web.goto(page, '/forgot-password');
      await web.expectAccessible(page, `forgot password (${lang})`);
      await page.locator('#forgot-email').fill(person.email);
      await page.locator('main button[type=submit]').click();
      await page.locator('main [role=status]').waitFor();
      const token = await latestEmailToken(web.plenary, person.email);
      const newPassword = `new-password-${lang}-2026`;
      await page.goto(`${legacy ? '/account' : ''}/reset-password#token=${token}`);
      await page.waitForURL(/\/reset-password$/);
      expect(page.url()).not.toContain('/account/');
      await page.locator('#reset-newPassword').waitFor();
      await web.expectAccessible(page, `reset password (${lang})`);
      await page.locator('#reset-newPassword').fill(newPassword);
      await page.locator('main button[type=submit]').click();
      await page.locator('main [role=status]').waitFor();
      await web.login(page, { email: person.email, password: newPassword });
      await page.close();
    }
    expect(web.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
