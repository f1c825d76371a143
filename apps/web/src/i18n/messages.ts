import type en from './catalogues/en.json';

/** Every message id: the keys of the English catalogue (the check keeps the other five equal). */
export type MessageId = keyof typeof en;

declare global {
  // react-intl reads this to type-check `id` in <FormattedMessage> and formatMessage().
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
