import { randomUUID } from 'node:crypto';
import { MemberRole, Region, UserService } from '@app/identity';
import { WaitingDigestProcessor } from '@app/moderation';
import { NotificationService } from '@app/notifications';
import { PlatformRole } from '@app/platform';
import { Disclosure } from '@app/submissions';
import {
  addMember,
  cosign,
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  createUser,
  DigestOrganisation,
  DigestWorld,
  submit,
  TestUser,
} from '@app/testing';
import { Browser, chromium, Page } from 'playwright-core';
import { Language, WebHarness } from './support/web-harness';
import { drafted } from '../e2e/support/moderation.operations';

jest.setTimeout(300_000);

/**
 * The ANONYMOUS canary on the moderator desk: an organisation name and a person name, each with a
 * unique marker, are planted on an ANONYMOUS submission waiting for moderation (with a named
 * near-duplicate that the canary organisation co-signed, anonymously), and on an approved one. A
 * moderator who is not a member works the desk — queue, item (claim, tag review, note, decision),
 * similar submissions side by side, coverage, notifications — in English and Arabic: the marker
 * appears in no page, no network response and no console message. A moderator who is a member of
 * the organisation reads only that they cannot take the item.
 */
describe('an ANONYMOUS submission stays anonymous on the moderator desk', () => {
  let web: WebHarness;
  let world: DigestWorld;
  let canary: DigestOrganisation;
  let other: DigestOrganisation;
  let insider: TestUser;
  let browser: Browser | null = null;
  const marker = randomUUID().slice(0, 8);
  const canaryOrg = `Canary Collective ${marker}`;
  const canaryPerson = `Canary Person ${marker}`;
  const ids = { anonymous: '', copy: '' };
  const TEXT = {
    title: 'Independent oversight of cross-border data requests',
    summary: 'Every cross-border production order should be authorised by an independent judge and notified.',
    body:
      'Cross-border production orders reach journalists, lawyers and defenders. Each order should be authorised ' +
      'by an independent judge, limited in time, and notified to the person concerned once the investigation allows.',
  };

  beforeAll(async () => {
    web = await WebHarness.start();
    world = await createDigestWorld(web.plenary);
    canary = await createDigestOrganisation(world, { region: Region.AG, name: canaryOrg, adminName: canaryPerson });
    other = await createDigestOrganisation(world, { region: Region.APG, name: 'Manila Open Data Forum' });
    const anonymous = await drafted(web.plenary, canary, world.roundIds[Region.AG], {
      disclosure: Disclosure.ANONYMOUS,
      text: TEXT,
    });
    ids.anonymous = (await submit(web.plenary, canary.admin.token, anonymous)).id;
    // A near-duplicate by another organisation, co-signed by the canary organisation anonymously.
    const copy = await drafted(web.plenary, other, world.roundIds[Region.APG], {
      disclosure: Disclosure.NAMED,
      text: { ...TEXT, title: `${TEXT.title} (regional version)` },
    });
    await cosign(
      web.plenary,
      { submitter: other.admin.token, cosignerAdmin: canary.admin.token },
      { submissionId: copy.id, organisationId: canary.id, disclosure: Disclosure.ANONYMOUS },
    );
    const { data } = await web.plenary.gql<{ submission: { version: number } }>(
      'query($id: ID!) { submission(id: $id) { version } }',
      { id: copy.id },
      other.admin.token,
    );
    ids.copy = (await submit(web.plenary, other.admin.token, { id: copy.id, version: data!.submission.version })).id;
    await createApprovedSubmission(world, canary, {
      title: 'Remedies for people whose data was wrongly disclosed',
      disclosure: Disclosure.ANONYMOUS,
      language: 'en',
    });
    // A moderator who belongs to the canary organisation.
    insider = await createUser(web.plenary, { roles: [PlatformRole.MODERATOR], name: 'Insider Moderator' });
    await addMember(web.plenary, canary.id, insider.user.id, MemberRole.MEMBER);
    await new WaitingDigestProcessor(
      web.plenary.dataSource,
      web.plenary.get(NotificationService),
      web.plenary.get(UserService),
      web.plenary.config,
    ).handle();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function clean(page: Page, label: string): Promise<void> {
    expect({ label, text: (await page.locator('body').innerText()).includes(marker) }).toEqual({ label, text: false });
    expect({ label, html: (await page.content()).includes(marker) }).toEqual({ label, html: false });
    await web.expectAccessible(page, label);
  }

  async function work(lang: Language): Promise<void> {
    const page = await web.newPage(lang);
    await web.login(page, { email: world.moderator.email }, '/moderation');
    await page.locator('.queue-item').nth(1).waitFor();
    await clean(page, `queue (${lang})`);
    await web.goto(page, '/moderation?similar=1');
    await page.locator('.queue-item').nth(1).waitFor();
    await clean(page, `queue, has similar (${lang})`);

    await web.goto(page, `/moderation/items/${ids.anonymous}`);
    await page.locator('.similar__item').first().waitFor();
    await clean(page, `anonymous item (${lang})`);
    await page.keyboard.press('c');
    await page.locator('.claim[data-lease="mine"]').waitFor();
    await page.keyboard.press('n');
    await page.keyboard.type(`Checked by the ${lang} moderator.`);
    await page.keyboard.press('Control+Enter');
    await page.locator('.note', { hasText: `Checked by the ${lang} moderator.` }).waitFor();
    await clean(page, `anonymous item, claimed, with a note (${lang})`);
    // Leave the note field (Esc), then release (u).
    await page.keyboard.press('Escape');
    await page.keyboard.press('u');
    await page.locator('.claim[data-lease="free"]').waitFor();

    await web.goto(page, `/moderation/items/${ids.copy}`);
    await page.locator('.similar__item').first().waitFor();
    await clean(page, `near-duplicate co-signed anonymously (${lang})`);

    for (const [from, to] of [
      [ids.anonymous, ids.copy],
      [ids.copy, ids.anonymous],
    ]) {
      await web.goto(page, `/moderation/items/${from}/similar?with=${to}`);
      await page.locator('.compare__text mark').first().waitFor();
      expect(await page.locator('[data-testid="similar-score"]').textContent()).toMatch(/\d/);
      await clean(page, `similar side by side (${lang})`);
    }
    await web.screenshot(page, 'similar');

    await web.goto(page, '/moderation/coverage');
    await page.locator('[data-testid="coverage-table"]').waitFor();
    await clean(page, `coverage (${lang})`);
    await web.goto(page, '/moderation?status=APPROVED');
    await page.locator('.queue-item').first().waitFor();
    await clean(page, `approved, read-only (${lang})`);

    await web.goto(page, '/workspace/notifications');
    await page.locator('.card').first().waitFor();
    await clean(page, `notifications (${lang})`);
    await page.close();
  }

  it('names nobody in English', async () => {
    await work('en');
  });

  it('names nobody in Arabic, and the moderator decides it without learning who wrote it', async () => {
    await work('ar');
    const page = await web.newPage('en');
    await web.login(page, { email: world.moderator.email }, `/moderation/items/${ids.anonymous}`);
    await page.locator('.claim[data-lease="free"]').waitFor();
    await page.keyboard.press('c');
    await page.locator('.claim[data-lease="mine"]').waitFor();
    for (const key of ['g', 'h', 's']) await page.keyboard.press(key);
    await page.locator('[data-testid="review-status"]', { hasText: 'The review is recorded.' }).waitFor();
    await page.keyboard.press('a');
    await page.waitForFunction(() => document.activeElement?.id === 'decision-submit');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== `/moderation/items/${ids.anonymous}`);
    await web.goto(page, `/moderation/items/${ids.anonymous}`);
    await page.locator('[data-testid="item-status"]', { hasText: 'Approved' }).waitFor();
    await clean(page, 'anonymous item, approved (en)');
    await page.close();
  });

  it('left the names in no network response and no console message', async () => {
    expect(web.responses.length).toBeGreaterThan(50);
    const bodies = await Promise.all(web.responses.map(async (r) => `${r.url}\n${await r.text}`));
    expect(bodies.filter((b) => b.includes(marker))).toEqual([]);
    expect(web.console.filter((l) => l.includes(marker))).toEqual([]);
    expect(web.cspViolations()).toEqual([]);
  });

  it('tells a moderator of the submitting organisation only that they cannot take it', async () => {
    // In a browser of its own: this moderator may see their own organisation's name.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    const page = await (await browser.newContext({ baseURL: web.plenary.url, locale: 'en-GB' })).newPage();
    await web.login(page, { email: insider.email }, '/moderation');
    await page.locator('.queue-item').first().waitFor();
    // Not in their queue…
    expect(await page.locator('.queue-item__link').allTextContents()).not.toContain(TEXT.title);
    // …and by its address, only that someone else will take it.
    for (const path of [`/moderation/items/${ids.anonymous}`, `/moderation/items/${ids.anonymous}/similar`]) {
      await web.goto(page, path);
      await page.locator('main h1', { hasText: 'You cannot take this item' }).waitFor();
      const text = await page.locator('main').innerText();
      expect(text).toContain('Another moderator will.');
      expect(text).not.toContain(TEXT.title);
      expect(text).not.toContain(TEXT.summary);
      expect(await page.locator('#claim-button').count()).toBe(0);
      await web.expectAccessible(page, `cannot take (${path})`);
    }
  });
});
