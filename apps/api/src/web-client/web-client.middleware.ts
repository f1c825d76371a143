import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

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

/**
 * Serves the built web client (dist/web): hashed files under /assets cached for a year, index.html
 * never cached, and index.html for every client route (GET asking for HTML outside the api's paths).
 * When the client is not built (unit tests, api-only deployments) everything passes through.
 */
@Injectable()
export class WebClientMiddleware implements NestMiddleware {
  private readonly logger = new Logger('WebClient');
  private readonly dir: string;
  private readonly indexHtml: Buffer | null;
  private readonly assets: express.Handler;
  private readonly rootFiles: express.Handler;

  constructor(@Inject(WEB_DIR) webDir: string) {
    this.dir = resolve(webDir);
    const indexPath = join(this.dir, 'index.html');
    this.indexHtml = existsSync(indexPath) ? readFileSync(indexPath) : null;
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
      req.url = path.slice('/assets'.length) + url.search;
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
    // The Content-Security-Policy and the other hardening headers come from httpHardening (one
    // policy for every response, which the client is built to live with).
    res.status(200).send(this.indexHtml);
  }
}
