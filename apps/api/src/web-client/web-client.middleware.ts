import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { IndexHtmlWithPreloads } from './route-preloads';

/** Injection token: the folder holding the built client (index.html + assets/). */
export const WEB_DIR = Symbol('WEB_DIR');

/**
 * Paths the api owns: never answered with index.html, so their 404s stay 404s. (`/account/…` is the
 * web client's: the links in emails sent before it existed open its pages.)
 */
const API_PREFIXES = ['/graphql', '/health', '/auth/', '/assets/', '/calendar/', '/files/'];
/** Digest downloads are the api's; `/digests` and `/digests/<id>` are the web client's pages. */
const DIGEST_FILES = /^\/digests\/[^/]+\/files(\/|$)/;

/** `/graphql` and `/health` with anything after them; `/digests/…` etc. only below them (`/digests` is a page). */
function ownedByApi(path: string): boolean {
  return DIGEST_FILES.test(path) || API_PREFIXES.some((p) => path.startsWith(p) || path === p.replace(/\/$/, ''));
}

/** The precompressed variants the build writes (`<name>.br`, `<name>.gz`), best first. */
const ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built web client (dist/web): hashed files under /assets cached for a year — as the
 * build's brotli or gzip variant when the browser accepts one —, index.html
 * never cached, and index.html for every client route (GET asking for HTML outside the api's paths),
 * with preload hints for that page's code and catalogue.
 * When the client is not built (unit tests, api-only deployments) everything passes through.
 */
@Injectable()
export class WebClientMiddleware implements NestMiddleware {
  private readonly logger = new Logger('WebClient');
  private readonly dir: string;
  private readonly indexHtml: IndexHtmlWithPreloads | null;
  private readonly assets: express.Handler;
  private readonly rootFiles: express.Handler;
  /** The asset files that have a variant, with the variants they have. */
  private readonly compressed = new Map<string, Set<string>>();

  constructor(@Inject(WEB_DIR) webDir: string) {
    this.dir = resolve(webDir);
    const indexPath = join(this.dir, 'index.html');
    this.indexHtml = existsSync(indexPath) ? new IndexHtmlWithPreloads(readFileSync(indexPath), this.dir) : null;
    if (!this.indexHtml) this.logger.log(`web client not built (${indexPath} missing): serving the api only`);
    this.assets = express.static(join(this.dir, 'assets'), {
      cacheControl: false,
      index: false,
      fallthrough: false,
      setHeaders: (res) => {
        // Names carry a content hash: a changed file is a new name, so a year is safe.
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('X-Content-Type-Options', 'nosniff');
      },
    });
    this.rootFiles = express.static(this.dir, { index: false, maxAge: '1h', fallthrough: true });
    const assetsDir = join(this.dir, 'assets');
    if (existsSync(assetsDir)) {
      for (const name of readdirSync(assetsDir)) {
        const variant = ENCODINGS.find((e) => name.endsWith(e.suffix));
        if (!variant) continue;
        const original = name.slice(0, -variant.suffix.length);
        this.compressed.set(original, (this.compressed.get(original) ?? new Set()).add(variant.encoding));
      }
    }
  }

  /**
   * `/name.js` → `/name.js.br` with Content-Encoding when the file has a variant the request
   * accepts; the Content-Type stays the original's. Caches are told the answer varies.
   */
  private chooseVariant(req: Request, res: Response, file: string): string {
    const variants = this.compressed.get(file.slice(1));
    if (!variants) return file;
    res.setHeader('Vary', 'Accept-Encoding');
    // The smallest the browser accepts (Plenary's order, not the header's).
    const chosen = ENCODINGS.find((e) => variants.has(e.encoding) && req.acceptsEncodings(e.encoding) === e.encoding);
    if (!chosen) return file;
    res.setHeader('Content-Encoding', chosen.encoding);
    res.type(extname(file));
    return file + chosen.suffix;
  }

  get built(): boolean {
    return this.indexHtml !== null;
  }

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.indexHtml || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    // originalUrl: Nest mounts middleware under a route pattern, so req.path/req.url may be relative to it.
    const url = new URL(req.originalUrl, 'http://plenary.invalid');
    const path = url.pathname;
    if (path.startsWith('/assets/')) {
      req.url = this.chooseVariant(req, res, path.slice('/assets'.length)) + url.search;
      // fallthrough: false — a missing asset is a 404, never index.html.
      this.assets(req, res, () => {
        if (!res.headersSent) res.status(404).type('text/plain').send('Not found');
      });
      return;
    }
    if (ownedByApi(path)) return next();
    if (path !== '/' && /\.[a-z0-9]+$/i.test(path)) {
      req.url = path + url.search;
      void this.rootFiles(req, res, next);
      return;
    }
    if (!req.accepts('html')) return next();
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Language, Cookie'); // the preload hints depend on the language
    // The Content-Security-Policy and the other hardening headers come from httpHardening (one
    // policy for every response, which the client is built to live with).
    res.status(200).send(this.indexHtml.for(req, path, url.searchParams));
  }
}
