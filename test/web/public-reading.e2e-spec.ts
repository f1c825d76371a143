import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import {
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  DigestWorld,
  requestDigest,
  waitForDigest,
} from '@app/testing';
import type { Page } from 'playwright-core';
import { WebHarness } from './support/web-harness';

jest.setTimeout(300_000);

/**
 * The public reads a round: guiding questions and dates, filters by language and provision, a
 * full-text search, opens a submission (the Arabic one right to left inside an English page) and
 * downloads a published digest. Every page visited is checked with axe in English and Arabic.
 */
describe('the public reads a round and downloads a digest', () => {
  let web: WebHarness;
  let world: DigestWorld;
  const ids = { en: '', ar: '', fr: '' };

  beforeAll(async () => {
    web = await WebHarness.start({ worker: true });
    world = await createDigestWorld(web.plenary, { sessionTitle: 'Second session of the Conference' });
    const nairobi = await createDigestOrganisation(world, { region: Region.AG, name: 'Nairobi Press Freedom Hub' });
    const cairo = await createDigestOrganisation(world, { region: Region.AG, name: 'Cairo Digital Rights Lab' });
    ids.en = (
      await createApprovedSubmission(world, nairobi, {
        title: 'Shield journalists from cross-border production orders',
        summary: 'Production orders must not unmask sources.',
        body: 'Journalists and their sources need **prior judicial authorisation** before any order.',
        provisionIds: ['article-23'],
      })
    ).id;
    ids.ar = (
      await createApprovedSubmission(world, cairo, {
        title: 'حماية المبلغين عن المخالفات',
        summary: 'ضمانات واضحة للمبلغين.',
        body: 'يجب أن تتضمن الاتفاقية **ضمانات واضحة** لحماية المبلغين عن المخالفات.',
        language: 'ar',
        disclosure: Disclosure.REGION_ONLY,
        provisionIds: ['article-6'],
      })
    ).id;
    ids.fr = (
      await createApprovedSubmission(world, nairobi, {
        title: 'Protéger les défenseurs en ligne',
        summary: 'Des définitions étroites des infractions.',
        body: 'Les infractions de contenu doivent être strictement définies.',
        language: 'fr',
        provisionIds: ['article-6'],
      })
    ).id;
    const requested = await requestDigest(web.plenary, world.staff.token, world.sessionId, 'PUBLIC');
    const digest = await waitForDigest(web.plenary, world.staff.token, requested.data!.compileDigest.id, 240_000);
    const published = await web.plenary.gql(
      'mutation($id: ID!) { publishDigest(id: $id) { id } }',
      { id: digest.id },
      world.staff.token,
    );
    expect(published.errors).toBeUndefined();
  }, 300_000);
  afterAll(() => web?.close());

  const titles = async (page: Page): Promise<string[]> =>
    (await page.locator('.submissions .card__title').allTextContents()).sort();
  const waitForTitles = async (page: Page, expected: string[]): Promise<void> => {
    await page.waitForFunction(
      (want) =>
        JSON.stringify(
          Array.from(document.querySelectorAll('.submissions .card__title'))
            .map((e) => e.textContent)
            .sort(),
        ) === JSON.stringify(want),
      [...expected].sort(),
    );
  };

  it('reads the round, filters, searches and opens the Arabic submission right to left (English)', async () => {
    const page = await web.newPage('en');
    await web.goto(page, `/rounds/${world.roundIds[Region.AG]}`);
    await page.locator('.submissions .card').first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe('AG consultation');
    expect(await page.locator('.facts').textContent()).toMatch(/UTC time — .* your time/);
    expect(await titles(page)).toHaveLength(3);
    await web.expectAccessible(page, 'round (en)');
    await web.screenshot(page, 'round');

    // Filter by language: only the Arabic one; the URL carries the filter.
    await page.locator('#filter-language').selectOption('ar');
    await waitForTitles(page, ['حماية المبلغين عن المخالفات']);
    expect(page.url()).toContain('language=ar');
    await page.locator('#filter-language').selectOption('');
    // Filter by provision: the two citing Article 6.
    await page.locator('#filter-provision').selectOption('article-6');
    await waitForTitles(page, ['حماية المبلغين عن المخالفات', 'Protéger les défenseurs en ligne']);
    await page.locator('#filter-provision').selectOption('');
    // Full-text search.
    await page.locator('#filter-search').fill('journalists');
    await page.locator('#filter-search').press('Enter');
    await waitForTitles(page, ['Shield journalists from cross-border production orders']);
    expect(page.url()).toContain('q=journalists');
    await page.locator('#filter-search').fill('');
    await page.locator('#filter-search').press('Enter');
    await waitForTitles(page, [
      'Shield journalists from cross-border production orders',
      'حماية المبلغين عن المخالفات',
      'Protéger les défenseurs en ligne',
    ]);

    // Open the Arabic submission: its text is right to left inside the English page.
    await page.getByRole('link', { name: 'حماية المبلغين عن المخالفات' }).click();
    await page.locator('.submission__body').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.locator('.submission__body').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.submission__body').getAttribute('lang')).toBe('ar');
    expect(await page.locator('.submission__body strong').textContent()).toBe('ضمانات واضحة');
    // REGION_ONLY: the public sees the region, not the organisation.
    expect(await page.locator('.submission__attribution').textContent()).not.toContain('Cairo');
    expect(await page.locator('main').textContent()).not.toContain('Cairo Digital Rights Lab');
    expect(await page.locator('main').textContent()).toContain('Article 6');
    await web.expectAccessible(page, 'submission (en)');
    await web.screenshot(page, 'submission-ar-text');

    // The English one, named.
    await web.goto(page, `/submissions/${ids.en}`);
    await page.locator('.submission__body').waitFor();
    expect(await page.locator('.submission__attribution').textContent()).toBe('Nairobi Press Freedom Hub');
    await web.screenshot(page, 'submission');
    await page.close();
  });

  it('lists the published digest with its six downloads, sizes and hashes; a download answers 200', async () => {
    const page = await web.newPage('en');
    await web.goto(page, '/digests');
    await page.locator('table.downloads').first().waitFor();
    const links = page.locator('table.downloads a');
    expect(await links.count()).toBe(6);
    expect(await page.locator('table.downloads code.hash').first().textContent()).toMatch(/^[0-9a-f]{64}$/);
    await web.expectAccessible(page, 'digests (en)');
    await web.screenshot(page, 'digests');
    const expected: Record<string, RegExp> = {
      json: /application\/json/,
      pdf: /application\/pdf/,
      csv: /text\/csv/,
    };
    for (const [format, type] of Object.entries(expected)) {
      const href = await page.locator(`table.downloads a[href$="/files/${format}"]`).getAttribute('href');
      const res = await page.request.get(href!);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toMatch(type);
    }
    // The session page shows the same versions.
    await web.goto(page, `/sessions/${world.sessionId}`);
    await page.locator('table.downloads').first().waitFor();
    await web.expectAccessible(page, 'session (en)');
    await page.close();
  });

  it('is right to left in Arabic on every public page, with no serious accessibility problem', async () => {
    const page = await web.newPage('ar');
    for (const [path, label, ready] of [
      [`/rounds/${world.roundIds[Region.AG]}`, 'round', '.submissions .card'],
      [`/submissions/${ids.ar}`, 'submission', '.submission__body'],
      [`/sessions/${world.sessionId}`, 'session', 'table.downloads'],
      ['/sessions', 'sessions', '.card'],
      ['/digests', 'digests', 'table.downloads'],
      ['/provisions', 'provisions', '.provision-list a'],
      ['/provisions/article-6', 'provision', '.submissions .card'],
    ] as const) {
      await web.goto(page, path);
      await page.locator(ready).first().waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        'ar',
        'rtl',
      ]);
      await web.expectAccessible(page, `${label} (ar)`);
      if (label === 'round' || label === 'submission') await web.screenshot(page, label);
    }
    expect(await page.locator('main h1').textContent()).toContain('المادة 6');
    // The French submission stays left to right inside the Arabic page.
    await web.goto(page, `/submissions/${ids.fr}`);
    expect(await page.locator('.submission__body').getAttribute('dir')).toBe('ltr');
    await page.close();
  });

  it('visits the English provisions pages accessibly, and meets no CSP violation or page error', async () => {
    const page = await web.newPage('en');
    await web.goto(page, '/provisions');
    await page.locator('.provision-list a').first().waitFor();
    await web.expectAccessible(page, 'provisions (en)');
    await page.getByRole('link', { name: 'Article 23: Scope of procedural measures' }).click();
    await waitForTitles(page, ['Shield journalists from cross-border production orders']);
    await web.expectAccessible(page, 'provision (en)');
    await web.goto(page, '/sessions');
    await web.expectAccessible(page, 'sessions (en)');
    await page.close();
    expect(web.cspViolations()).toEqual([]);
    expect(web.console.filter((l) => l.startsWith('pageerror') || l.startsWith('error'))).toEqual([]);
  });
});
