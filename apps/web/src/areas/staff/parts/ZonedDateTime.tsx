import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ownTimeZone } from '../logic/zoned-time';

/** "Vienna" from "Europe/Vienna". */
export const zoneCity = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

/**
 * A date in the round's reference time zone and, when it differs, in the staff member's own:
 * "12 Mar 2026, 18:00 Vienna time (20:00 your time, Nairobi)".
 */
export function ZonedDateTime({ at, zone }: { at: string; zone: string }): ReactNode {
  const intl = useIntl();
  const own = ownTimeZone();
  const when = new Date(at);
  const zoned = intl.formatDate(when, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const local = intl.formatDate(when, { dateStyle: 'medium', timeStyle: 'short', timeZone: own });
  return (
    <time dateTime={when.toISOString()} className="zoned">
      {zoned === local ? (
        <FormattedMessage id="staff.date.sameZone" values={{ zoned, zone: zoneCity(zone) }} />
      ) : (
        <FormattedMessage
          id="staff.date.twoZones"
          values={{ zoned, zone: zoneCity(zone), local, own: zoneCity(own) }}
        />
      )}
    </time>
  );
}
