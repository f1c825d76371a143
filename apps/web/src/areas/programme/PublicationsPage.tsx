import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PublicationFilter, PublicationKind } from '../../gql/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { idOf, languageName } from './parts/labels';

const KINDS = ['REPORT', 'JOURNAL_ARTICLE', 'BRIEF'] as const;

const PublicationsQuery = graphql(`
  query ProgrammePublications($filter: PublicationFilter, $after: String) {
    publications(filter: $filter, first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          title
          authors
          abstract
          language
          doi
          url
          publishedAt
          filePath
          fileName
          fileBytes
          session {
            id
            title
          }
          tags {
            id
            label
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The programme's publications — the report, journal articles, briefs — searchable, with their open-access files. */
export function Component(): ReactNode {
  const intl = useIntl();
  usePageTitle('prog.publications.title');
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const filter: PublicationFilter = {
    ...(params.get('q') ? { search: params.get('q')! } : {}),
    ...(params.get('kind') ? { kind: params.get('kind') as PublicationKind } : {}),
  };
  const { data, error, loading, fetchMore } = useQuery(PublicationsQuery, {
    variables: { filter },
    notifyOnNetworkStatusChange: true,
  });
  const choose = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    choose('q', search.trim());
  };
  const rows = data?.publications.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>
        <FormattedMessage id="prog.publications.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="prog.publications.intro" />
      </p>
      <form className="filters" role="search" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor="publications-search">
            <FormattedMessage id="prog.publications.search" />
          </label>
          <div className="filters__search">
            <input
              id="publications-search"
              className="field__input"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <button type="submit" className="button button--secondary">
              <FormattedMessage id="prog.publications.searchButton" />
            </button>
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="publications-kind">
            <FormattedMessage id="prog.publications.kind" />
          </label>
          <select
            id="publications-kind"
            className="field__input field__select"
            value={params.get('kind') ?? ''}
            onChange={(e) => choose('kind', e.target.value)}
          >
            <option value="">{intl.formatMessage({ id: 'prog.filter.all' })}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {intl.formatMessage({ id: idOf('prog.kind', k) })}
              </option>
            ))}
          </select>
        </div>
      </form>
      {error && <ErrorMessage error={error} />}
      {!loading && !error && rows.length === 0 && (
        <p>
          <FormattedMessage id="prog.publications.none" />
        </p>
      )}
      <ul className="card-list">
        {rows.map((p) => (
          <li key={p.id} className="card" lang={p.language}>
            <h2 className="card__title programme__publication-title" dir="auto">
              {p.title}
            </h2>
            <span className="card__meta" lang={intl.locale}>
              <FormattedMessage id={idOf('prog.kind', p.kind)} /> · {languageName(intl, p.language)}
              {p.publishedAt && <> · {intl.formatDate(p.publishedAt, { dateStyle: 'medium' })}</>}
              {p.session && <> · {p.session.title}</>}
            </span>
            {p.authors.length > 0 && (
              <span className="card__meta" dir="auto">
                {p.authors.join(', ')}
              </span>
            )}
            {p.abstract && <p dir="auto">{p.abstract}</p>}
            <p className="programme__links" lang={intl.locale}>
              {p.filePath && (
                <a href={p.filePath}>
                  <FormattedMessage
                    id="prog.publications.download"
                    values={{ size: intl.formatNumber((p.fileBytes ?? 0) / 1024, { maximumFractionDigits: 0 }) }}
                  />
                </a>
              )}
              {p.doi && <a href={`https://doi.org/${p.doi}`}>DOI {p.doi}</a>}
              {p.url && (
                <a href={p.url} rel="noopener noreferrer">
                  <FormattedMessage id="prog.publications.link" />
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
      {data?.publications.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: data.publications.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </button>
      )}
    </>
  );
}
