import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * What no text argument may carry, wherever it goes: NUL (PostgreSQL cannot store it in text),
 * other C0/C1 control characters except tab, line feed and carriage return, and UTF-16 surrogates
 * that are not part of a pair (they have no UTF-8 form: they would be stored altered, or break
 * validators that encode them). Returns why `text` may not be accepted, or null when it may.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** `String.prototype.isWellFormed` (ES2024, in Node ≥ 20): false when a surrogate is unpaired. */
type WellFormedCheck = { isWellFormed(): boolean };

export function unsafeTextReason(text: string): string | null {
  if (!(text as unknown as WellFormedCheck).isWellFormed()) return 'must not contain unpaired UTF-16 surrogates';
  const control = CONTROL.exec(text);
  if (!control) return null;
  return control[0] === '\u0000' ? 'must not contain NUL characters' : 'must not contain control characters';
}

/**
 * Characters a name (display name, organisation name, title, label) may not contain: bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what follows
 * them ("evil\u202Egpj.exe"), and characters that render as nothing (zero-width space, word joiner,
 * invisible operators, byte-order mark, soft hyphen, Hangul and Mongolian fillers). Zero-width
 * (non-)joiners and the left-to-right / right-to-left marks stay allowed: Persian, Arabic and Indic
 * names need them.
 */
const FORBIDDEN_IN_NAMES = /[\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff\u00ad\u180e\u115f\u1160\u3164\uffa0]/u;

/** Some letter, digit, symbol or punctuation: not only spaces, marks or format characters. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

export function nameProblem(value: string): string | null {
  if (FORBIDDEN_IN_NAMES.test(value)) return 'must not contain direction overrides or invisible characters';
  if (!VISIBLE.test(value)) return 'must contain visible characters';
  return null;
}

/** A name shown to people: no direction overrides or invisible characters, and something visible. */
export function IsDisplayName(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDisplayName',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || nameProblem(value) === null,
        defaultMessage: (args) =>
          (typeof args?.value === 'string' && nameProblem(args.value)) || 'must be a name people can read',
      },
    });
}

/** Text (e.g. a Markdown body, which is not trimmed) that is more than whitespace and invisible characters. */
export function HasVisibleText(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'hasVisibleText',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || VISIBLE.test(value),
        defaultMessage: () => 'must not be empty',
      },
    });
}
