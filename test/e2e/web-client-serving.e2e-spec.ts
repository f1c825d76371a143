import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { TestPlenary } from '@app/testing';

/** The api serves the built web client at `/` (npm test builds it first: see apps/web/scripts/ensure-built.mjs). */
const ROOT = resolve(__dirname, '../..');

describe('the web client served by the api', () => {
  let plenary: TestPlenary;
  let asset: string;

  beforeAll(async () => {
    execSync('node apps/web/scripts/ensure-built.mjs', { cwd: ROOT, stdio: 'inherit' });
    asset = readdirSync(join(ROOT, 'dist/web/assets')).find((f) => f.endsWith('.js'))!;
    plenary = await TestPlenary.start({ api: { WEB_DIR: join(ROOT, 'dist/web') } });
  });
  afterAll(() => plenary.close());

  const get = (path: string, accept = 'text/html'): Promise<Response> =>
    fetch(`${plenary.url}${path}`, { headers: { accept }, redirect: 'manual' });

  it('answers / with index.html, never cached, under the strict Content-Security-Policy', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy')!;
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "connect-src 'self'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe');
    const html = await res.text();
    expect(html).toContain('<div id="root"></div>');
    // No inline script or style the CSP would block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style="/);
  });

  it('answers every client route with index.html', async () => {
    for (const path of ['/login', '/rounds/3f1c', '/workspace/organisations/new', '/digests', '/ar/anything?x=1']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root"></div>');
    }
  });

  it('serves hashed assets for a year, immutable, and a missing asset is a 404', async () => {
    const res = await get(`/assets/${asset}`, '*/*');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const missing = await get('/assets/nothing-here.js', '*/*');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
  });

  /** A raw GET (fetch would ask for and undo compression itself): status, headers and the bytes sent. */
  const raw = (
    path: string,
    headers: Record<string, string>,
    method = 'GET',
    body?: string,
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> =>
    new Promise((done, fail) => {
      const req = request(`${plenary.url}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end(body);
    });

  it('sends the build’s brotli or gzip variant of an asset as the browser accepts, the file itself otherwise', async () => {
    const assets = join(ROOT, 'dist/web/assets');
    const entry = readdirSync(assets).find((f) => /^index-.*\.js$/.test(f))!;
    const original = readFileSync(join(assets, entry));
    const br = await raw(`/assets/${entry}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 3);
    const gz = await raw(`/assets/${entry}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await raw(`/assets/${entry}`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    // A file too small to gain has no variant and is sent as it is.
    const small = readdirSync(assets).find((f) => f.endsWith('.js') && statSync(join(assets, f)).size < 1024)!;
    const tiny = await raw(`/assets/${small}`, { 'accept-encoding': 'br' });
    expect(tiny.status).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
  });

  it('compresses GraphQL answers of 1 KB or more, and leaves small ones as they are', async () => {
    const send = (query: string) =>
      raw(
        '/graphql',
        { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
        'POST',
        JSON.stringify({ query }),
      );
    // 30 long aliases: an answer of about 2 KB.
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `typeNameOfTheQueryRootNumber${String(i).padStart(3, '0')}: __typename`,
    );
    const big = await send(`{ ${aliases.join(' ')} }`);
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    const text = brotliDecompressSync(big.body).toString('utf8');
    expect(Object.keys(JSON.parse(text).data)).toHaveLength(30);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024);
    expect(big.body.length).toBeLessThan(Buffer.byteLength(text) / 2);
    const small = await send('{ __typename }');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });

  it('leaves the api its own paths, whose 404s stay 404s', async () => {
    expect((await get('/health', 'application/json')).status).toBe(200);
    for (const path of [
      '/digests/00000000-0000-0000-0000-000000000000/files/pdf',
      '/auth/nothing',
      '/health/nothing',
    ]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<div id="root">');
    }
    // The digest pages are the client's; their downloads stay the api's.
    for (const path of ['/digests', '/digests/00000000-0000-0000-0000-000000000000']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
    // Links in emails sent before the web client existed open its pages (which move to the new routes).
    for (const path of ['/account/reset-password', '/account/accept-invitation', '/account/forgot-password']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
    const gql = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it("hints the page's code and the likely catalogue in index.html, so they load beside the entry", async () => {
    const preloads = JSON.parse(readFileSync(join(ROOT, 'dist/web/route-preloads.json'), 'utf8')) as {
      routes: { path: string; scripts: string[]; styles: string[] }[];
      catalogues: Record<string, string>;
    };
    const route = (path: string) => preloads.routes.find((r) => r.path === path)!;
    const hinted = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${plenary.url}${path}`, { headers: { accept: 'text/html', ...headers } });
      expect(res.headers.get('vary')).toMatch(/Accept-Language/);
      const html = await res.text();
      return {
        scripts: [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]),
        styles: [...html.matchAll(/<link rel="preload" as="style" crossorigin href="([^"]+)">/g)].map((m) => m[1]),
      };
    };
    const round = route('/rounds/:id');
    expect(round.scripts.some((f) => /\/RoundPage-[\w-]+\.js$/.test(f))).toBe(true);
    // No language asked for: English, as the client falls back.
    expect(await hinted('/rounds/3f1c')).toEqual({ scripts: [preloads.catalogues.en, ...round.scripts], styles: [] });
    // The language as the client decides it: ?lang=, then the remembered choice, then the browser's.
    expect((await hinted('/rounds/3f1c', { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' })).scripts[0]).toBe(
      preloads.catalogues.ar,
    );
    expect((await hinted('/', { 'accept-language': 'ar', cookie: 'other=1; plenary.language=fr' })).scripts[0]).toBe(
      preloads.catalogues.fr,
    );
    expect((await hinted('/?lang=zh', { cookie: 'plenary.language=fr' })).scripts[0]).toBe(preloads.catalogues.zh);
    // A static segment outranks a parameter; a splat route takes what is below it, with its styles.
    expect((await hinted('/provisions')).scripts.slice(1)).toEqual(route('/provisions').scripts);
    const workspace = await hinted('/workspace/submissions/9a7e');
    expect(workspace.scripts.slice(1)).toEqual(route('/workspace/*').scripts);
    expect(workspace.styles).toEqual(route('/workspace/*').styles);
    expect(workspace.styles.length).toBeGreaterThan(0);
    // Every hinted file is served.
    for (const file of [...round.scripts, ...workspace.styles, preloads.catalogues.ar])
      expect((await get(file, '*/*')).status).toBe(200);
  });

  it('does not answer index.html to a request that does not ask for HTML', async () => {
    const res = await get('/some/route', 'application/json');
    expect(res.status).toBe(404);
  });
});

describe('the api without a built web client', () => {
  it('starts and serves GraphQL; / is a plain 404', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'plenary-no-web-'));
    const plenary = await TestPlenary.start({ api: { WEB_DIR: empty } });
    try {
      expect((await fetch(`${plenary.url}/`, { headers: { accept: 'text/html' } })).status).toBe(404);
      expect((await fetch(`${plenary.url}/health`)).status).toBe(200);
    } finally {
      await plenary.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
