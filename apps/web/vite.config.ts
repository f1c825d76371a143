import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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
      const ast = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, parse(message)]));
      return { code: JSON.stringify(ast), map: null };
    },
  };
}

/**
 * `graphql(\`query Name …\`)` becomes a direct import of `NameDocument` from the generated
 * gql/graphql.ts. Without this, the generated `graphql()` function's map of every document of every
 * area lands in the entry chunk (≈ 60 KB before gzip); with it each page's chunk carries only its
 * own documents. The same typed documents, so type checking is unchanged (what the codegen client
 * preset's Babel/SWC plugins do, for Vite's own pipeline).
 */
function graphqlDocumentImports(): Plugin {
  const generated = here('src/gql/graphql.ts');
  return {
    name: 'plenary-graphql-document-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, body: string) => {
        const operation = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(body);
        if (!operation) throw new Error(`${id}: every graphql() document needs an operation name`);
        names.add(`${operation[1]}Document`);
        return `__${operation[1]}Document`;
      });
      const imports = [...names].map((n) => `${n} as __${n}`).join(', ');
      return { code: `import { ${imports} } from ${JSON.stringify(generated)};\n${out}`, map: null };
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
  plugins: [precompiledCatalogues(), graphqlDocumentImports()],
  resolve: {
    alias: [
      { find: '@app/text', replacement: here('../../libs/text/src/index.ts') },
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
    modulePreload: { polyfill: false },
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
  test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'node' },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(['/graphql', '/auth', '/health', '^/digests/[^/]+/files/'].map((p) => [p, API])),
  },
});
