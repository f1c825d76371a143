import { useEffect, useState } from 'react';
import type { IntlShape } from 'react-intl';

/** A language's name in the interface language ("Arabic" / "العربية"). */
export function languageName(interfaceLanguage: string, code: string): string {
  try {
    return new Intl.DisplayNames([interfaceLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The direction a text in `language` is written in (a submission's own, whatever the page's). */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return ['ar', 'fa', 'he', 'ur'].includes(language) ? 'rtl' : 'ltr';
}

/** The clock, ticking every `everyMs` (lease countdowns follow it). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** How long since `iso`, in whole minutes, hours or days ("3 days", "5 hours") in the interface language. */
export function elapsed(intl: IntlShape, iso: string, now: number): string {
  const minutes = Math.max(1, Math.floor((now - new Date(iso).getTime()) / 60_000));
  const [value, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 1440
        ? [Math.floor(minutes / 60), 'hour']
        : [Math.floor(minutes / 1440), 'day'];
  return intl.formatNumber(value, { style: 'unit', unit, unitDisplay: 'long' });
}

export const dateTime = (intl: IntlShape, iso: string | Date): string =>
  intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

export const time = (intl: IntlShape, iso: string | Date): string => intl.formatTime(iso, { timeStyle: 'short' });

/**
 * A catalogue message as plain text, whether the catalogue holds strings (tests) or the
 * precompiled ICU ASTs the build makes of them (literal parts only: the standard wordings have no
 * arguments).
 */
export function plainMessage(message: unknown): string | null {
  if (typeof message === 'string') return message;
  if (Array.isArray(message) && message.every((part) => typeof part === 'object' && part && 'value' in part))
    return message
      .map((part: { type: number; value: unknown }) => (part.type === 0 ? String(part.value) : ''))
      .join('');
  return null;
}
