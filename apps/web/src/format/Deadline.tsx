import { useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

const HOUR = 3_600_000;
const COUNTDOWN_FROM_MS = 48 * HOUR;

/**
 * A deadline in the reader's time zone and in UTC (rounds carry no reference time zone yet; when
 * they do, pass it as `zone` and it replaces UTC). In the last 48 hours a countdown is added,
 * updated each minute.
 */
export function Deadline({ at, zone = 'UTC' }: { at: string; zone?: string }): ReactNode {
  const intl = useIntl();
  const when = new Date(at);
  const [now, setNow] = useState(() => Date.now());
  const left = when.getTime() - now;
  const counting = left > 0 && left <= COUNTDOWN_FROM_MS;
  useEffect(() => {
    if (!counting) return;
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, [counting]);
  const local = intl.formatDate(when, { dateStyle: 'medium', timeStyle: 'short' });
  const utc = intl.formatDate(when, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  return (
    <span className="deadline">
      <time dateTime={when.toISOString()}>
        <FormattedMessage id="home.closes" values={{ local, utc }} />
      </time>
      {counting && (
        <strong className="deadline__countdown">
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
