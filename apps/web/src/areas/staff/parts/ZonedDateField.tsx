import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { fromZonedInput, ownTimeZone } from '../logic/zoned-time';
import { zoneCity } from './ZonedDateTime';

/**
 * A date-time entered in the round's reference time zone (a native datetime-local input, labelled,
 * with its error beside it in the GOV.UK pattern), and below it what that is in the staff member's
 * own zone, as they type.
 */
export function ZonedDateField({
  id,
  label,
  hint,
  value,
  onChange,
  zone,
  error,
  required = false,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  zone: string;
  error?: string;
  required?: boolean;
}): ReactNode {
  const intl = useIntl();
  const own = ownTimeZone();
  const iso = value ? fromZonedInput(value, zone) : null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <span className="field__hint" id={hintId}>
        {hint && <>{hint} </>}
        <FormattedMessage id="staff.date.enterIn" values={{ zone: zoneCity(zone), name: zone }} />
      </span>
      {error && (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      )}
      <input
        id={id}
        className="field__input field__input--date"
        type="datetime-local"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${hintId}${error ? ` ${errorId}` : ''} ${id}-own`}
        onChange={(e) => onChange(e.target.value)}
        dir="ltr"
      />
      <span className="field__hint" id={`${id}-own`} aria-live="polite">
        {iso && own !== zone && (
          <FormattedMessage
            id="staff.date.yourTime"
            values={{
              local: intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: own }),
              own: zoneCity(own),
            }}
          />
        )}
      </span>
    </div>
  );
}
