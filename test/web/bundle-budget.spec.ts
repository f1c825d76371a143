import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * WEB.md's budget: the JavaScript a public page loads at first load is at most 150 KB gzipped, and
 * the workspace, moderation and staff areas are chunks of their own that public pages never load.
 * Read from the Vite manifest of the production build (npm test builds it first).
 */
const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
const KB = 1024;
/** Public pages (WEB.md): 150 KB. Add each new public page here. */
const PUBLIC_PAGES = [
  'src/areas/public/HomePage.tsx',
  'src/areas/public/NotFoundPage.tsx',
  'src/areas/public/SessionsPage.tsx',
  'src/areas/public/SessionPage.tsx',
  'src/areas/public/RoundPage.tsx',
  'src/areas/public/SubmissionPage.tsx',
  'src/areas/public/DigestsPage.tsx',
  'src/areas/public/DigestPage.tsx',
  'src/areas/public/ProvisionsPage.tsx',
  'src/areas/programme/ProgrammePage.tsx',
  'src/areas/programme/EventPage.tsx',
  'src/areas/programme/PublicationsPage.tsx',
];
/** The programme's public pages also load their layout route, which adds the area's messages (prog.*). */
const PROGRAMME_PAGES = PUBLIC_PAGES.filter((p) => p.startsWith('src/areas/programme/'));
const PROGRAMME_AREA = ['src/areas/programme/ProgrammeArea.tsx', 'src/areas/programme/catalogues/en.json'];
/**
 * Account pages carry the React Aria text fields and their own messages (areas/account/catalogues,
 * loaded by the AccountArea layout route): WEB.md gives them no figure; 170 KB is ours.
 */
const ACCOUNT_PAGES = [
  'src/areas/account/LoginPage.tsx',
  'src/areas/account/RegisterPage.tsx',
  'src/areas/account/VerifyEmailPage.tsx',
  'src/areas/account/ForgotPasswordPage.tsx',
  'src/areas/account/ResetPasswordPage.tsx',
  'src/areas/account/ProfilePage.tsx',
];
const PUBLIC_LIMIT_KB = 150;
const ACCOUNT_LIMIT_KB = 170;
/** What an account page loads besides itself: the layout route that adds the account messages. */
const ACCOUNT_AREA = ['src/areas/account/AccountArea.tsx', 'src/areas/account/catalogues/en.json'];
const BUDGETS: [string, number][] = [
  ...PUBLIC_PAGES.map((p): [string, number] => [p, PUBLIC_LIMIT_KB * KB]),
  ...ACCOUNT_PAGES.map((p): [string, number] => [p, ACCOUNT_LIMIT_KB * KB]),
];
const alsoLoaded = (page: string): string[] =>
  ACCOUNT_PAGES.includes(page) ? ACCOUNT_AREA : PROGRAMME_PAGES.includes(page) ? PROGRAMME_AREA : [];
const PRIVATE_AREAS = ['src/areas/workspace/', 'src/areas/moderation/', 'src/areas/staff/', 'src/areas/programme/staff/'];

interface Chunk {
  file: string;
  src?: string;
  imports?: string[];
  isEntry?: boolean;
}

describe('bundle budget', () => {
  let manifest: Record<string, Chunk>;
  beforeAll(() => {
    execSync('node apps/web/scripts/ensure-built.mjs', { cwd: ROOT, stdio: 'inherit' });
    manifest = JSON.parse(readFileSync(join(WEB, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  });

  /**
   * The manifest keys a page loads before it can show: the entry, the page, their static imports,
   * the English shell catalogue, and for account pages their layout route and catalogue.
   */
  function firstLoad(page: string): string[] {
    const seen = new Set<string>();
    const visit = (key: string): void => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const next of manifest[key].imports ?? []) visit(next);
    };
    visit('index.html');
    visit(page);
    visit('src/i18n/catalogues/en.json');
    for (const key of alsoLoaded(page)) visit(key);
    return [...seen];
  }

  const gzipped = (key: string): number => gzipSync(readFileSync(join(WEB, manifest[key].file)), { level: 9 }).length;

  it.each(BUDGETS)('keeps the first-load JavaScript of %s within its budget (%d bytes gzipped)', (page, budget) => {
    const keys = firstLoad(page);
    const total = keys.reduce((sum, key) => sum + gzipped(key), 0);
    const detail = keys.map((k) => `${manifest[k].file}: ${(gzipped(k) / KB).toFixed(1)} KB`).join(', ');
    process.stdout.write(`first load of ${page}: ${(total / KB).toFixed(1)} KB gzipped (${detail})\n`);
    if (total > budget) throw new Error(`${page} loads ${(total / KB).toFixed(1)} KB gzipped (${detail})`);
    expect(total).toBeLessThanOrEqual(budget);
  });

  it('loads no workspace, moderation or staff code on a public page', () => {
    for (const page of [...PUBLIC_PAGES, ...ACCOUNT_PAGES]) {
      const sources = firstLoad(page).map((k) => manifest[k].src ?? k);
      expect(sources.filter((s) => PRIVATE_AREAS.some((area) => s.startsWith(area)))).toEqual([]);
    }
    // Each private area is a chunk of its own, reached only by a dynamic import.
    for (const area of PRIVATE_AREAS) {
      const chunks = Object.values(manifest).filter((c) => c.src?.startsWith(area));
      expect(chunks.length).toBeGreaterThan(0);
      expect(chunks.every((c) => !c.isEntry && c.file !== manifest['index.html'].file)).toBe(true);
    }
  });

  it('ships no inline script in index.html (the CSP forbids it) and no source maps', () => {
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(Object.values(manifest).some((c) => c.file.endsWith('.map'))).toBe(false);
  });
});
