import { Region } from '@app/identity';
import { Clock } from '@app/platform';
import { createSessionAndOpenRound, createStaff } from '@app/testing';
import { WebHarness } from './support/web-harness';

jest.setTimeout(120_000);

/** The public home page, in English and in Arabic: sessions, rounds open now per region, deadlines. */
describe('home page (public)', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
    const staff = await createStaff(web.plenary);
    const now = web.plenary.get(Clock).now().getTime();
    const { sessionId } = await createSessionAndOpenRound(web.plenary, staff.token, {
      region: Region.AG,
      title: 'Safeguards for journalists and defenders',
    });
    await createSessionAndOpenRound(web.plenary, staff.token, {
      region: Region.GRULAC,
      sessionId,
      title: 'Cross-border access to data',
      closesAt: new Date(now + 30 * 3600 * 1000),
    });
  });
  afterAll(() => web.close());

  it('shows the rounds open now per region, with deadlines and a countdown near the end (English)', async () => {
    const page = await web.newPage('en');
    await web.goto(page, '/');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'ltr',
    ]);
    await page.getByRole('link', { name: 'Safeguards for journalists and defenders' }).waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Civil society in treaty negotiations');
    expect(await page.getByRole('heading', { name: 'African Group' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Latin American and Caribbean Group' }).count()).toBe(1);
    const soon = page.locator('.card', { hasText: 'Cross-border access to data' });
    expect(await soon.locator('.deadline').textContent()).toMatch(/your time .* UTC\)/);
    expect(await soon.locator('.deadline__countdown').textContent()).toMatch(/(29|30) hours \d+ minutes? left/);
    // A week away: no countdown.
    expect(await page.locator('.card', { hasText: 'Safeguards' }).locator('.deadline__countdown').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Negotiating sessions' }).count()).toBe(1);
    // Landmarks, the skip link and the language switcher.
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const)
      expect(await page.getByRole(role).count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('link', { name: 'Skip to main content' }).count()).toBe(1);
    expect(await page.getByLabel('Language').inputValue()).toBe('en');
    // Anonymous: no workspace, moderation or staff entries.
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual([
      'Home',
      'Sessions',
      'Digests',
      'Provisions',
      'Programme',
      'Publications',
    ]);
    await web.expectAccessible(page, 'home (en)');
    await web.screenshot(page, 'home');
    await page.close();
  });

  it('is right to left in Arabic, with every text in Arabic', async () => {
    const page = await web.newPage('ar');
    await web.goto(page, '/');
    await page.getByRole('link', { name: 'Cross-border access to data' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    expect(await page.locator('main h1').textContent()).toBe('المجتمع المدني في مفاوضات المعاهدات');
    expect(await page.getByRole('heading', { name: 'مجموعة الدول الأفريقية' }).count()).toBe(1);
    expect(await page.locator('.deadline__countdown').first().textContent()).toContain('متبقٍّ');
    // The layout flips: the site name sits on the right of the header.
    const box = await page.locator('.site-header__name').boundingBox();
    expect(box!.x).toBeGreaterThan(640);
    await web.expectAccessible(page, 'home (ar)');
    await web.screenshot(page, 'home');
    await page.close();
  });

  it('switches language from the header, loading only that catalogue, and remembers it', async () => {
    const page = await web.newPage('en');
    await web.goto(page, '/');
    const catalogues: string[] = [];
    page.on('request', (req) => {
      const name = req.url().split('/').pop() ?? '';
      if (/^(en|fr|es|ar|zh|ru)-[\w-]+\.js$/.test(name)) catalogues.push(name.slice(0, 2));
    });
    await page.getByLabel('Language').selectOption('zh');
    await page.locator('main h1', { hasText: '民间社会参与条约谈判' }).waitFor();
    expect(catalogues).toEqual(['zh']);
    await page.reload();
    await page.locator('main h1', { hasText: '民间社会参与条约谈判' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    await page.getByRole('link', { name: 'Cross-border access to data' }).waitFor();
    await web.screenshot(page, 'home');
    await page.close();
  });

  it('serves the Arabic and Chinese fonts itself, only to pages in those scripts, in slices', async () => {
    const fontsFor = async (lang: 'en' | 'ar' | 'zh'): Promise<string[]> => {
      const page = await web.newPage(lang);
      const fonts: string[] = [];
      page.on('request', (req) => {
        if (req.resourceType() === 'font') fonts.push(req.url());
      });
      await web.goto(page, '/');
      await page.locator('main h1').waitFor();
      await page.evaluate(() => document.fonts.ready);
      const family = lang === 'zh' ? 'Noto Sans SC' : 'Noto Naskh Arabic';
      const sample = lang === 'zh' ? '民间社会' : 'المجتمع المدني';
      const rendered = await page.evaluate(([f, t]) => document.fonts.check(`16px "${f}"`, t), [family, sample]);
      if (lang !== 'en') expect(rendered).toBe(true);
      await page.close();
      return fonts;
    };
    expect(await fontsFor('en')).toEqual([]);
    const arabic = await fontsFor('ar');
    expect(arabic.length).toBeGreaterThan(0);
    for (const url of arabic)
      expect(url).toMatch(
        new RegExp(`^${web.plenary.url}/assets/noto-naskh-arabic-arabic-\\d00-normal-[\\w-]+\\.woff2$`),
      );
    const chinese = await fontsFor('zh');
    expect(chinese.length).toBeGreaterThan(0);
    // The home page's characters need a few of the font's ~100 slices, not the whole font.
    expect(chinese.length).toBeLessThan(40);
    for (const url of chinese)
      expect(url).toMatch(new RegExp(`^${web.plenary.url}/assets/noto-sans-sc-[\\w-]+?-\\d00-normal-[\\w-]+\\.woff2$`));
  });

  it('runs under the strict Content-Security-Policy without a violation or a page error', () => {
    expect(web.cspViolations()).toEqual([]);
    expect(web.console.filter((l) => l.startsWith('pageerror') || l.startsWith('error'))).toEqual([]);
  });
});
