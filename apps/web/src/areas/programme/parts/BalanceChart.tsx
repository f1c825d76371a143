import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../../i18n/messages';

export interface BalanceCell {
  key: string;
  count?: number | null;
  withheld: boolean;
  fewerThanFive: boolean;
}

const BAR_WIDTH = 240;

/** The label of a balance key: a region, an organisation type, a gender, or "none". */
function keyLabel(prefix: string, key: string): MessageId {
  if (key === 'NONE' || key === 'NOT_STATED') return `prog.balance.${key}` as MessageId;
  return (prefix === 'region' ? `region.${key}` : `prog.${prefix}.${key}`) as MessageId;
}

/**
 * One breakdown as a table of counts, each row with its bar (SVG attributes: no inline styles
 * under the CSP); the bars are hidden from screen readers, which read the numbers. A withheld count reads "fewer than 5" (or "withheld"
 * when it is hidden to protect another count) and draws no bar.
 */
export function BalanceChart({
  title,
  prefix,
  cells,
}: {
  title: string;
  prefix: string;
  cells: BalanceCell[];
}): ReactNode {
  const intl = useIntl();
  const shown = cells.filter((c) => (c.count ?? 0) > 0 || c.withheld);
  const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
  const value = (c: BalanceCell): string =>
    c.withheld
      ? intl.formatMessage({ id: c.fewerThanFive ? 'prog.balance.fewerThanFive' : 'prog.balance.withheld' })
      : intl.formatNumber(c.count ?? 0);
  return (
    <figure className="balance">
      <figcaption>{title}</figcaption>
      {shown.length === 0 ? (
        <p>
          <FormattedMessage id="prog.balance.nobody" />
        </p>
      ) : (
        <table className="balance__table">
          <tbody>
            {shown.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  <FormattedMessage id={keyLabel(prefix, c.key)} />
                </th>
                <td className="balance__value">{value(c)}</td>
                <td className="balance__bar-cell">
                  <svg
                    aria-hidden="true"
                    focusable="false"
                    width={BAR_WIDTH}
                    height={14}
                    viewBox={`0 0 ${BAR_WIDTH} 14`}
                  >
                    <rect
                      className={c.withheld ? 'balance__bar balance__bar--withheld' : 'balance__bar'}
                      x={0}
                      y={1}
                      height={12}
                      width={c.withheld ? 6 : Math.max(2, Math.round(((c.count ?? 0) / max) * BAR_WIDTH))}
                    />
                  </svg>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
