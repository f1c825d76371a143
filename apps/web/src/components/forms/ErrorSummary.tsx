import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

export interface SummaryItem {
  /** The id of the input at fault: the link moves focus to it. */
  fieldId?: string;
  message: ReactNode;
}

/**
 * GOV.UK's error summary: at the top of the form, focused when it appears (so a screen reader reads
 * it), one link per field at fault; the same message is repeated beside the field.
 */
export function ErrorSummary({ items }: { items: SummaryItem[] }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const signature = items.map((i) => `${i.fieldId ?? ''}`).join('|') + items.length;
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [signature, items.length]);
  if (items.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        <FormattedMessage id="errorSummary.title" />
      </h2>
      <ul className="error-summary__list">
        {items.map((item, i) => (
          <li key={item.fieldId ?? i}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.fieldId!)?.focus();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
