import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import {
  directionOf,
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  loadCatalogue,
  shareLanguageWithServer,
  type Language,
} from './languages';
import { loadScriptFonts } from './scriptFonts';

interface LanguageContextValue {
  language: Language;
  /** Switches the interface (loads that catalogue) and remembers the choice in this browser. */
  setLanguage: (lang: Language) => void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}

/**
 * Loads the current language's catalogue, sets <html lang dir> (Arabic flips the whole layout: the
 * CSS uses logical properties only) and the fonts' script class, and provides react-intl.
 */
export function LanguageProvider({ children }: { children: ReactNode }): ReactNode {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const [loaded, setLoaded] = useState<{ language: Language; messages: Record<string, string> } | null>(null);

  useEffect(() => {
    let current = true;
    void loadCatalogue(language).then((messages) => {
      if (!current) return;
      const html = document.documentElement;
      html.lang = language;
      html.dir = directionOf(language);
      loadScriptFonts(language);
      shareLanguageWithServer(language);
      setLoaded({ language, messages });
    });
    return () => {
      current = false;
    };
  }, [language]);

  const setLanguage = useCallback((lang: Language) => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
    setLanguageState(lang);
  }, []);

  if (!loaded) return null;
  return (
    <LanguageContext.Provider value={{ language: loaded.language, setLanguage }}>
      <IntlProvider locale={loaded.language} messages={loaded.messages} defaultLocale="en">
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}
