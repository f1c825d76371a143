import { useMemo, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ModerationCoverageQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { CoverageQuery, RoundsQuery, SessionsQuery } from './documents';
import { NO_FILTERS, QUEUE_STATUSES, REGIONS, searchString, type QueueFilters } from './logic/queue-filters';
import { DeskNav, useDeskShortcuts } from './parts/desk';

type Row = ModerationCoverageQuery['coverage'][number];

const STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'APPEALED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'];

const countOf = (row: Row, status: string): number => row.counts.find((c) => c.status === status)?.count ?? 0;
const totalOf = (row: Row): number => row.counts.reduce((sum, c) => sum + c.count, 0);

/**
 * /moderation/coverage — per session, round and region: how many submissions are in each status,
 * and how many of the approved ones carry a GENDER tag, a HUMAN_RIGHTS tag, and a recorded review.
 * Each chart (SVG, hidden from screen readers) has its table with the same numbers, and the gaps
 * link to the queue filtered to them ("show the 5 approved AG items without a gender tag").
 */
export function CoveragePage(): ReactNode {
  usePageTitle('mod.coverage.title');
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  useDeskShortcuts('desk', {});
  const sessions = useQuery(SessionsQuery);
  const sessionList = sessions.data?.negotiationSessions.edges.map((e) => e.node) ?? [];
  const sessionId = params.get('session') ?? sessionList[0]?.id ?? null;
  const region = (REGIONS as readonly string[]).includes(params.get('region') ?? '')
    ? (params.get('region') as QueueFilters['region'])
    : undefined;
  const coverage = useQuery(CoverageQuery, {
    variables: { filter: { sessionId, region: region ?? null } },
    skip: !sessionId,
    fetchPolicy: 'cache-and-network',
  });
  const rounds = useQuery(RoundsQuery, { variables: { sessionId }, skip: !sessionId });
  const titles = new Map((rounds.data?.consultationRounds.edges ?? []).map((e) => [e.node.id, e.node.title]));
  const rows = useMemo(
    () =>
      [...(coverage.data?.coverage ?? [])].sort(
        (a, b) => REGIONS.indexOf(a.region as never) - REGIONS.indexOf(b.region as never),
      ),
    [coverage.data],
  );
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const regionName = (r: string) => intl.formatMessage({ id: `region.${r}` as MessageId });
  const status = (s: string) => intl.formatMessage({ id: `mod.status.${s}` as MessageId });
  const percent = (share: number | null | undefined) =>
    share === null || share === undefined ? '—' : intl.formatNumber(share, { style: 'percent' });
  const queueLink = (row: Row, patch: Partial<QueueFilters>) =>
    `/moderation${searchString({ ...NO_FILTERS, session: row.sessionId, round: row.roundId, ...patch })}`;
  /** "12 (57 %)": a count and its share. */
  const cell = (count: number, share: number | null | undefined) => `${intl.formatNumber(count)} (${percent(share)})`;
  const maxTotal = Math.max(1, ...rows.map(totalOf));
  const roundLabel = (row: Row) => `${regionName(row.region)} — ${titles.get(row.roundId) ?? ''}`;

  return (
    <div className="desk-page">
      <DeskNav scope="desk" />
      <h1>
        <FormattedMessage id="mod.coverage.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="mod.coverage.intro" />
      </p>
      <form
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={intl.formatMessage({ id: 'mod.coverage.filters' })}
      >
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.session" />
          </span>
          <select
            id="coverage-session"
            className="field__input"
            value={sessionId ?? ''}
            onChange={(e) => set({ session: e.target.value || undefined })}
          >
            {sessionList.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.region" />
          </span>
          <select
            id="coverage-region"
            className="field__input"
            value={region ?? ''}
            onChange={(e) => set({ region: e.target.value || undefined })}
          >
            <option value="">{intl.formatMessage({ id: 'mod.filters.anyRegion' })}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {regionName(r)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {(sessions.error || coverage.error) && <ErrorMessage error={sessions.error ?? coverage.error} />}
      {sessions.data && sessionList.length === 0 && (
        <p>
          <FormattedMessage id="mod.coverage.noSession" />
        </p>
      )}
      {coverage.data && rows.length === 0 && (
        <p>
          <FormattedMessage id="mod.coverage.empty" />
        </p>
      )}
      {rows.length > 0 && (
        <>
          <section aria-labelledby="status-chart-title" className="chart-section">
            <h2 id="status-chart-title">
              <FormattedMessage id="mod.coverage.statusTitle" />
            </h2>
            <figure className="chart" aria-hidden="true" data-testid="status-chart">
              <ul className="chart__legend">
                {STATUSES.map((s) => (
                  <li key={s}>
                    <svg className="chart__swatch" viewBox="0 0 10 10" focusable="false">
                      <rect width="10" height="10" className={`seg seg--${s}`} />
                    </svg>
                    {status(s)}
                  </li>
                ))}
              </ul>
              {rows.map((row) => {
                let start = 0;
                return (
                  <div key={row.roundId} className="chart__row">
                    <span className="chart__label">{regionName(row.region)}</span>
                    <svg className="chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                      {STATUSES.map((s) => {
                        const width = (countOf(row, s) / maxTotal) * 100;
                        const x = start;
                        start += width;
                        return width > 0 ? (
                          <rect key={s} x={x} width={width} height="10" className={`seg seg--${s}`} />
                        ) : null;
                      })}
                    </svg>
                    <span className="chart__value">{intl.formatNumber(totalOf(row))}</span>
                  </div>
                );
              })}
            </figure>
            <div className="table-wrap">
              <table className="data-table" data-testid="status-table">
                <caption>
                  <FormattedMessage id="mod.coverage.statusCaption" />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="mod.coverage.round" />
                    </th>
                    {STATUSES.map((s) => (
                      <th key={s} scope="col">
                        {status(s)}
                      </th>
                    ))}
                    <th scope="col">
                      <FormattedMessage id="mod.coverage.total" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.roundId}>
                      <th scope="row">
                        {regionName(row.region)} — <bdi>{titles.get(row.roundId)}</bdi>
                      </th>
                      {STATUSES.map((s) => {
                        const n = countOf(row, s);
                        const listable = (QUEUE_STATUSES as readonly string[]).includes(s);
                        return (
                          <td key={s}>
                            {listable && n > 0 ? (
                              <Link to={queueLink(row, { status: s as QueueFilters['status'] })}>
                                {intl.formatNumber(n)}
                                <span className="visually-hidden">
                                  {' '}
                                  <FormattedMessage
                                    id="mod.coverage.showItems"
                                    values={{ count: n, status: status(s), round: roundLabel(row) }}
                                  />
                                </span>
                              </Link>
                            ) : (
                              intl.formatNumber(n)
                            )}
                          </td>
                        );
                      })}
                      <td>{intl.formatNumber(totalOf(row))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="coverage-chart-title" className="chart-section">
            <h2 id="coverage-chart-title">
              <FormattedMessage id="mod.coverage.coverageTitle" />
            </h2>
            <p className="field__hint">
              <FormattedMessage id="mod.coverage.coverageIntro" />
            </p>
            <figure className="chart" aria-hidden="true" data-testid="coverage-chart">
              {rows.map((row) => (
                <div key={row.roundId} className="chart__group">
                  <span className="chart__group-label">{regionName(row.region)}</span>
                  {(
                    [
                      ['GENDER', row.genderShare],
                      ['HUMAN_RIGHTS', row.humanRightsShare],
                      ['REVIEWED', row.tagReviewedShare],
                    ] as const
                  ).map(([kind, share]) => (
                    <div key={kind} className="chart__row">
                      <span className="chart__label">
                        <FormattedMessage id={`mod.coverage.share.${kind}` as MessageId} />
                      </span>
                      <svg className="chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                        <rect width="100" height="10" className="share share--track" />
                        {share !== null && share !== undefined && (
                          <rect width={share * 100} height="10" className={`share share--${kind}`} />
                        )}
                      </svg>
                      <span className="chart__value">{percent(share)}</span>
                    </div>
                  ))}
                </div>
              ))}
            </figure>
            <div className="table-wrap">
              <table className="data-table" data-testid="coverage-table">
                <caption>
                  <FormattedMessage id="mod.coverage.coverageCaption" />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="mod.coverage.round" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="mod.coverage.approved" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="mod.coverage.share.GENDER" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="mod.coverage.share.HUMAN_RIGHTS" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="mod.coverage.share.REVIEWED" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="mod.coverage.gaps" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const noGender = row.approved - row.approvedWithGenderTag;
                    const noHumanRights = row.approved - row.approvedWithHumanRightsTag;
                    return (
                      <tr key={row.roundId}>
                        <th scope="row">
                          {regionName(row.region)} — <bdi>{titles.get(row.roundId)}</bdi>
                        </th>
                        <td>{intl.formatNumber(row.approved)}</td>
                        <td>{cell(row.approvedWithGenderTag, row.genderShare)}</td>
                        <td>{cell(row.approvedWithHumanRightsTag, row.humanRightsShare)}</td>
                        <td>{cell(row.approvedTagReviewed, row.tagReviewedShare)}</td>
                        <td>
                          {noGender > 0 && (
                            <Link to={queueLink(row, { status: 'APPROVED', missing: 'GENDER' })} className="gap-link">
                              <FormattedMessage
                                id="mod.coverage.gapGender"
                                values={{ count: noGender, region: regionName(row.region) }}
                              />
                            </Link>
                          )}
                          {noHumanRights > 0 && (
                            <Link
                              to={queueLink(row, { status: 'APPROVED', missing: 'HUMAN_RIGHTS' })}
                              className="gap-link"
                            >
                              <FormattedMessage
                                id="mod.coverage.gapHumanRights"
                                values={{ count: noHumanRights, region: regionName(row.region) }}
                              />
                            </Link>
                          )}
                          {noGender === 0 && noHumanRights === 0 && <FormattedMessage id="mod.coverage.noGap" />}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
