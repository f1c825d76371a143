import { createUser, TestUser } from '@app/testing';
import { focusRing, WebHarness } from './support/web-harness';

jest.setTimeout(120_000);

/**
 * Logging in and out in the browser, with the keyboard only, in English and Arabic: the error
 * summary, the session kept across a reload through the HttpOnly refresh cookie (never readable by
 * the page's script, nothing in localStorage), the redirect back, and logout.
 */
describe('login and logout', () => {
  let web: WebHarness;
  let person: TestUser;

  beforeAll(async () => {
    web = await WebHarness.start();
    person = await createUser(web.plenary, { name: 'Nadia Rahman' });
  });
  afterAll(() => web.close());

  async function tabTo(page: import('playwright-core').Page, selector: string, max = 30): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`${selector} not reached with Tab`);
  }

  for (const lang of ['en', 'ar'] as const) {
    it(`logs in with the keyboard alone, shows field problems first, and returns to the page asked for (${lang})`, async () => {
      const page = await web.newPage(lang);
      await web.goto(page, '/workspace');
      // Not logged in: sent to the login page, which will bring the person back.
      await page.waitForURL(/\/login\?next=%2Fworkspace/);
      await page.locator('#login-email').waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(
        lang === 'ar' ? ['ar', 'rtl'] : ['en', 'ltr'],
      );

      // A fresh load of the login page (focus at the top of the document).
      await page.reload();
      await page.locator('#login-email').waitFor();
      // The skip link comes first and shows a focus ring; Enter jumps to the main content.
      await page.keyboard.press('Tab');
      const skip = await focusRing(page);
      expect(skip.tag).toBe('a');
      expect(skip.text).toBe(lang === 'ar' ? 'انتقل إلى المحتوى الرئيسي' : 'Skip to main content');
      await page.keyboard.press('Enter');
      await tabTo(page, '#login-email');
      const ring = await focusRing(page);
      expect(ring.outline).toMatch(/^solid [1-9]/);

      // A wrong password: the error summary appears, takes focus, and says what happened.
      await page.keyboard.type(person.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type('not-the-password');
      await page.keyboard.press('Enter');
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      expect(await summary.textContent()).toContain(
        lang === 'ar'
          ? 'عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.'
          : 'The email address or password is incorrect.',
      );
      await web.expectAccessible(page, `login with an error (${lang})`);
      await web.screenshot(page, 'login-error');

      // Correct it with the keyboard: back to the password field, Enter submits.
      await tabTo(page, '#login-password');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('correct-horse-battery-staple');
      await page.keyboard.press('Enter');
      await page.locator('.site-header__who').waitFor();
      await page.waitForURL(/\/workspace$/);
      expect(await page.locator('main h1').textContent()).toBe(lang === 'ar' ? 'مساحة عملك' : 'Your workspace');
      expect(await page.locator('.site-header__who').textContent()).toContain('Nadia Rahman');
      await web.expectAccessible(page, `workspace, logged in (${lang})`);
      await web.screenshot(page, 'logged-in');

      // The refresh token is an HttpOnly cookie: invisible to the page, nothing in localStorage.
      expect(await page.evaluate(() => document.cookie)).not.toContain('plenary_refresh');
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
      expect(stored).not.toMatch(/eyJ|token/i);
      const cookies = await web.context.cookies();
      expect(cookies.find((c) => c.name === 'plenary_refresh')).toMatchObject({
        httpOnly: true,
        secure: true,
        sameSite: 'Strict',
        path: '/auth',
      });

      // A reload keeps the session (silent refresh through the cookie).
      await page.reload();
      await page.locator('.site-header__who').waitFor();
      expect(await page.locator('main h1').textContent()).toBe(lang === 'ar' ? 'مساحة عملك' : 'Your workspace');

      // Log out: the header offers Log in again, and a reload stays logged out.
      await page.locator('.site-header button').click();
      await page.getByRole('link', { name: lang === 'ar' ? 'تسجيل الدخول' : 'Log in' }).waitFor();
      await page.reload();
      await page.getByRole('link', { name: lang === 'ar' ? 'تسجيل الدخول' : 'Log in' }).waitFor();
      expect(await page.locator('.site-header__who').count()).toBe(0);
      expect((await web.context.cookies()).find((c) => c.name === 'plenary_refresh')).toBeUndefined();
      await page.close();
    });
  }

  it('remembers the language chosen while logged in on the person’s profile', async () => {
    const page = await web.newPage('en');
    await web.login(page, { email: person.email });
    await page.getByLabel('Language').selectOption('fr');
    await page.locator('main h1', { hasText: 'La société civile dans les négociations des traités' }).waitFor();
    const me = async () =>
      (await web.plenary.gql<{ me: { preferredLanguage: string } }>('{ me { preferredLanguage } }', {}, person.token))
        .data?.me.preferredLanguage;
    for (let i = 0; i < 50 && (await me()) !== 'fr'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await me()).toBe('fr');
    await page.close();
  });

  it('shows no CSP violation or page error in any of these pages', () => {
    expect(web.cspViolations()).toEqual([]);
    expect(web.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
