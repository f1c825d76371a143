import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../../../i18n/messages';
import { layoutTimeline, type TimelineRound } from '../logic/timeline';

const REGIONS = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'] as const;
const WIDTH = 900;
const LABELS = 190;
const PLOT = WIDTH - LABELS;
const ROW = 30;
const AXIS = 26;

/**
 * A session's rounds per region on one time axis: submissions open → close (solid), revisions
 * (lighter), the session's own dates as a band and today as a line. Drawn in SVG; the rounds
 * table below it on the page has the same dates as text, so the drawing is hidden from screen
 * readers. Mirrored for right-to-left pages (labels on the right, time running leftwards).
 */
export function Timeline({
  rounds,
  session,
}: {
  rounds: TimelineRound[];
  session: { startsAt: string; endsAt: string };
}): ReactNode {
  const intl = useIntl();
  const rtl = intl.locale.startsWith('ar');
  const [now] = useState(() => Date.now());
  const layout = layoutTimeline(rounds, session, REGIONS, PLOT, now);
  const height = AXIS + REGIONS.length * ROW + 4;
  // Plot x (0 … PLOT, earliest first) to SVG x.
  const px = (x: number, w = 0): number => (rtl ? PLOT - x - w : LABELS + x);
  return (
    <figure className="timeline">
      <figcaption>
        <FormattedMessage id="staff.timeline.caption" />
      </figcaption>
      <svg className="timeline__svg" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        <rect
          className="timeline__session"
          x={px(layout.session.x, layout.session.width)}
          y={AXIS - 6}
          width={layout.session.width}
          height={height - AXIS + 6}
        />
        {layout.ticks.map((t) => (
          <g key={t.at}>
            <line className="timeline__tick" x1={px(t.x)} x2={px(t.x)} y1={AXIS - 6} y2={height} />
            <text
              className="timeline__label"
              x={px(t.x) + (rtl ? -3 : 3)}
              y={14}
              textAnchor="start"
              direction={rtl ? 'rtl' : 'ltr'}
            >
              {intl.formatDate(t.at, { month: 'short', day: 'numeric', timeZone: 'UTC' })}
            </text>
          </g>
        ))}
        {layout.rows.map((row, i) => (
          <g key={row.region}>
            <text
              className="timeline__region"
              x={rtl ? WIDTH - 4 : 4}
              y={AXIS + i * ROW + ROW / 2 + 4}
              textAnchor="start"
              direction={rtl ? 'rtl' : 'ltr'}
            >
              {intl.formatMessage({ id: `region.${row.region}` as MessageId })}
            </text>
            <line
              className="timeline__row"
              x1={px(0)}
              x2={px(PLOT)}
              y1={AXIS + (i + 1) * ROW}
              y2={AXIS + (i + 1) * ROW}
            />
            {row.bars.map((b) => (
              <g key={b.id}>
                <rect
                  className="timeline__open"
                  x={px(b.x, b.width)}
                  y={AXIS + i * ROW + 6}
                  width={b.width}
                  height={ROW - 12}
                />
                {b.revisionsWidth > 0 && (
                  <rect
                    className="timeline__revisions"
                    x={px(b.revisionsX, b.revisionsWidth)}
                    y={AXIS + i * ROW + 10}
                    width={b.revisionsWidth}
                    height={ROW - 20}
                  />
                )}
              </g>
            ))}
          </g>
        ))}
        {layout.now !== null && (
          <line className="timeline__now" x1={px(layout.now)} x2={px(layout.now)} y1={AXIS - 10} y2={height} />
        )}
      </svg>
      <ul className="timeline__key">
        <li>
          <span className="timeline__swatch timeline__swatch--open" aria-hidden="true" />{' '}
          <FormattedMessage id="staff.timeline.open" />
        </li>
        <li>
          <span className="timeline__swatch timeline__swatch--revisions" aria-hidden="true" />{' '}
          <FormattedMessage id="staff.timeline.revisions" />
        </li>
        <li>
          <span className="timeline__swatch timeline__swatch--session" aria-hidden="true" />{' '}
          <FormattedMessage id="staff.timeline.session" />
        </li>
        <li>
          <span className="timeline__swatch timeline__swatch--now" aria-hidden="true" />{' '}
          <FormattedMessage id="staff.timeline.today" />
        </li>
      </ul>
    </figure>
  );
}
