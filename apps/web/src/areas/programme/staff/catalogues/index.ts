import type { AreaCatalogueLoader } from '../../../../i18n/AreaMessages';

/** The programme staff pages’ messages (prog.staff.*), one chunk per language (see i18n/AreaMessages). */
export const loadProgrammeStaffMessages: AreaCatalogueLoader = (lang) => {
  switch (lang) {
    case 'en':
      return import('./en.json');
    case 'fr':
      return import('./fr.json');
    case 'es':
      return import('./es.json');
    case 'ar':
      return import('./ar.json');
    case 'zh':
      return import('./zh.json');
    case 'ru':
      return import('./ru.json');
  }
};
