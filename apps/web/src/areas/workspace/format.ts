import { useEffect, useState } from 'react';

/** A language's name in the interface language (Intl.DisplayNames), e.g. "Arabic" / "العربية". */
export function languageName(interfaceLanguage: string, code: string): string {
  try {
    return new Intl.DisplayNames([interfaceLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country's name in the interface language. */
export function countryName(interfaceLanguage: string, code: string): string {
  try {
    return new Intl.DisplayNames([interfaceLanguage], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The direction a text in `language` is written in. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Longest delay setTimeout takes (about 24.8 days); later deadlines are reached by the interval. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * The clock, ticking every `everyMs` (deadlines and "the round has closed" follow it), at each of
 * `deadlines` (ISO dates) and whenever they change, so a round that closes while the page is open
 * (at its deadline, or closed early by staff) says so that second, not up to a tick later.
 */
export function useNow(everyMs: number, deadlines: readonly string[] = []): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  const key = deadlines.join(' ');
  useEffect(() => {
    const timers = key
      .split(' ')
      .map((at) => new Date(at).getTime() - Date.now())
      .filter((ms) => Number.isFinite(ms) && ms < MAX_TIMEOUT_MS)
      // A deadline already past (a round staff just closed): the clock is read again now.
      .map((ms) => window.setTimeout(() => setNow(new Date()), Math.max(0, ms + 50)));
    return () => timers.forEach((t) => window.clearTimeout(t));
  }, [key]);
  return now;
}
