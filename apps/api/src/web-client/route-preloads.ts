import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'express';
// Type only: the api's builds leave the web client's sources out.
import type { RoutePreloads } from '../../../web/build/route-preloads-file';

/**
 * The cookie the web client writes with the interface language it settled on
 * (apps/web/src/i18n/languages.ts): only a hint for which catalogue to preload.
 */
const LANGUAGE_COOKIE = 'plenary.language';

/** react-router's ranking, reduced to what routes.tsx uses: a static segment outranks a parameter, which outranks `*`. */
function score(pattern: string, path: string): number | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  let total = 0;
  for (const [i, segment] of want.entries()) {
    if (segment === '*') return total - 2;
    if (i >= have.length) return null;
    if (segment.startsWith(':')) total += 3;
    else if (segment === have[i]) total += 10;
    else return null;
  }
  return want.length === have.length ? total : null;
}

/**
 * index.html with `<link rel="modulepreload">` hints for the page a request asks for: its route's
 * chunks and the catalogue of the language it will most likely show (the client's own choice
 * decides; a wrong guess costs one small file). Without the build's route-preloads.json, index.html
 * as it is.
 */
export class IndexHtmlWithPreloads {
  private readonly preloads: RoutePreloads | null;
  private readonly languages: string[];
  /** Per route and language: at most (routes + 1) × 6 documents. */
  private readonly documents = new Map<string, Buffer>();

  constructor(
    private readonly indexHtml: Buffer,
    webDir: string,
  ) {
    const file = join(webDir, 'route-preloads.json'); // ROUTE_PRELOADS_FILE
    this.preloads = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RoutePreloads) : null;
    this.languages = Object.keys(this.preloads?.catalogues ?? {});
  }

  for(req: Request, path: string, search: URLSearchParams): Buffer {
    if (!this.preloads) return this.indexHtml;
    const route = this.routeOf(path);
    const language = this.languageOf(req, search);
    const key = `${route?.path ?? ''} ${language}`;
    let document = this.documents.get(key);
    if (!document) {
      const scripts = [this.preloads.catalogues[language], ...(route?.scripts ?? [])];
      const links = [
        ...(route?.styles ?? []).map((href) => `<link rel="preload" as="style" crossorigin href="${href}">`),
        ...scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
      ].join('\n    ');
      document = Buffer.from(this.indexHtml.toString('utf8').replace('</head>', `  ${links}\n  </head>`));
      this.documents.set(key, document);
    }
    return document;
  }

  private routeOf(path: string): RoutePreloads['routes'][number] | undefined {
    let best: { route: RoutePreloads['routes'][number]; score: number } | undefined;
    for (const route of this.preloads?.routes ?? []) {
      const s = score(route.path, path);
      if (s !== null && (!best || s > best.score)) best = { route, score: s };
    }
    return best?.route;
  }

  /** As the client decides (initialLanguage): `?lang=`, then the remembered choice, then the browser's languages. */
  private languageOf(req: Request, search: URLSearchParams): string {
    const asked = search.get('lang');
    if (asked && this.languages.includes(asked)) return asked;
    const cookie = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE.replace('.', '\\.')}=([a-z]{2})`).exec(
      req.headers.cookie ?? '',
    )?.[1];
    if (cookie && this.languages.includes(cookie)) return cookie;
    // English first: it is the client's fallback, and what `*` or no header gets.
    const accepted = req.acceptsLanguages('en', ...this.languages.filter((l) => l !== 'en'));
    return typeof accepted === 'string' ? accepted : 'en';
  }
}
