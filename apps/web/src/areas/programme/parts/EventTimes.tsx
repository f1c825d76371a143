import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { zoneCity } from './labels';

/**
 * When an event takes place, in the reader's time zone first and in the event's own ("14:00–16:00
 * your time — 13:00–15:00 Vienna time"); the day is the reader's.
 */
export function EventTimes({ startsAt, endsAt, zone }: { startsAt: string; endsAt: string; zone: string }): ReactNode {
  const intl = useIntl();
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const range = (timeZone?: string): string =>
    `${intl.formatDate(start, { dateStyle: 'medium', timeStyle: 'short', timeZone })}–${intl.formatTime(end, { timeStyle: 'short', timeZone })}`;
  const local = range();
  const zoned = range(zone);
  return (
    <time dateTime={start.toISOString()}>
      {local === zoned ? (
        <FormattedMessage id="prog.whenSame" values={{ zoned, zone: zoneCity(zone) }} />
      ) : (
        <FormattedMessage id="prog.when" values={{ local, zoned, zone: zoneCity(zone) }} />
      )}
    </time>
  );
}
