import { useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

const HOUR = 3_600_000;
const COUNTDOWN_FROM_MS = 48 * HOUR;

/** "Vienna" from "Europe/Vienna": the city the reference time zone is named after. */
export const zoneCity = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

/**
 * A round's date in the round's reference time zone and in the reader's own ("18:00 Vienna time —
 * 20:00 your time"); with `countdown`, a live countdown in the last 48 hours (updated each minute).
 */
export function ZonedDate({
  at,
  zone,
  countdown = false,
}: {
  at: string;
  zone: string;
  countdown?: boolean;
}): ReactNode {
  const intl = useIntl();
  const when = new Date(at);
  const [now, setNow] = useState(() => Date.now());
  const left = when.getTime() - now;
  const counting = countdown && left > 0 && left <= COUNTDOWN_FROM_MS;
  useEffect(() => {
    if (!counting) return;
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, [counting]);
  const zoned = intl.formatDate(when, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const local = intl.formatDate(when, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <span className="deadline">
      <time dateTime={when.toISOString()}>
        <FormattedMessage id="round.zonedDate" values={{ zoned, zone: zoneCity(zone), local }} />
      </time>
      {counting && (
        <strong className="deadline__countdown" role="timer" aria-live="off">
          {' '}
          <FormattedMessage
            id="home.countdown"
            values={{ hours: Math.floor(left / HOUR), minutes: Math.floor((left % HOUR) / 60_000) }}
          />
        </strong>
      )}
    </span>
  );
}
