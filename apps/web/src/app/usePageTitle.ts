import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';

/** Sets document.title to "<page> · Plenary" in the current language (each page calls it once). */
export function usePageTitle(id: MessageId, values?: Record<string, string | number>): void {
  const intl = useIntl();
  const title = intl.formatMessage({ id }, values);
  useEffect(() => {
    document.title = `${title} · Plenary`;
  }, [title]);
}
