import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';

/**
 * Every catalogue has exactly the English keys, every message parses, and uses the same arguments.
 * The shell's catalogues (i18n/catalogues: on every page) and each area's (areas/<area>/catalogues,
 * loaded only inside that area) are checked alike; an area's keys carry its prefix and no key is in
 * two places.
 */
const areasDir = join(import.meta.dirname, '../areas');
const CATALOGUES: { name: string; dir: string; prefixes: string[] }[] = [
  { name: 'shell', dir: join(import.meta.dirname, 'catalogues'), prefixes: [] },
  {
    name: 'account',
    dir: join(areasDir, 'account/catalogues'),
    prefixes: [
      'login.',
      'register.',
      'checkInbox.',
      'verify.',
      'forgot.',
      'reset.',
      'profile.',
      'delete.',
      'invitation.',
      'deleted.',
    ],
  },
  { name: 'workspace', dir: join(areasDir, 'workspace/catalogues'), prefixes: ['ws.'] },
  { name: 'moderation', dir: join(areasDir, 'moderation/catalogues'), prefixes: ['mod.'] },
  { name: 'staff', dir: join(areasDir, 'staff/catalogues'), prefixes: ['staff.'] },
  // The programme's staff pages have messages of their own, listed before the area's (prefix order).
  { name: 'programme-staff', dir: join(areasDir, 'programme/staff/catalogues'), prefixes: ['prog.staff.'] },
  {
    name: 'programme-participant',
    dir: join(areasDir, 'programme/participant/catalogues'),
    prefixes: ['prog.mine.', 'prog.registration.', 'prog.invitation.', 'prog.certificate.', 'prog.refusal.'],
  },
  { name: 'programme', dir: join(areasDir, 'programme/catalogues'), prefixes: ['prog.'] },
];
/** The catalogue a key belongs in: the area whose prefix it has, else the shell. */
const ownerOf = (key: string): string =>
  CATALOGUES.find((c) => c.prefixes.some((p) => key.startsWith(p)))?.name ?? 'shell';
const load = (dir: string, lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, string>;
/** Messages that are rightly the same as in English (a name, or a word both languages share). */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: [
    'nav.sessions',
    'header.notifications',
    'nav.programme',
    'nav.publications',
    'prog.calendar.title',
    'prog.publications.title',
    'prog.staff.publications',
    'mod.filters.session',
    'mod.queue.version',
    'mod.history.versions',
    'mod.coverage.total',
  ],
  es: ['mod.filters.roundOption', 'mod.coverage.total'],
  ar: ['mod.filters.roundOption'],
  ru: ['mod.filters.roundOption'],
};

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

it('has every area with catalogues listed here', () => {
  const withCatalogues = readdirSync(areasDir).filter((area) =>
    readdirSync(join(areasDir, area)).includes('catalogues'),
  );
  expect(withCatalogues.sort()).toEqual(
    CATALOGUES.filter((c) => c.prefixes.length && !c.name.includes('-'))
      .map((c) => c.name)
      .sort(),
  );
});

it('has no key in two catalogues, and each area only its own prefix', () => {
  const owner = new Map<string, string>();
  for (const { name, dir } of CATALOGUES)
    for (const key of Object.keys(load(dir, 'en'))) {
      expect({ key, alsoIn: owner.get(key) }).toEqual({ key, alsoIn: undefined });
      owner.set(key, name);
      expect({ key, catalogue: name }).toEqual({ key, catalogue: ownerOf(key) });
    }
});

describe.each(CATALOGUES)('$name message catalogues', ({ dir }) => {
  const en = load(dir, 'en');

  it('has one catalogue per UN language and nothing else', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(LANGUAGES.map((l) => `${l.code}.json`).sort());
  });

  describe.each(LANGUAGES.map((l) => l.code))('%s', (lang) => {
    const messages = load(dir, lang);

    it('has every key of the English catalogue and no other', () => {
      expect(Object.keys(messages).filter((k) => !(k in en))).toEqual([]);
      expect(Object.keys(en).filter((k) => !(k in messages))).toEqual([]);
    });

    it('has messages that parse as ICU and use the same arguments as English', () => {
      for (const [key, message] of Object.entries(messages)) {
        let ast: MessageFormatElement[];
        try {
          ast = parse(message);
        } catch (error) {
          throw new Error(`${lang} ${key} does not parse: ${String(error)}`);
        }
        expect({ key, args: [...argumentsOf(ast)].sort() }).toEqual({
          key,
          args: [...argumentsOf(parse(en[key]))].sort(),
        });
      }
    });

    if (lang !== 'en')
      it('is translated (not a copy of the English)', () => {
        const allowed = ['app.name', ...(SAME_AS_ENGLISH[lang] ?? [])];
        const copied = Object.keys(en).filter((k) => messages[k] === en[k] && !allowed.includes(k));
        expect(copied).toEqual([]);
      });
  });
});
