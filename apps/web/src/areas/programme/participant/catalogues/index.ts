import type { AreaCatalogueLoader } from '../../../../i18n/AreaMessages';

/** The messages of the programme pages for people with an account (prog.mine.*, prog.registration.*, prog.invitation.*, prog.certificate.*, prog.refusal.*), one chunk per language (see i18n/AreaMessages). */
export const loadParticipantMessages: AreaCatalogueLoader = (lang) => {
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
