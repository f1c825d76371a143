import { useMemo, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { describeError } from '../../api/errors';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { MessageId } from '../../i18n/messages';
import { SimilarQuery } from './documents';
import { CannotTake } from './ItemPage';
import { parseFilters, searchString } from './logic/queue-filters';
import { sharedPassages, type Segment } from './logic/shared-passages';
import { DeskNav, useDeskShortcuts } from './parts/desk';
import { textDirection } from './parts/format';

/**
 * /moderation/items/:submissionId/similar?with=<id> — the item and one of its near-duplicates side
 * by side, the passages they share highlighted, with the similarity score. The other
 * near-duplicates are listed above to switch between them.
 */
export function SimilarPage(): ReactNode {
  usePageTitle('mod.similar.pageTitle');
  const intl = useIntl();
  const { submissionId = '' } = useParams();
  const [params] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const search = searchString(filters);
  const join = search ? `${search}&` : '?';
  const { data, error } = useQuery(SimilarQuery, { variables: { id: submissionId } });
  useDeskShortcuts('desk', {});

  const subject = data?.submission;
  const similar = data?.similarSubmissions ?? [];
  const chosen = similar.find((s) => s.submission.id === params.get('with')) ?? similar[0];
  const compared = useMemo(() => {
    if (!subject || !chosen) return null;
    const textOf = (s: { title: string; summary: string; body: string }) => `${s.title}\n\n${s.summary}\n\n${s.body}`;
    return sharedPassages(textOf(subject), textOf(chosen.submission), subject.language, chosen.submission.language);
  }, [subject, chosen]);

  if (error && describeError(error).kind === 'FORBIDDEN') return <CannotTake search={search} />;
  if (subject?.moderatable === false) return <CannotTake search={search} />;
  return (
    <div className="desk-page">
      <DeskNav scope="desk" />
      <p>
        <Link to={`/moderation/items/${submissionId}${search}`}>
          <FormattedMessage id="mod.similar.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="mod.similar.pageTitle" />
      </h1>
      {error && <ErrorMessage error={error} />}
      {!data && !error && (
        <p>
          <FormattedMessage id="common.loading" />
        </p>
      )}
      {data && similar.length === 0 && (
        <p>
          <FormattedMessage id="mod.similar.none" />
        </p>
      )}
      {similar.length > 1 && (
        <nav aria-label={intl.formatMessage({ id: 'mod.similar.others' })}>
          <ul className="plain-list">
            {similar.map(({ score, submission: other }) => (
              <li key={other.id}>
                <Link
                  to={`/moderation/items/${submissionId}/similar${join}with=${other.id}`}
                  aria-current={other.id === chosen?.submission.id ? 'true' : undefined}
                  dir="auto"
                >
                  {other.title}
                </Link>{' '}
                <span className="field__hint field__hint--inline">
                  {intl.formatNumber(score, { style: 'percent' })}
                </span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {subject && chosen && compared && (
        <>
          <p className="similar__score" data-testid="similar-score">
            <FormattedMessage
              id="mod.similar.score"
              values={{ score: intl.formatNumber(chosen.score, { style: 'percent' }) }}
            />
          </p>
          <p className="field__hint">
            <FormattedMessage id="mod.similar.legend" />
          </p>
          <div className="compare">
            <section className="compare__side" aria-labelledby="compare-this">
              <h2 id="compare-this">
                <FormattedMessage id="mod.similar.this" />
              </h2>
              <p className="field__hint">
                <FormattedMessage
                  id="mod.similar.sharedShare"
                  values={{ share: intl.formatNumber(compared.sharedShareA, { style: 'percent' }) }}
                />
              </p>
              <Passages segments={compared.a} language={subject.language} />
            </section>
            <section className="compare__side" aria-labelledby="compare-other">
              <h2 id="compare-other">
                <FormattedMessage id="mod.similar.other" />
              </h2>
              <p className="field__hint">
                <span dir="auto">{chosen.submission.attribution.text}</span> ·{' '}
                <FormattedMessage id={`mod.status.${chosen.submission.status}` as MessageId} /> ·{' '}
                <span dir="auto">{chosen.submission.round.title}</span> ·{' '}
                <Link to={`/moderation/items/${chosen.submission.id}${search}`}>
                  <FormattedMessage id="mod.similar.open" />
                </Link>
              </p>
              <p className="field__hint">
                <FormattedMessage
                  id="mod.similar.sharedShare"
                  values={{ share: intl.formatNumber(compared.sharedShareB, { style: 'percent' }) }}
                />
              </p>
              <Passages segments={compared.b} language={chosen.submission.language} />
            </section>
          </div>
        </>
      )}
    </div>
  );
}

/** A text with its shared passages marked (<mark>, which a screen reader announces as highlighted). */
function Passages({ segments, language }: { segments: Segment[]; language: string }): ReactNode {
  return (
    <div className="compare__text" lang={language} dir={textDirection(language)}>
      {segments.map((s, i) => (s.shared ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </div>
  );
}
