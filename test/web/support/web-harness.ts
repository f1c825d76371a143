/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: DOM types for them.)
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { TEST_PASSWORD, TestPlenary, TestPlenaryOptions } from '@app/testing';
import { BrowserContext, chromium, ConsoleMessage, Page, Response } from 'playwright-core';

/**
 * Browser journeys: a TestPlenary (api on a real PostgreSQL + Redis, its own database) serving the
 * built web client, and Debian's Chromium driven by playwright-core (no browser download). One
 * harness per spec file:
 *
 *   const web = await WebHarness.start({ worker: true });
 *   const page = await web.newPage('ar');
 *   await web.goto(page, '/');
 *   await web.expectAccessible(page, 'home');   // axe: no serious/critical violations
 *   await web.screenshot(page, 'home');        // test/web/screenshots/<spec>/home-ar.png
 *   ...
 *   await web.close();
 */
const ROOT = resolve(__dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Language = 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru';

export interface CapturedResponse {
  url: string;
  status: number;
  contentType: string;
  /** The body as text ('' for binary or unreadable bodies). */
  text: Promise<string>;
}

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export class WebHarness {
  /** Every response any page of this harness received (for leak scans). */
  readonly responses: CapturedResponse[] = [];
  /** Every console message and page error, as text. */
  readonly console: string[] = [];

  private constructor(
    readonly plenary: TestPlenary,
    readonly context: BrowserContext,
    private readonly userDataDir: string,
    private readonly spec: string,
  ) {}

  /** `spec`: a name for the screenshots folder (default: the spec file's name). */
  static async start(options: TestPlenaryOptions & { worker?: boolean; spec?: string } = {}): Promise<WebHarness> {
    // Built by `npm test` (pretest); this covers `npx jest test/web/…` on its own.
    execSync('node apps/web/scripts/ensure-built.mjs', { cwd: ROOT, stdio: 'inherit' });
    // Trusted documents required, as in production: every page must work with names only.
    const plenary = await TestPlenary.start({
      ...options,
      api: { WEB_DIR: join(ROOT, 'dist/web'), TRUSTED_DOCUMENTS: 'on', ...options.api },
    });
    if (options.worker) await plenary.startWorker();
    const userDataDir = mkdtempSync(join(tmpdir(), 'plenary-chromium-'));
    try {
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1280, height: 900 },
        locale: 'en-GB',
        timezoneId: 'Europe/Vienna',
        baseURL: plenary.url,
      });
      const spec =
        options.spec ??
        (expect.getState().testPath ?? 'spec')
          .split('/')
          .pop()!
          .replace(/\.e2e-spec\.ts$/, '');
      const harness = new WebHarness(plenary, context, userDataDir, spec);
      context.on('response', (res) => harness.capture(res));
      context.on('console', (msg: ConsoleMessage) => harness.console.push(`${msg.type()}: ${msg.text()}`));
      // Chromium opens one blank page with a persistent context; tests use their own.
      await Promise.all(context.pages().map((p) => p.close()));
      return harness;
    } catch (error) {
      await plenary.close();
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    }
  }

  private capture(res: Response): void {
    const contentType = res.headers()['content-type'] ?? '';
    const textual = /text|json|javascript|xml|csv|markdown/.test(contentType);
    this.responses.push({
      url: res.url(),
      status: res.status(),
      contentType,
      text: textual ? res.text().catch(() => '') : Promise.resolve(''),
    });
  }

  /**
   * A new tab whose interface language is `lang` (set before the app starts, as a returning
   * visitor's stored choice would be). Page errors are collected with the console.
   */
  async newPage(lang: Language = 'en'): Promise<Page> {
    const page = await this.context.newPage();
    await page.addInitScript((language: string) => {
      if (!sessionStorage.getItem('plenary.test.language')) {
        sessionStorage.setItem('plenary.test.language', language);
        localStorage.setItem('plenary.language', language);
      }
    }, lang);
    page.on('pageerror', (error) => this.console.push(`pageerror: ${error.message}`));
    return page;
  }

  /** Opens a path and waits until the page's main heading is there. */
  async goto(page: Page, path: string): Promise<void> {
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
  }

  /** Logs in through the login page, as a person would, and waits for the logged-in header. */
  async login(page: Page, user: { email: string; password?: string }, next = '/'): Promise<void> {
    await this.goto(page, `/login?next=${encodeURIComponent(next)}`);
    await page.locator('#login-email').fill(user.email);
    await page.locator('#login-password').fill(user.password ?? TEST_PASSWORD);
    await page.locator('main button[type=submit]').click();
    await page.locator('.site-header__who').waitFor();
  }

  /** axe-core on the page as it is now: fails listing every serious or critical violation. */
  async expectAccessible(page: Page, label: string): Promise<void> {
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const problems: AxeProblem[] = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    if (problems.length > 0)
      throw new Error(
        `axe found ${problems.length} serious/critical problem(s) on ${label}:\n` +
          problems.map((p) => `- [${p.impact}] ${p.id}: ${p.help}\n    ${p.targets.join('\n    ')}`).join('\n'),
      );
  }

  /** A full-page PNG under test/web/screenshots/<spec>/<name>-<lang>.png (gitignored). */
  async screenshot(page: Page, name: string): Promise<string> {
    const lang = await page.evaluate(() => document.documentElement.lang);
    const dir = join(ROOT, 'test/web/screenshots', this.spec);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name}-${lang}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  }

  /** Console lines reporting a Content-Security-Policy violation (there must be none). */
  cspViolations(): string[] {
    return this.console.filter((line) => /Content Security Policy/i.test(line));
  }

  async close(): Promise<void> {
    try {
      await this.context.close();
    } finally {
      rmSync(this.userDataDir, { recursive: true, force: true });
      await this.plenary.close();
    }
  }
}

/** The outline a focused element shows (the focus ring must be visible). */
export function focusRing(
  page: Page,
): Promise<{ tag: string; id: string; text: string; outline: string; shadow: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      shadow: style.boxShadow,
    };
  });
}
