import type shell from './catalogues/en.json';
import type account from '../areas/account/catalogues/en.json';
import type workspace from '../areas/workspace/catalogues/en.json';
import type moderation from '../areas/moderation/catalogues/en.json';
import type staff from '../areas/staff/catalogues/en.json';
import type programme from '../areas/programme/catalogues/en.json';
import type programmeStaff from '../areas/programme/staff/catalogues/en.json';
import type programmeParticipant from '../areas/programme/participant/catalogues/en.json';

/**
 * Every message id: the keys of the English catalogues — the shell's (i18n/catalogues, on every
 * page) and each area's (areas/<area>/catalogues, loaded by that area's AreaMessages). The catalogue
 * check keeps the other five languages equal to English, and each area's keys under its prefix.
 */
export type MessageId =
  | keyof typeof shell
  | keyof typeof account
  | keyof typeof workspace
  | keyof typeof moderation
  | keyof typeof staff
  | keyof typeof programme
  | keyof typeof programmeStaff
  | keyof typeof programmeParticipant;

declare global {
  // react-intl reads this to type-check `id` in <FormattedMessage> and formatMessage().
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
