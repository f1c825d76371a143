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

/** Each table's owner: the lib whose entity maps it (`@Entity('name') … class NameEntity`). */
function owners(): { tables: Map<string, string>; entities: Map<string, string> } {
  const tables = new Map<string, string>();
  const entities = new Map<string, string>();
  for (const s of SOURCES) {
    for (const m of s.text.matchAll(/@Entity\('([a-z_]+)'\)[\s\S]*?export class (\w+)/g)) {
      tables.set(m[1], s.lib);
      entities.set(m[2], s.lib);
    }
  }
  return { tables, entities };
}

const SQL_TABLE = /\b(FROM|JOIN|UPDATE|INSERT INTO|DELETE FROM)\s+([a-z_]+)\b/g;
const ORM_WRITE = /\b(insert|update|delete|save|remove|upsert|softDelete|increment|decrement)\s*\(\s*(\w+Entity)\b/g;
const ORM_ANY = /\b(\w+)\s*\(\s*(?:[\w.]+\s*,\s*)?(\w+Entity)\b/g;

/** `path:line  what (owner)` for each statement of `sources` that touches a table another lib owns. */
function crossContext(kind: 'write' | 'read', sources: readonly Source[]): string[] {
  const { tables, entities } = owners();
  const found: string[] = [];
  for (const s of sources) {
    s.text.split('\n').forEach((line, i) => {
      const at = `${s.path}:${i + 1}`;
      for (const m of line.matchAll(SQL_TABLE)) {
        const owner = tables.get(m[2]);
        const writes = m[1] !== 'FROM' && m[1] !== 'JOIN';
        if (owner && owner !== s.lib && writes === (kind === 'write')) found.push(`${at}  ${m[1]} ${m[2]} (${owner})`);
      }
      for (const m of line.matchAll(kind === 'write' ? ORM_WRITE : ORM_ANY)) {
        const owner = entities.get(m[2]);
        if (owner && owner !== s.lib) found.push(`${at}  ${m[1]}(${m[2]}) (${owner})`);
      }
    });
    if (kind === 'write') found.push(...savesOfLoadedRows(s, entities));
  }
  return found;
}

/**
 * `save(x)` / `remove(x)` of a row the same file loaded as another lib's entity
 * (`const x = await manager.findOne(OtherEntity, …)`): a write the class name does not show.
 */
function savesOfLoadedRows(s: Source, entities: Map<string, string>): string[] {
  const foreign = new Map<string, string>();
  for (const m of s.text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*await\s+[\w.]+\.findOne\w*\(\s*(\w+Entity)\b/g)) {
    const owner = entities.get(m[2]);
    if (owner && owner !== s.lib) foreign.set(m[1], `${m[2]} (${owner})`);
  }
  return s.text
    .split('\n')
    .flatMap((line, i) =>
      [...line.matchAll(/\.(save|remove|softRemove)\(\s*(\w+)\s*[,)]/g)]
        .filter((m) => foreign.has(m[2]))
        .map((m) => `${s.path}:${i + 1}  ${m[1]}(${m[2]}): ${foreign.get(m[2])}`),
    );
}

describe('each table has one owner', () => {
  it('finds the owners of the tables it checks', () => {
    const { tables } = owners();
    expect(tables.get('submissions')).toBe('submissions');
    expect(tables.get('organisations')).toBe('identity');
    expect(tables.get('digests')).toBe('digests');
    expect(tables.size).toBeGreaterThanOrEqual(25);
  });

  it('no context writes another context’s tables (it asks the owner’s service)', () => {
    expect(crossContext('write', SOURCES)).toEqual([]);
  });

  it('the digests read other contexts only through the read views those contexts own', () => {
    expect(
      crossContext(
        'read',
        SOURCES.filter((s) => s.lib === 'digests'),
      ),
    ).toEqual([]);
  });
});
