import { useId, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

export interface BarSeries {
  key: string;
  label: ReactNode;
  /** A class for the bar's colour (staff.css: chart__bar--a, --b, --c). */
  tone: 'a' | 'b' | 'c';
}

export interface BarRow {
  key: string;
  label: ReactNode;
  values: Record<string, number>;
}

/**
 * A horizontal bar chart as SVG (widths are SVG attributes, which the CSP allows, where inline
 * styles are refused), grouped per row, with its numbers as a table: read by screen readers
 * always, and shown to anyone who asks. Bars grow from the inline start, so Arabic pages draw them
 * right to left. Colour is never the only signal: each bar is followed by its number.
 */
export function BarChart({
  caption,
  series,
  rows,
  max,
  format = (n) => String(n),
}: {
  caption: ReactNode;
  series: BarSeries[];
  rows: BarRow[];
  /** The value of a full-width bar (default: the largest value). */
  max?: number;
  format?: (n: number) => string;
}): ReactNode {
  const intl = useIntl();
  const rtl = intl.locale.startsWith('ar');
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const top = max ?? Math.max(1, ...rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0)));
  const WIDTH = 300;
  const BAR = 14;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {caption}
      </figcaption>
      {series.length > 1 && (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <svg width="14" height="14" className={`chart__bar--${s.tone}`} focusable="false">
                <rect width="14" height="14" />
              </svg>{' '}
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div className="chart__rows" aria-hidden="true">
        {rows.map((r) => (
          <div className="chart__row" key={r.key}>
            <span className="chart__label">{r.label}</span>
            <span className="chart__bars">
              {series.map((s) => {
                const value = r.values[s.key] ?? 0;
                const w = top > 0 ? Math.max(value > 0 ? 2 : 0, (value / top) * WIDTH) : 0;
                return (
                  <span className="chart__line" key={s.key}>
                    <svg
                      className={`chart__svg chart__bar--${s.tone}`}
                      viewBox={`0 0 ${WIDTH} ${BAR}`}
                      preserveAspectRatio="none"
                      focusable="false"
                    >
                      <rect className="chart__track" x="0" y="0" width={WIDTH} height={BAR} />
                      <rect x={rtl ? WIDTH - w : 0} y="0" width={w} height={BAR} />
                    </svg>
                    <span className="chart__value">{format(value)}</span>
                  </span>
                );
              })}
            </span>
          </div>
        ))}
      </div>
      <button
        type="button"
        className="button button--link chart__toggle"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable((v) => !v)}
      >
        <FormattedMessage id={showTable ? 'staff.chart.hideTable' : 'staff.chart.showTable'} />
      </button>
      {/* Hidden in a wrapper, not on the table: a table ignores a 1px width and would widen the page. */}
      <div id={`${id}-table`} className={showTable ? undefined : 'visually-hidden'}>
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td />
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{format(r.values[s.key] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
