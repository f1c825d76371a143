import { useEffect } from 'react';

/**
 * Noto Naskh Arabic and Noto Sans SC, served by Plenary itself (WEB.md, "Look"): their stylesheets
 * are loaded the first time a page shows text in Arabic or Chinese — the interface language or a
 * submission's own — and never otherwise, so a page in the other four languages downloads no font
 * at all. The `:lang(ar)` and `:lang(zh)` rules in app.css name them first.
 */
const FONTS: Readonly<Record<string, () => Promise<unknown>>> = {
  ar: () => import('./fonts/arabic.css'),
  zh: () => import('./fonts/chinese.css'),
};

const requested = new Set<string>();

export function loadScriptFonts(language: string | undefined): void {
  const load = language ? FONTS[language] : undefined;
  if (!load || requested.has(language!)) return;
  requested.add(language!);
  // Without the font the system's own Arabic or Chinese font shows the text: nothing to report.
  load().catch(() => requested.delete(language!));
}

/** Loads the fonts for text in `language` when a component showing such text mounts. */
export function useScriptFonts(language: string | undefined): void {
  useEffect(() => loadScriptFonts(language), [language]);
}
