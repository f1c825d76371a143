import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';

/** Every catalogue has exactly the English keys, every message parses, and uses the same arguments. */
const dir = join(import.meta.dirname, 'catalogues');
const load = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, string>;
const en = load('en');
/** Messages that are rightly the same as in English (a name, or a word both languages share). */
const SAME_AS_ENGLISH: Record<string, string[]> = { fr: ['nav.sessions', 'header.notifications'] };

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

describe('message catalogues', () => {
  it('has one catalogue per UN language and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(LANGUAGES.map((l) => `${l.code}.json`).sort());
  });

  describe.each(LANGUAGES.map((l) => l.code))('%s', (lang) => {
    const messages = load(lang);

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
