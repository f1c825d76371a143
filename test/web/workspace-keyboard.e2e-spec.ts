import { Region } from '@app/identity';
import { createOrganisation, createSessionAndOpenRound, createStaff, createUser, TestUser } from '@app/testing';
import { Page } from 'playwright-core';
import { focusRing, WebHarness } from './support/web-harness';

jest.setTimeout(180_000);

/**
 * The submission journey without a mouse: from the organisation page to the confirmation with
 * Tab, Shift+Tab, Enter, Space and the arrow keys only — every control reachable, each with a
 * visible focus ring — in English and in Arabic (right to left, where the arrow keys follow the
 * reading direction).
 */
describe('submitting with the keyboard alone', () => {
  let web: WebHarness;
  let member: TestUser;
  let orgId: string;

  beforeAll(async () => {
    web = await WebHarness.start({ worker: false });
    const staff = await createStaff(web.plenary);
    member = await createUser(web.plenary, { name: 'Layla Haddad' });
    ({ id: orgId } = await createOrganisation(web.plenary, member, { name: 'Nairobi Open Net', country: 'KE' }));
    await createSessionAndOpenRound(web.plenary, staff.token, { region: Region.AG, title: 'Keyboard round' });
  });
  afterAll(() => web.close());

  /** What the focused element must be (checked inside the page, so plain data only). */
  interface Target {
    id?: string;
    startsWith?: string;
    tag?: string;
    radio?: boolean;
  }

  /** Presses Tab until the focused element matches; fails if it never does. */
  async function tabTo(page: Page, target: Target, what: string, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const matched = await page.evaluate((t: Target) => {
        const el = document.activeElement;
        if (!el) return false;
        const text = (el.textContent ?? '').trim();
        if (t.id !== undefined && el.id !== t.id) return false;
        if (t.startsWith !== undefined && !text.startsWith(t.startsWith)) return false;
        if (t.tag !== undefined && el.tagName !== t.tag) return false;
        if (t.radio && !(el instanceof HTMLInputElement && el.type === 'radio')) return false;
        return true;
      }, target);
      if (matched) {
        const ring = await focusRing(page);
        if (!/^solid [1-9]/.test(ring.outline) && ring.shadow === 'none')
          throw new Error(`${what} has no visible focus ring (${ring.outline})`);
        return;
      }
    }
    throw new Error(`${what} was not reached with Tab`);
  }
  const byId = (id: string): Target => ({ id });
  const byText = (text: string): Target => ({ startsWith: text });

  const TEXT = {
    en: {
      start: 'Start a submission',
      title: 'Keyboard-only safeguards',
      summary: 'Everything here was typed without a mouse.',
      body: 'Article 24 needs judicial oversight and notice.',
      check: 'Check your answers',
      submit: 'Submit',
      sent: 'Submission sent',
    },
    ar: {
      start: 'ابدأ مساهمة',
      title: 'ضمانات بلوحة المفاتيح فقط',
      summary: 'كُتب كل شيء هنا من دون فأرة.',
      body: 'تحتاج المادة 24 إلى رقابة قضائية وإخطار.',
      check: 'راجع إجاباتك',
      submit: 'قدِّم',
      sent: 'أُرسلت المساهمة',
    },
  } as const;

  for (const lang of ['en', 'ar'] as const) {
    it(`goes from the organisation page to the confirmation with the keyboard only (${lang})`, async () => {
      const t = TEXT[lang];
      const page = await web.newPage(lang);
      await web.login(page, { email: member.email }, `/workspace/organisations/${orgId}`);
      await page.locator('main h1', { hasText: 'Nairobi Open Net' }).waitFor();
      // Start from the top of the page, as after a fresh load.
      await page.reload();
      await page.locator('main h1').waitFor();

      await tabTo(page, byText(t.start), 'start a submission');
      await page.keyboard.press('Enter');
      await page.locator('#editor-title').waitFor();

      await tabTo(page, byId('editor-title'), 'title');
      await page.keyboard.type(t.title);
      await tabTo(page, byId('editor-summary'), 'summary');
      await page.keyboard.type(t.summary);
      await tabTo(page, byId('editor-body'), 'body');
      await page.keyboard.type(t.body);

      // The disclosure: Tab into the radio group, then arrow keys choose (Region only is second).
      await tabTo(page, { radio: true }, 'disclosure options');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await page
        .locator('.disclosure-table caption', { hasText: lang === 'ar' ? 'المنطقة فقط' : 'Region only' })
        .waitFor();

      // Saved to Plenary (the URL gets the submission's id), then on to check your answers.
      await page.waitForURL(/\/workspace\/submissions\/[0-9a-f-]{36}$/, { timeout: 20_000 });
      await page
        .locator('.save-status[data-status="saved"], .save-status[data-status="idle"]')
        .waitFor({ timeout: 30_000 });
      // Typing went on in the same editor: focus is still on the disclosure options.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
      await tabTo(page, byText(t.check), 'check your answers');
      await page.keyboard.press('Enter');
      await page
        .locator('main h1', { hasText: lang === 'ar' ? 'راجع إجاباتك قبل التقديم' : 'Check your answers' })
        .waitFor();
      await web.expectAccessible(page, `check your answers, keyboard (${lang})`);

      await tabTo(page, { tag: 'BUTTON', startsWith: t.submit }, 'submit');
      await page.keyboard.press('Enter');
      await page.locator('main h1', { hasText: t.sent }).waitFor();
      expect(await page.locator('.panel__reference').textContent()).toContain(lang === 'ar' ? '1' : 'Version 1');
      await web.expectAccessible(page, `confirmation, keyboard (${lang})`);
      await web.screenshot(page, 'keyboard-confirmation');
      await page.close();
    });
  }
});
