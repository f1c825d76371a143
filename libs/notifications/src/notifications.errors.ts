import { errorCatalogue, refuse } from '@app/platform';

/** Every way the notifications context refuses. */
export const NotificationErrors = errorCatalogue('notifications', {
  TOO_MANY_IDS: (max: number) => refuse.badInput('ids', `at most ${max} at a time`),
  NOT_A_NOTIFICATION_ID: () => refuse.badInput('ids', 'contains an id that is not a notification id'),
});
