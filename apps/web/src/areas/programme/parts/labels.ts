import type { IntlShape } from 'react-intl';
import type { MessageId } from '../../../i18n/messages';

export const EVENT_TYPES = ['TRAINING', 'SIDE_MEETING', 'REGIONAL_MEETING', 'OUTREACH_FORUM'] as const;
export const REGIONS = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'] as const;

/** A message id built from an enum value (the catalogue check keeps every one of them present). */
export const idOf = (prefix: string, value: string): MessageId => `${prefix}.${value}` as MessageId;

export const languageName = (intl: IntlShape, code: string): string =>
  new Intl.DisplayNames([intl.locale], { type: 'language' }).of(code) ?? code;

/** "Vienna" from "Europe/Vienna". */
export const zoneCity = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

/** The reader's own time zone (what the calendar groups days by). */
export const readerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
