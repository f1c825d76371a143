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

/** The clock, ticking every `everyMs` (deadlines and "the round has closed" follow it). */
export function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
