import type { ReactNode } from 'react';

/** A calendar day (native date input) in the GOV.UK field pattern: label, hint, error, input. */
export function DateField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}): ReactNode {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
      <input
        id={id}
        className="field__input field__input--date"
        type="date"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
        dir="ltr"
      />
    </div>
  );
}

/** "2026-05-01" → the instant that day starts in UTC (a session's dates are calendar days). */
export const dayToIso = (day: string): string | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? `${day}T00:00:00.000Z` : null;

/** The calendar day (UTC) of an instant, for a date input. */
export const isoToDay = (iso: string): string => new Date(iso).toISOString().slice(0, 10);
