import { Region } from '@app/identity';
import { PlatformRole } from '@app/platform';
import {
  createDigestOrganisation,
  createDigestWorld,
  createUser,
  DigestOrganisation,
  DigestWorld,
  submit,
  TestUser,
} from '@app/testing';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { WebHarness } from './support/web-harness';
import { CLAIM, dataOf, drafted, SET_TAGS, uniqueText } from '../e2e/support/moderation.operations';

jest.setTimeout(300_000);

/**
 * Races on the moderator desk, as two moderators in two browsers meet them: both claim one item
 * at once (one wins; the other sees who holds it, until when, and cannot act); a lease that runs
 * out while the page is open says so and offers to claim again (and names whoever took the item
 * since); a decision sent with a stale expectedVersion shows what changed and keeps the message.
 * Every refusal shows the server's reason.
 */
describe('two moderators race on the desk', () => {
  let web: WebHarness;
  let world: DigestWorld;
  let org: DigestOrganisation;
  let omar: TestUser;
  let browser: Browser;
  let otherContext: BrowserContext;

  beforeAll(async () => {
    web = await WebHarness.start();
    world = await createDigestWorld(web.plenary, { moderator: { name: 'Leila Haddad', email: 'leila@example.org' } });
    omar = await createUser(web.plenary, { roles: [PlatformRole.MODERATOR], name: 'Omar Benali' });
    org = await createDigestOrganisation(world, { region: Region.AG, name: 'Haki Digital Rights Centre' });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    otherContext = await browser.newContext({
      baseURL: web.plenary.url,
      locale: 'en-GB',
      timezoneId: 'Europe/Vienna',
      viewport: { width: 1280, height: 900 },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function waiting(): Promise<string> {
    const draft = await drafted(web.plenary, org, world.roundIds[Region.AG], { text: uniqueText() });
    return (await submit(web.plenary, org.admin.token, draft)).id;
  }

  async function holderOf(id: string): Promise<string | null> {
    const res = await web.plenary.gql<{ submission: { claim: { moderator: { id: string } } | null } }>(
      'query($id: ID!) { submission(id: $id) { claim { moderator { id } } } }',
      { id },
      world.staff.token,
    );
    return dataOf(res).submission.claim?.moderator.id ?? null;
  }

  /** The lease runs out: its end moves into the past, as the clock would have moved past it. */
  async function expireLease(id: string): Promise<void> {
    await web.plenary.dataSource.query(
      `UPDATE moderation_claims SET expires_at = now() - interval '1 minute' WHERE submission_id = $1`,
      [id],
    );
  }

  const leaseOf = (page: Page) => page.locator('.claim').getAttribute('data-lease');

  it('lets one of two moderators claiming at once win; the other sees who holds it and until when, and cannot act', async () => {
    const id = await waiting();
    const leila = await web.newPage('en');
    await web.login(leila, { email: world.moderator.email }, `/moderation/items/${id}`);
    const omarPage = await otherContext.newPage();
    await web.login(omarPage, { email: omar.email }, `/moderation/items/${id}`);
    for (const page of [leila, omarPage]) await page.locator('.claim[data-lease="free"] #claim-button').waitFor();

    await Promise.all([leila.locator('#claim-button').click(), omarPage.locator('#claim-button').click()]);
    await Promise.all(
      [leila, omarPage].map((p) => p.locator('.claim[data-lease="mine"], .claim[data-lease="theirs"]').waitFor()),
    );
    const leases = [await leaseOf(leila), await leaseOf(omarPage)];
    expect(leases.sort()).toEqual(['mine', 'theirs']);
    const [winner, loser, winnerName, winnerId] =
      (await leaseOf(leila)) === 'mine'
        ? [leila, omarPage, 'Leila Haddad', world.moderator.user.id]
        : [omarPage, leila, 'Omar Benali', omar.user.id];
    expect(await holderOf(id)).toBe(winnerId);

    // The loser: the server's reason, then who holds the item and until when.
    expect(await loser.locator('.claim [role="alert"]').textContent()).toContain(
      'Another moderator is working on this submission',
    );
    expect(await loser.locator('[data-testid="claim-holder"]').textContent()).toMatch(
      new RegExp(`${winnerName} is working on this item until \\d{1,2}:\\d{2}.*\\(\\d+ minutes? left\\)`),
    );
    // …and cannot act: no claim button, every decision and the tag review say to claim first.
    expect(await loser.locator('#claim-button').count()).toBe(0);
    for (const decision of ['APPROVE', 'REQUEST_CHANGES', 'REJECT']) {
      expect(await loser.locator(`#decision-${decision}`).isDisabled()).toBe(true);
      expect(await loser.locator(`[data-testid="why-${decision}"]`).textContent()).toContain('Claim the item first');
    }
    expect(await loser.locator('#tags-save').isDisabled()).toBe(true);
    // The shortcut for claiming says who holds it rather than trying.
    await loser.keyboard.press('c');
    expect(await holderOf(id)).toBe(winnerId);
    await web.expectAccessible(loser, 'item held by another moderator (en)');
    await web.screenshot(loser, 'item-held');
    await web.expectAccessible(winner, 'item held (en)');
    await leila.close();
    await omarPage.close();
  });

  it('says when the lease ran out while the page was open, offers to claim again, and names who took it since', async () => {
    const id = await waiting();
    const leila = await web.newPage('en');
    await web.login(leila, { email: world.moderator.email }, `/moderation/items/${id}`);
    await leila.locator('.claim[data-lease="free"]').waitFor();
    await leila.keyboard.press('c');
    await leila.locator('.claim[data-lease="mine"]').waitFor();

    await expireLease(id);
    // Working on: the server refuses with its reason, and the page says the claim has ended.
    await leila.keyboard.press('g');
    await leila.keyboard.press('s');
    await leila.locator('.tags [role="alert"]', { hasText: 'Your claim on this submission has expired' }).waitFor();
    await leila.locator('[data-testid="claim-expired"]', { hasText: /Your claim ended at \d{1,2}:\d{2}/ }).waitFor();
    await web.expectAccessible(leila, 'item, lease expired (en)');
    await web.screenshot(leila, 'item-expired');
    await leila.getByRole('button', { name: 'Claim it again (c)' }).click();
    await leila.locator('.claim[data-lease="mine"]').waitFor();
    // What she ticked was kept; saving now works.
    await leila
      .locator('[data-testid="review-status"]', { hasText: 'Not saved yet: saved with your decision' })
      .waitFor();
    await leila.keyboard.press('h');
    await leila.keyboard.press('s');
    await leila.locator('[data-testid="review-status"]', { hasText: 'The review is recorded.' }).waitFor();

    // It runs out again, and Omar claims it meanwhile: Leila's page names him.
    await expireLease(id);
    dataOf(await web.plenary.gql(CLAIM, { id }, omar.token));
    await leila.keyboard.press('c');
    await leila
      .locator('[data-testid="claim-expired"]', { hasText: 'and Omar Benali has claimed the item since' })
      .waitFor();
    expect(await leila.locator('.claim [role="alert"]').last().textContent()).toContain(
      'Another moderator is working on this submission',
    );
    expect(await leila.locator('#decision-APPROVE').isDisabled()).toBe(true);
    expect(await holderOf(id)).toBe(omar.user.id);
    await leila.close();
  });

  it('shows what changed when a decision was sent on a stale version, keeping the message', async () => {
    const id = await waiting();
    const leila = await web.newPage('en');
    await web.login(leila, { email: world.moderator.email }, `/moderation/items/${id}`);
    await leila.locator('.claim[data-lease="free"]').waitFor();
    await leila.keyboard.press('c');
    await leila.locator('.claim[data-lease="mine"]').waitFor();
    await leila.keyboard.press('x');
    await leila.waitForFunction(() => document.activeElement?.id === 'decision-reasonCode');
    await leila.locator('#decision-reasonCode').selectOption('SPAM');
    const message = 'This reads as an advertisement for a product, not a position on the Convention.';
    await leila.locator('#decision-message').fill(message);

    // Meanwhile (her other tab) the tags change: the version she loaded is stale.
    const { submission } = dataOf(
      await web.plenary.gql<{ submission: { version: number } }>(
        'query($id: ID!) { submission(id: $id) { version } }',
        { id },
        world.moderator.token,
      ),
    );
    dataOf(
      await web.plenary.gql(
        SET_TAGS,
        {
          i: {
            submissionId: id,
            expectedVersion: submission.version,
            tagIds: [world.humanRightsTagId],
            noGenderConsiderations: true,
            noHumanRightsConsiderations: false,
          },
        },
        world.moderator.token,
      ),
    );

    await leila.locator('#decision-submit').click();
    const changed = leila.locator('[data-testid="what-changed"]');
    await changed.waitFor();
    const text = await changed.textContent();
    expect(text).toContain('Tags added:');
    expect(text).toContain('“No gender considerations” was ticked');
    expect(text).toContain('The tag review is now recorded');
    expect(await leila.locator('.decision [role="alert"]').textContent()).toContain(
      'changed since you loaded it; reload and try again',
    );
    // The message is kept, and the decision goes through on the current version.
    expect(await leila.locator('#decision-message').inputValue()).toBe(message);
    expect(await leila.locator('#decision-reasonCode').inputValue()).toBe('SPAM');
    await web.expectAccessible(leila, 'item, stale decision (en)');
    await web.screenshot(leila, 'item-stale');
    await leila.locator('#decision-submit').click();
    await leila.waitForURL((url) => url.pathname === '/moderation');
    const decided = dataOf(
      await web.plenary.gql<{ submission: { status: string; decisions: { message: string }[] } }>(
        'query($id: ID!) { submission(id: $id) { status decisions { message } } }',
        { id },
        world.staff.token,
      ),
    ).submission;
    expect(decided).toEqual({ status: 'REJECTED', decisions: [{ message }] });
    await leila.close();
    expect(web.cspViolations()).toEqual([]);
    expect(web.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
