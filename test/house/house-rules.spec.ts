import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Rules of the house that the type checker cannot see, read off the sources: a failing case names
 * the file and line, so whoever breaks a rule learns where and why.
 */
const ROOT = join(__dirname, '..', '..');
const LIBS = join(ROOT, 'libs');

interface Source {
  /** Path from the repo root, with forward slashes. */
  path: string;
  /** The lib the file belongs to, e.g. `submissions`. */
  lib: string;
  text: string;
}

function sourcesOf(dir: string): Source[] {
  const out: Source[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'migrations') out.push(...sourcesOf(full));
    } else if (name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name)) {
      const path = relative(ROOT, full).split(sep).join('/');
      out.push({ path, lib: path.split('/')[1], text: readFileSync(full, 'utf8') });
    }
  }
  return out;
}

/** Every lib's production sources but the test helpers'. */
const SOURCES = sourcesOf(LIBS).filter((s) => s.lib !== 'testing');

/** `path:line  text` of each line matching `pattern`. */
function lines(sources: readonly Source[], pattern: RegExp): string[] {
  return sources.flatMap((s) =>
    s.text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${s.path}:${i + 1}  ${line.trim()}`] : [])),
  );
}

describe('refusals are catalogued by the area that owns them', () => {
  it('builds DomainExceptions only in the platform’s errors module (every other refusal comes from a catalogue)', () => {
    const outside = SOURCES.filter((s) => !s.path.startsWith('libs/platform/src/errors/'));
    expect(lines(outside, /new DomainException\(/)).toEqual([]);
  });

  it('keeps each business area’s catalogue in libs/<lib>/src/<lib>.errors.ts, named after the lib', () => {
    const catalogues = SOURCES.flatMap((s) =>
      [...s.text.matchAll(/errorCatalogue\(\s*'([a-z-]+)'/g)].map((m) => ({ path: s.path, area: m[1] })),
    ).filter((c) => !c.path.endsWith('error-catalogue.ts'));
    expect(catalogues.length).toBeGreaterThanOrEqual(8);
    for (const { path, area } of catalogues) {
      const expected =
        area === 'platform' ? 'libs/platform/src/errors/platform.errors.ts' : `libs/${area}/src/${area}.errors.ts`;
      expect(path).toBe(expected);
    }
  });

  it('throws no free text in services, resolvers and controllers (programmer asserts use invariant)', () => {
    const handlers = SOURCES.filter(
      (s) => s.lib !== 'platform' && /\.(service|resolver|resolvers|controller)\.ts$/.test(s.path),
    );
    expect(handlers.length).toBeGreaterThan(20);
    expect(lines(handlers, /throw new \w+\(/)).toEqual([]);
  });
});
