/** The six UN languages, each named in itself (a person looks for their own language's name). */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'zh', name: '中文', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.some((l) => l.code === value);

export const directionOf = (lang: Language): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');

/** Where the choice made before login is kept (not a secret). */
export const LANGUAGE_STORAGE_KEY = 'plenary.language';

/**
 * The language the interface settled on, as a cookie the api reads to preload that catalogue with
 * the next page (apps/api/src/web-client/route-preloads.ts). A hint, not a secret.
 */
const LANGUAGE_COOKIE = 'plenary.language';

export function shareLanguageWithServer(lang: Language): void {
  document.cookie = `${LANGUAGE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

export function initialLanguage(): Language {
  const url = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(url)) return url;
  const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Only the current language's catalogue is loaded (each is its own chunk). */
export async function loadCatalogue(lang: Language): Promise<Record<string, string>> {
  const loaders: Record<Language, () => Promise<{ default: Record<string, string> }>> = {
    en: () => import('./catalogues/en.json'),
    fr: () => import('./catalogues/fr.json'),
    es: () => import('./catalogues/es.json'),
    ar: () => import('./catalogues/ar.json'),
    zh: () => import('./catalogues/zh.json'),
    ru: () => import('./catalogues/ru.json'),
  };
  return (await loaders[lang]()).default;
}
