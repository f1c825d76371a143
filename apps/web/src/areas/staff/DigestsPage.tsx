import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button } from '../../components/forms';
import type { DigestEdition, StaffDigestQuery, StaffDigestsQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import {
  CompileDigestMutation,
  PublishDigestMutation,
  StaffDigestQuery as DigestQuery,
  StaffDigestsQuery as DigestsQuery,
} from './documents';
import { byteSize, inFlight, phaseRows } from './logic/digest-progress';
import { downloadDigestFile, fetchDigestFile } from './logic/download';
import { BarChart } from './parts/BarChart';
import { Confirm } from './parts/Confirm';
import { Refusal } from './parts/Refusal';

type Listed = StaffDigestsQuery['digests'][number];
type Digest = StaffDigestQuery['digest'];

/**
 * How often the page asks how a compile is going. Polling, not a subscription: the api refuses
 * GraphQL subscriptions (there is no websocket server, and several api instances would need a
 * shared pub/sub to push a worker's progress), while one small `digest(id)` query a second, only
 * while a compile is queued or running and the page is open, costs the database almost nothing
 * and survives any proxy.
 */
const POLL_MS = 1_000;
const EDITIONS: DigestEdition[] = ['PUBLIC', 'INTERNAL'];

interface DigestStats {
  submissions: number;
  byRegion: { region: string; submissions: number; withGenderTag: number; withHumanRightsTag: number }[];
  byTag: { category: string; slug: string; label: string; submissions: number }[];
}
/**
 * A changed submission, or (with `section`, its heading, and `sectionKey`) an entry of a section the
 * programme adds: an event's outcome (`side-meetings`) or a cited publication (`publications`).
 */
interface DigestChange {
  id: string;
  title: string;
  section?: string;
  sectionKey?: string;
}

/** What a change is about; versions compiled before changes carried a key only had outcomes. */
function changeKind(c: DigestChange): 'submission' | 'outcome' | 'publication' {
  if (!c.section) return 'submission';
  return c.sectionKey === 'publications' ? 'publication' : 'outcome';
}

/** Where staff open a changed item. */
const CHANGE_LINKS: Record<ReturnType<typeof changeKind>, (id: string) => string> = {
  submission: (id) => `/staff/submissions/${id}`,
  outcome: (id) => `/programme/staff/events/${id}`,
  publication: (id) => `/programme/staff/publications#publication-${id}`,
};
interface DigestChanges {
  previousVersion: number | null;
  added: DigestChange[];
  removed: DigestChange[];
  changed: DigestChange[];
}

/**
 * /staff/digests/:sessionId?edition=PUBLIC&digest=<id> — a session's digests, per edition: the
 * versions, compiling a new one with its live progress and the worker's phases, the changes since
 * the previous version, the statistics as charts, the six files (sizes, hashes, downloads), a
 * preview of the HTML edition, and publishing (PUBLIC and READY only) behind a confirmation.
 */
export function DigestsPage(): ReactNode {
  const { sessionId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const intl = useIntl();
  const announce = useAnnounce();
  const edition: DigestEdition = params.get('edition') === 'INTERNAL' ? 'INTERNAL' : 'PUBLIC';
  const list = useQuery(DigestsQuery, { variables: { sessionId, edition }, fetchPolicy: 'cache-and-network' });
  const [compile, compiling] = useMutation(CompileDigestMutation);
  const [unchanged, setUnchanged] = useState<number | null>(null);
  const digests = list.data?.digests ?? [];
  const selectedId = params.get('digest') ?? digests[0]?.id ?? null;
  usePageTitle('staff.digests.pageTitle', { title: list.data?.negotiationSession.title ?? '' });

  const select = (id: string | null, nextEdition = edition) => {
    const next = new URLSearchParams();
    if (nextEdition !== 'PUBLIC') next.set('edition', nextEdition);
    if (id) next.set('digest', id);
    setParams(next);
  };

  if (list.error && !list.data) return <ErrorMessage error={list.error} />;
  if (!list.data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const session = list.data.negotiationSession;
  return (
    <div>
      <p className="breadcrumbs">
        <Link to="/staff/digests">
          <FormattedMessage id="staff.digests.title" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="staff.digests.pageTitle" values={{ title: session.title }} />
      </h1>
      <nav className="tabs" aria-label={intl.formatMessage({ id: 'staff.digests.editions' })}>
        <ul>
          {EDITIONS.map((e) => (
            <li key={e}>
              <Link
                to={`/staff/digests/${sessionId}${e === 'PUBLIC' ? '' : '?edition=INTERNAL'}`}
                aria-current={e === edition ? 'page' : undefined}
              >
                <FormattedMessage id={`staff.edition.${e}` as MessageId} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="field__hint">
        <FormattedMessage id={`staff.edition.${edition}.explain` as MessageId} />
      </p>
      <div className="actions">
        <Button
          isDisabled={compiling.loading}
          onPress={() => {
            setUnchanged(null);
            void compile({ variables: { input: { sessionId, edition } } })
              .then(async (res) => {
                const d = res.data?.compileDigest;
                if (!d) return;
                await list.refetch();
                if (!inFlight(d.status)) setUnchanged(d.version ?? null);
                else announce(intl.formatMessage({ id: 'staff.digests.queued' }));
                select(d.id);
              })
              .catch(() => null);
          }}
        >
          <FormattedMessage id={`staff.digests.compile.${edition}`} />
        </Button>
      </div>
      <Refusal error={compiling.error} />
      {unchanged !== null && (
        <p className="notice" role="status">
          <FormattedMessage id="staff.digests.nothingChanged" values={{ version: unchanged }} />
        </p>
      )}
      <div className="digests-layout">
        <Versions digests={digests} selectedId={selectedId} onSelect={(id) => select(id)} />
        {selectedId ? (
          <DigestView key={selectedId} id={selectedId} onSettled={() => void list.refetch()} />
        ) : (
          <p>
            <FormattedMessage id="staff.digests.none" />
          </p>
        )}
      </div>
    </div>
  );
}

function StatusBadge({ status }: { status: string }): ReactNode {
  return (
    <span className={`status status--${status}`} data-status={status}>
      <FormattedMessage id={`staff.digestStatus.${status}` as MessageId} />
    </span>
  );
}

function Versions({
  digests,
  selectedId,
  onSelect,
}: {
  digests: Listed[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}): ReactNode {
  const intl = useIntl();
  return (
    <section aria-labelledby="h-versions" className="versions">
      <h2 id="h-versions">
        <FormattedMessage id="staff.digests.versions" />
      </h2>
      {digests.length === 0 ? (
        <p>
          <FormattedMessage id="staff.digests.none" />
        </p>
      ) : (
        <ol className="plain-list version-list">
          {digests.map((d) => (
            <li key={d.id} className={d.id === selectedId ? 'current' : undefined}>
              <button
                type="button"
                className="version-list__item"
                aria-current={d.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(d.id)}
              >
                <span className="version-list__title">
                  {d.version ? (
                    <FormattedMessage id="staff.digests.version" values={{ version: d.version }} />
                  ) : (
                    <FormattedMessage
                      id={d.status === 'FAILED' ? 'staff.digests.failedRequest' : 'staff.digests.request'}
                    />
                  )}{' '}
                  <StatusBadge status={d.status} />
                </span>
                <span className="meta">
                  {intl.formatDate(d.requestedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  {d.submissionCount !== null && (
                    <>
                      {' · '}
                      <FormattedMessage id="staff.digests.submissions" values={{ count: d.submissionCount }} />
                    </>
                  )}
                  {d.supersededByVersion && (
                    <>
                      {' · '}
                      <FormattedMessage id="staff.digests.superseded" values={{ version: d.supersededByVersion }} />
                    </>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DigestView({ id, onSettled }: { id: string; onSettled: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const { data, error, startPolling, stopPolling } = useQuery(DigestQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const d = data?.digest;
  const running = d ? inFlight(d.status) : false;
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running) {
      wasRunning.current = true;
      startPolling(POLL_MS);
      return () => stopPolling();
    }
    stopPolling();
    if (wasRunning.current && d) {
      wasRunning.current = false;
      announce(
        intl.formatMessage({ id: `staff.digests.finished.${d.status}` as MessageId }, { version: d.version ?? 0 }),
      );
      onSettled();
    }
    return undefined;
  }, [running, d, startPolling, stopPolling, announce, intl, onSettled]);

  if (error && !d) return <ErrorMessage error={error} />;
  if (!d)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  return (
    <section aria-labelledby="h-digest" className="digest-view" data-digest={d.id} data-status={d.status}>
      <h2 id="h-digest">
        {d.version ? (
          <FormattedMessage id={`staff.digests.versionOf.${d.edition}`} values={{ version: d.version }} />
        ) : (
          <FormattedMessage id={d.status === 'FAILED' ? 'staff.digests.failedRequest' : 'staff.digests.request'} />
        )}{' '}
        <StatusBadge status={d.status} />
      </h2>
      <Progress d={d} />
      {d.status === 'FAILED' && (
        <div className="notice notice--error" role="alert" data-error-id={d.errorId ?? ''}>
          <p>
            <FormattedMessage id="staff.digests.failed" />
          </p>
          <p>
            <FormattedMessage id="staff.digests.errorId" />{' '}
            <code className="hash" dir="ltr">
              {d.errorId ?? '—'}
            </code>
          </p>
        </div>
      )}
      {d.status === 'UNCHANGED' && (
        <p className="notice">
          <FormattedMessage id="staff.digests.sameAs" values={{ version: d.version ?? 0 }} />
        </p>
      )}
      {(d.status === 'READY' || d.status === 'PUBLISHED') && (
        <>
          <dl className="facts">
            <dt>
              <FormattedMessage id="staff.digests.submissionCount" />
            </dt>
            <dd>{d.submissionCount}</dd>
            <dt>
              <FormattedMessage id="staff.digests.contentHash" />
            </dt>
            <dd>
              <code className="hash" dir="ltr">
                {d.contentHash}
              </code>
            </dd>
            <dt>
              <FormattedMessage id="staff.digests.compiledAt" />
            </dt>
            <dd>
              {d.completedAt ? intl.formatDate(d.completedAt, { dateStyle: 'medium', timeStyle: 'medium' }) : '—'}
            </dd>
            {d.publishedAt && (
              <>
                <dt>
                  <FormattedMessage id="staff.digests.publishedAt" />
                </dt>
                <dd>{intl.formatDate(d.publishedAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
              </>
            )}
          </dl>
          <Publish d={d} onPublished={onSettled} />
          <Changes changes={d.changes as DigestChanges | null} />
          <Statistics stats={d.stats as DigestStats | null} />
          <Files d={d} />
          <Preview d={d} />
        </>
      )}
    </section>
  );
}

function Progress({ d }: { d: Digest }): ReactNode {
  const intl = useIntl();
  const [now, setNow] = useState(() => Date.now());
  const running = inFlight(d.status);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, [running]);
  const rows = phaseRows(d.status, d.phases, d.requestedAt, now);
  const seconds = (ms: number | null) =>
    ms === null
      ? ''
      : intl.formatNumber(ms / 1000, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 });
  return (
    <div className="progress-panel">
      {running && (
        <div className="field">
          <label className="field__label" htmlFor="digest-progress">
            <FormattedMessage id="staff.digests.progress" values={{ percent: d.progress }} />
          </label>
          <progress id="digest-progress" max={100} value={d.progress}>
            {d.progress}%
          </progress>
        </div>
      )}
      <ol className="phases" aria-label={intl.formatMessage({ id: 'staff.digests.phases' })}>
        {rows.map((r) => (
          <li
            key={r.phase}
            className={`phase phase--${r.state}`}
            data-phase={r.phase}
            data-state={r.state}
            aria-current={r.state === 'current' ? 'step' : undefined}
          >
            <span className="phase__mark" aria-hidden="true">
              {r.state === 'done' ? '✓' : r.state === 'current' ? '●' : r.state === 'failed' ? '✗' : '○'}
            </span>
            <span className="phase__name">
              <FormattedMessage id={`staff.phase.${r.phase}` as MessageId} />
            </span>
            <span className="phase__state">
              <FormattedMessage id={`staff.phaseState.${r.state}` as MessageId} />
              {r.durationMs !== null && r.phase !== 'DONE' && <> · {seconds(r.durationMs)}</>}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Publish({ d, onPublished }: { d: Digest; onPublished: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [publish, state] = useMutation(PublishDigestMutation);
  const start = useRef<HTMLButtonElement>(null);
  if (d.edition !== 'PUBLIC')
    return (
      <p className="notice">
        <FormattedMessage id="staff.publish.internal" />
      </p>
    );
  if (d.status === 'PUBLISHED')
    return (
      <p className="notice notice--success" data-published="true">
        <FormattedMessage id="staff.publish.done" />{' '}
        <Link to={`/digests/${d.id}`}>
          <FormattedMessage id="staff.publish.publicPage" />
        </Link>
      </p>
    );
  return (
    <section aria-labelledby="h-publish" className="panel">
      <h3 id="h-publish">
        <FormattedMessage id="staff.publish.title" />
      </h3>
      {d.supersededByVersion && (
        <p className="notice" data-superseded={d.supersededByVersion}>
          <FormattedMessage
            id="staff.publish.superseded"
            values={{ version: d.version ?? 0, newest: d.supersededByVersion }}
          />
        </p>
      )}
      <Refusal error={state.error} />
      {confirming ? (
        <Confirm
          id="confirm-publish"
          title={<FormattedMessage id="staff.publish.confirmTitle" values={{ version: d.version ?? 0 }} />}
          confirmLabel={<FormattedMessage id="staff.publish.confirm" values={{ version: d.version ?? 0 }} />}
          busy={state.loading}
          onCancel={() => {
            setConfirming(false);
            start.current?.focus();
          }}
          onConfirm={() =>
            void publish({ variables: { id: d.id } })
              .then(() => {
                setConfirming(false);
                announce(intl.formatMessage({ id: 'staff.publish.announced' }, { version: d.version ?? 0 }));
                onPublished();
              })
              .catch(() => setConfirming(false))
          }
        >
          <p>
            <FormattedMessage id="staff.publish.confirmBody" values={{ count: d.submissionCount ?? 0 }} />
          </p>
        </Confirm>
      ) : (
        <button type="button" ref={start} className="button button--primary" onClick={() => setConfirming(true)}>
          <FormattedMessage id="staff.publish.start" values={{ version: d.version ?? 0 }} />
        </button>
      )}
    </section>
  );
}

function Changes({ changes }: { changes: DigestChanges | null }): ReactNode {
  if (!changes) return null;
  const groups = [
    ['added', changes.added],
    ['removed', changes.removed],
    ['changed', changes.changed],
  ] as const;
  return (
    <section aria-labelledby="h-changes" className="changes">
      <h3 id="h-changes">
        {changes.previousVersion ? (
          <FormattedMessage id="staff.changes.title" values={{ version: changes.previousVersion }} />
        ) : (
          <FormattedMessage id="staff.changes.first" />
        )}
      </h3>
      {changes.previousVersion && (
        <div className="changes__groups">
          {groups.map(([kind, items]) => (
            <div key={kind} className={`changes__group changes__group--${kind}`} data-changes={kind}>
              <h4>
                <FormattedMessage id={`staff.changes.${kind}` as MessageId} values={{ count: items.length }} />
              </h4>
              {items.length === 0 ? (
                <p className="meta">
                  <FormattedMessage id="staff.changes.noneOfKind" />
                </p>
              ) : (
                <ul>
                  {items.map((i) => {
                    const kind = changeKind(i);
                    return (
                      <li key={i.id} data-section={kind === 'submission' ? undefined : kind}>
                        <Link to={CHANGE_LINKS[kind](i.id)} dir="auto">
                          {i.title}
                        </Link>
                        {kind !== 'submission' && (
                          <>
                            {' '}
                            <span className="meta">
                              (<FormattedMessage id={`staff.changes.${kind}`} />)
                            </span>
                          </>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function Statistics({ stats }: { stats: DigestStats | null }): ReactNode {
  const intl = useIntl();
  if (!stats) return null;
  const region = (r: string) => intl.formatMessage({ id: `region.${r}` as MessageId });
  const percent = (n: number) => intl.formatNumber(n / 100, { style: 'percent', maximumFractionDigits: 0 });
  const topTags = [...stats.byTag]
    .sort((a, b) => b.submissions - a.submissions || a.label.localeCompare(b.label))
    .slice(0, 12);
  return (
    <section aria-labelledby="h-stats" className="stats">
      <h3 id="h-stats">
        <FormattedMessage id="staff.stats.title" values={{ count: stats.submissions }} />
      </h3>
      <div className="stats__charts">
        <BarChart
          caption={<FormattedMessage id="staff.stats.byRegion" />}
          series={[{ key: 'submissions', label: <FormattedMessage id="staff.stats.submissions" />, tone: 'a' }]}
          rows={stats.byRegion.map((r) => ({
            key: r.region,
            label: region(r.region),
            values: { submissions: r.submissions },
          }))}
        />
        <BarChart
          caption={<FormattedMessage id="staff.stats.coverage" />}
          series={[
            { key: 'gender', label: <FormattedMessage id="staff.stats.gender" />, tone: 'b' },
            { key: 'humanRights', label: <FormattedMessage id="staff.stats.humanRights" />, tone: 'c' },
          ]}
          max={100}
          format={percent}
          rows={stats.byRegion.map((r) => ({
            key: r.region,
            label: region(r.region),
            values: {
              gender: r.submissions ? Math.round((r.withGenderTag / r.submissions) * 100) : 0,
              humanRights: r.submissions ? Math.round((r.withHumanRightsTag / r.submissions) * 100) : 0,
            },
          }))}
        />
        {topTags.length > 0 && (
          <BarChart
            caption={<FormattedMessage id="staff.stats.byTag" />}
            series={[{ key: 'submissions', label: <FormattedMessage id="staff.stats.submissions" />, tone: 'a' }]}
            rows={topTags.map((t) => ({
              key: `${t.category}/${t.slug}`,
              label: t.label,
              values: { submissions: t.submissions },
            }))}
          />
        )}
      </div>
    </section>
  );
}

function Files({ d }: { d: Digest }): ReactNode {
  const intl = useIntl();
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <section aria-labelledby="h-files">
      <h3 id="h-files">
        <FormattedMessage id="staff.files.title" />
      </h3>
      {failed && (
        <p className="notice notice--error" role="alert">
          <FormattedMessage id="staff.files.failed" values={{ format: failed }} />
        </p>
      )}
      <table className="data-table files">
        <caption className="visually-hidden">
          <FormattedMessage id="staff.files.title" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="staff.files.format" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="staff.files.size" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.files.sha256" />
            </th>
            <th scope="col">
              <span className="visually-hidden">
                <FormattedMessage id="staff.files.download" />
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {d.files.map((f) => (
            <tr key={f.format} data-format={f.format}>
              <th scope="row">{f.format}</th>
              <td className="numeric">{byteSize(f.bytes, (n, o) => intl.formatNumber(n, o))}</td>
              <td>
                <code className="hash" dir="ltr">
                  {f.sha256}
                </code>
              </td>
              <td>
                <Button
                  variant="secondary"
                  isDisabled={busy === f.format}
                  aria-label={intl.formatMessage({ id: 'staff.files.downloadNamed' }, { format: f.format })}
                  onPress={() => {
                    setFailed(null);
                    setBusy(f.format);
                    void downloadDigestFile(f.url)
                      .catch(() => setFailed(f.format))
                      .finally(() => setBusy(null));
                  }}
                >
                  <FormattedMessage id="staff.files.download" />
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The HTML edition inside the page: fetched with the staff member's token and shown in a
 * sandboxed frame (no scripts, no same-origin access) as `srcdoc`. The frame inherits the page's
 * Content-Security-Policy, which allows exactly the digest's own stylesheet by its hash (see
 * apps/api/src/http-hardening.ts), so it looks as a reader will see it.
 */
function Preview({ d }: { d: Digest }): ReactNode {
  const intl = useIntl();
  const [html, setHtml] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const file = d.files.find((f) => f.format === 'HTML');
  if (!file) return null;
  return (
    <section aria-labelledby="h-preview" className="preview">
      <h3 id="h-preview">
        <FormattedMessage id="staff.preview.title" />
      </h3>
      {html === null ? (
        <>
          {state === 'failed' && (
            <p className="notice notice--error" role="alert">
              <FormattedMessage id="staff.files.failed" values={{ format: 'HTML' }} />
            </p>
          )}
          <Button
            variant="secondary"
            isDisabled={state === 'loading'}
            onPress={() => {
              setState('loading');
              void fetchDigestFile(file.url)
                .then(({ blob }) => blob.text())
                .then((text) => {
                  setHtml(text);
                  setState('idle');
                })
                .catch(() => setState('failed'));
            }}
          >
            <FormattedMessage id="staff.preview.show" />
          </Button>
        </>
      ) : (
        <iframe
          className="preview__frame"
          title={intl.formatMessage({ id: 'staff.preview.frameTitle' }, { version: d.version ?? 0 })}
          sandbox=""
          srcDoc={html}
        />
      )}
    </section>
  );
}
