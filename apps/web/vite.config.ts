import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse as parseMessage } from '@formatjs/icu-messageformat-parser';
import { parse } from 'graphql';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { routePreloads } from './build/route-preloads';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const API = process.env.PLENARY_API_URL ?? 'http://localhost:3000';

/**
 * Catalogues are compiled to ICU message ASTs at build time, so the browser needs no message
 * parser (react-intl takes ASTs; the parser is aliased to its no-parser stub below). A message
 * that does not parse fails the build.
 */
function precompiledCatalogues(): Plugin {
  return {
    name: 'plenary-precompiled-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/catalogues\/[a-z]{2}\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const ast = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, parseMessage(message)]));
      return { code: JSON.stringify(ast), map: null };
    },
  };
}

/**
 * `graphql(\`query Name …\`)` becomes the parsed document itself, inlined where it is written (what
 * the codegen client preset's Babel/SWC plugins do, for Vite's own pipeline). Importing the
 * generated gql/graphql.ts instead put that one shared module — every area's documents — into the
 * entry chunk, because the shell (the language switcher) uses a document too: each page then paid
 * for every other area's operations. Types are unchanged: TypeScript still reads graphql()'s typed
 * overloads from gql/gql.ts. The AST is what codegen writes (no locations, no empty lists).
 */
function graphqlDocumentImports(): Plugin {
  const strip = (_key: string, value: unknown): unknown =>
    _key === 'loc' || value === undefined || (Array.isArray(value) && value.length === 0) ? undefined : value;
  return {
    name: 'plenary-graphql-document-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const documents: string[] = [];
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, body: string) => {
        const operation = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(body);
        if (!operation) throw new Error(`${id}: every graphql() document needs an operation name`);
        if (/\.\.\.\s*(?!on\b)[A-Za-z_]/.test(body))
          throw new Error(`${id}: ${operation[1]} spreads a fragment, which an inlined document would lack`);
        const name = `__${operation[1]}Document`;
        documents.push(`const ${name} = ${JSON.stringify(parse(body, { noLocation: true }), strip)};`);
        return name;
      });
      return { code: `${documents.join('\n')}\n${out}`, map: null };
    },
  };
}

/**
 * Trusted documents: every `graphql(\`…\`)` operation of the client, by name, written next to
 * index.html as trusted-documents.json. The api runs exactly these for the client it serves, which
 * sends the names only (src/api/apollo.ts). Runs before graphqlDocumentImports rewrites the calls.
 */
function trustedDocumentsManifest(): Plugin {
  const documents = new Map<string, string>();
  return {
    name: 'plenary-trusted-documents',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      for (const [, body] of code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) {
        const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(body)?.[1];
        if (!name) continue; // graphqlDocumentImports reports it
        if (documents.has(name) && documents.get(name) !== body.trim())
          throw new Error(`${id}: two different operations are named ${name}`);
        documents.set(name, body.trim());
      }
      return null;
    },
    generateBundle() {
      const sorted = Object.fromEntries([...documents].sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: 'trusted-documents.json', source: JSON.stringify(sorted, null, 1) });
    },
  };
}

/**
 * Every text asset also written as `<name>.br` and `<name>.gz` at the highest levels, once at build
 * time: the api sends the variant the browser accepts (apps/api/src/web-client) instead of
 * compressing on each request. On a slow connection that is most of the time to content.
 * Fonts (already compressed) and files too small to gain are left alone.
 */
function precompressedAssets(): Plugin {
  let outDir = '';
  return {
    name: 'plenary-precompressed-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const dir = join(outDir, 'assets');
      for (const name of readdirSync(dir)) {
        if (!/\.(js|css|json|svg)$/.test(name)) continue;
        const file = join(dir, name);
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          }),
        );
      }
    },
  };
}

/**
 * The web client. Built into dist/web (served by the api at `/`), with a manifest the bundle-budget
 * check reads. Everything is built to live under the api's strict Content-Security-Policy: no inline
 * script (the module-preload polyfill is inline, so it is off), no inline style.
 */
export default defineConfig({
  root: here('.'),
  publicDir: here('public'),
  plugins: [
    precompiledCatalogues(),
    trustedDocumentsManifest(),
    graphqlDocumentImports(),
    routePreloads({ routesFile: here('src/app/routes.tsx'), cataloguesDir: here('src/i18n/catalogues') }),
    precompressedAssets(),
  ],
  resolve: {
    alias: [
      // `@app/text/<file>` where a page needs only part of it: the Markdown renderer and its
      // sanitiser are most of the editor's JavaScript and load only when the preview is opened.
      { find: /^@app\/text\/([\w-]+)$/, replacement: here('../../libs/text/src/$1.ts') },
      { find: /^@app\/text$/, replacement: here('../../libs/text/src/index.ts') },
      // Not under vitest: the catalogue check parses messages itself.
      ...(process.env.VITEST
        ? []
        : [
            {
              find: /^@formatjs\/icu-messageformat-parser$/,
              replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
            },
          ]),
    ],
  },
  json: { stringify: false },
  // React 19's automatic JSX runtime (no React import in every file).
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    // No module-preload lists in the entry (its polyfill is inline script, which the CSP refuses; its
    // per-chunk dependency lists cost every first load ~1 KB gzipped). The first page's chunks come
    // from the api's preload hints in index.html (build/route-preloads.ts); a page opened later
    // fetches its own imports when its chunk arrives.
    modulePreload: false,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // "use client" in react-router and react-intl means nothing in a client-only bundle.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  // `npm run test:web`: unit tests of pure functions and components (*.test.ts[x], next to the code).
  test: { include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'], environment: 'node' },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(['/graphql', '/auth', '/health', '^/digests/[^/]+/files/'].map((p) => [p, API])),
  },
});
