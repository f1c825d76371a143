import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { session } from '../api/session';
import { useLanguage } from '../i18n/LanguageProvider';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { useSession } from './useSession';

const UpdateLanguage = graphql(`
  mutation UpdateMyLanguage($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      preferredLanguage
    }
  }
`);

/**
 * A native <select> (works everywhere, with every assistive technology); each language named in
 * itself and marked with its own lang. The choice is remembered in this browser and, when logged
 * in, on the person's profile.
 */
export function LanguageSwitcher(): ReactNode {
  const intl = useIntl();
  const { language, setLanguage } = useLanguage();
  const state = useSession();
  const [save] = useMutation(UpdateLanguage);
  return (
    <label className="language-switcher">
      <span className="language-switcher__label">{intl.formatMessage({ id: 'language.label' })}</span>
      <select
        value={language}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLanguage(next)) return;
          setLanguage(next);
          if (state.status === 'authenticated') {
            session.updateUser({ preferredLanguage: next });
            void save({ variables: { input: { preferredLanguage: next } } }).catch(() => undefined);
          }
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
