import { randomUUID } from 'node:crypto';
import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import {
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  DigestWorld,
  TEST_PASSWORD,
  TestUser,
} from '@app/testing';
import { Language, WebHarness } from './support/web-harness';

jest.setTimeout(300_000);

/**
 * The ANONYMOUS canary: a unique organisation name and person name planted on an ANONYMOUS approved
 * submission in Arabic must appear in no page text, no network response body and no console
 * message while the public, another organisation's member and a moderator browse the public pages
 * (home, sessions, the session, the round with its filters and search, the submission, provisions).
 */
describe('an ANONYMOUS submission stays anonymous on the public pages', () => {
  let web: WebHarness;
  let world: DigestWorld;
  let submissionId = '';
  let otherMember: TestUser;
  const marker = randomUUID().slice(0, 8);
  const canaryOrg = `منظمة الكناري ${marker} Canary Org`;
  const canaryPerson = `Canary Person ${marker}`;

  beforeAll(async () => {
    web = await WebHarness.start();
    world = await createDigestWorld(web.plenary);
    const canary = await createDigestOrganisation(world, {
      region: Region.AG,
      name: canaryOrg,
      adminName: canaryPerson,
    });
    const other = await createDigestOrganisation(world, { region: Region.APG, name: 'Manila Open Data Forum' });
    otherMember = other.admin;
    submissionId = (
      await createApprovedSubmission(world, canary, {
        title: 'حماية الناشطات من الملاحقة',
        summary: 'ضمانات للناشطات والمدافعات عن حقوق الإنسان.',
        body: 'نطالب بضمانات **قوية** تحمي الناشطات من الملاحقة بموجب الاتفاقية.',
        language: 'ar',
        disclosure: Disclosure.ANONYMOUS,
        provisionIds: ['article-6'],
      })
    ).id;
    await createApprovedSubmission(world, other, {
      title: 'Open data and cybercrime law',
      provisionIds: ['article-6'],
    });
  }, 300_000);
  afterAll(() => web?.close());

  async function browse(lang: Language, who: 'public' | TestUser): Promise<void> {
    const page = await web.newPage(lang);
    if (who !== 'public') await web.login(page, { email: who.email, password: TEST_PASSWORD });
    const round = `/rounds/${world.roundIds[Region.AG]}`;
    for (const [path, ready] of [
      ['/', 'main h1'],
      ['/sessions', '.card'],
      [`/sessions/${world.sessionId}`, '.card'],
      [round, '.submissions .card'],
      [`${round}?language=ar`, '.submissions .card'],
      [`${round}?q=${encodeURIComponent('الناشطات')}`, '.submissions .card'],
      [`/submissions/${submissionId}`, '.submission__body'],
      ['/provisions/article-6', '.submissions .card'],
    ] as const) {
      await web.goto(page, path);
      await page.locator(ready).first().waitFor();
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(marker);
      const html = await page.content();
      expect(html).not.toContain(marker);
    }
    // The submission page says where it comes from without naming anyone.
    await web.goto(page, `/submissions/${submissionId}`);
    await page.locator('.submission__attribution').waitFor();
    expect(await page.locator('.submission__attribution').textContent()).not.toContain(marker);
    await web.expectAccessible(page, `anonymous submission (${lang})`);
    await page.close();
  }

  it('is not named to the public (English and Arabic)', async () => {
    await browse('en', 'public');
    await browse('ar', 'public');
  });

  it('is not named to a member of another organisation', async () => {
    await browse('ar', otherMember);
  });

  it('is not named to a moderator browsing the public pages', async () => {
    await browse('en', world.moderator);
  });

  it('left the names in no network response and no console message', async () => {
    expect(web.responses.length).toBeGreaterThan(20);
    const bodies = await Promise.all(web.responses.map(async (r) => `${r.url}\n${await r.text}`));
    expect(bodies.filter((b) => b.includes(marker))).toEqual([]);
    expect(web.console.filter((l) => l.includes(marker))).toEqual([]);
  });
});
