import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Language } from './languages';
import { useLanguage } from './LanguageProvider';

/** How an area loads its catalogue in one language (each language a chunk of its own). */
export type AreaCatalogueLoader = (lang: Language) => Promise<{ default: Record<string, unknown> }>;

/**
 * Adds an area's own messages (e.g. `ws.*` in areas/workspace/catalogues/) to the shell's, for the
 * pages inside. The shell's catalogue (i18n/catalogues/) holds only what every page may show, so a
 * public page never downloads the workspace's, moderators' or staff's texts. Renders nothing until
 * the area's catalogue for the current language is in (a fraction of a second, once per language).
 */
export function AreaMessages({ load, children }: { load: AreaCatalogueLoader; children: ReactNode }): ReactNode {
  const { language } = useLanguage();
  const shell = useIntl();
  const [area, setArea] = useState<{ language: Language; messages: Record<string, unknown> } | null>(null);

  useEffect(() => {
    let current = true;
    void load(language).then((m) => {
      if (current) setArea({ language, messages: m.default });
    });
    return () => {
      current = false;
    };
  }, [language, load]);

  if (!area || area.language !== language) return null;
  return (
    <IntlProvider
      locale={shell.locale}
      defaultLocale={shell.defaultLocale}
      messages={{ ...shell.messages, ...(area.messages as typeof shell.messages) }}
    >
      {children}
    </IntlProvider>
  );
}
