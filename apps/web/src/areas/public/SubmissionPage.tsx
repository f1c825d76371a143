import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import type { MessageId } from '../../i18n/messages';
import { ErrorPage } from './parts/ErrorPage';
import { languageName, provisionLabel } from './parts/SubmissionList';

const SubmissionQuery = graphql(`
  query PublicSubmission($id: ID!) {
    submission(id: $id) {
      id
      title
      summary
      bodyHtml
      language
      region
      submittedAt
      wordCount
      attribution {
        text
        masked
      }
      provisions {
        id
        kind
        chapterNumber
        articleNumber
        title
      }
      tags {
        id
        label
      }
      cosigners {
        id
        status
        attribution {
          text
          masked
        }
      }
      round {
        id
        title
      }
    }
  }
`);

/**
 * One submission as the reader may see it: the api masks the attribution per its disclosure and
 * renders the body to sanitised HTML (the only HTML this client ever inserts). The text keeps its
 * own language and direction inside the page's.
 */
export function Component(): ReactNode {
  const { id = '' } = useParams();
  const intl = useIntl();
  const { data, error } = useQuery(SubmissionQuery, { variables: { id } });
  const s = data?.submission;
  usePageTitle('submission.pageTitle', { title: s?.title ?? '' });
  if (error) return <ErrorPage error={error} />;
  if (!s)
    return (
      <h1>
        <FormattedMessage id="common.loading" />
      </h1>
    );
  const dir = s.language === 'ar' ? 'rtl' : 'ltr';
  const cosigners = s.cosigners.filter((c) => c.status === 'ACCEPTED');
  return (
    <article>
      <p className="breadcrumbs">
        <Link to={`/rounds/${s.round.id}`}>{s.round.title}</Link>
      </p>
      <div lang={s.language} dir={dir} className="submission__text">
        <h1>{s.title}</h1>
        <p className="lede">{s.summary}</p>
      </div>
      <dl className="facts">
        <dt>
          <FormattedMessage id="submission.from" />
        </dt>
        <dd className="submission__attribution">{s.attribution.text}</dd>
        {cosigners.length > 0 && (
          <>
            <dt>
              <FormattedMessage id="submission.cosigners" />
            </dt>
            <dd>
              <ul className="plain-list submission__cosigners">
                {cosigners.map((c) => (
                  <li key={c.id}>{c.attribution.text}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>
          <FormattedMessage id="submission.region" />
        </dt>
        <dd>
          <FormattedMessage id={`region.${s.region}` as MessageId} />
        </dd>
        <dt>
          <FormattedMessage id="submission.language" />
        </dt>
        <dd>{languageName(intl, s.language)}</dd>
        {s.submittedAt && (
          <>
            <dt>
              <FormattedMessage id="submission.submitted" />
            </dt>
            <dd>{intl.formatDate(s.submittedAt, { dateStyle: 'long' })}</dd>
          </>
        )}
        <dt>
          <FormattedMessage id="submission.length" />
        </dt>
        <dd>
          <FormattedMessage id="round.words" values={{ count: s.wordCount }} />
        </dd>
      </dl>
      <section aria-labelledby="body-heading">
        <h2 id="body-heading" className="visually-hidden">
          <FormattedMessage id="submission.body" />
        </h2>
        {/* bodyHtml is the api's sanitised rendering (WEB.md: the only HTML inserted as such). */}
        <SanitisedHtml className="submission__body" lang={s.language} dir={dir} html={s.bodyHtml} />
      </section>
      {s.provisions.length > 0 && (
        <section aria-labelledby="provisions-heading">
          <h2 id="provisions-heading">
            <FormattedMessage id="submission.provisions" />
          </h2>
          <ul className="tag-list">
            {s.provisions.map((p) => (
              <li key={p.id}>
                <Link to={`/provisions/${p.id}`}>{provisionLabel(intl, p)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.tags.length > 0 && (
        <section aria-labelledby="tags-heading">
          <h2 id="tags-heading">
            <FormattedMessage id="submission.tags" />
          </h2>
          <ul className="tag-list">
            {s.tags.map((t) => (
              <li key={t.id}>
                <Link to={`/rounds/${s.round.id}?tag=${t.id}`}>{t.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
