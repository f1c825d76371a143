import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { Region, SubmissionFilterInput } from '../../../gql/graphql';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { MessageId } from '../../../i18n/messages';
import { loadScriptFonts } from '../../../i18n/scriptFonts';

const PAGE = 20;
const REGIONS: Region[] = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'] as Region[];
const LANGUAGE_CODES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

const SubmissionsQuery = graphql(`
  query PublicSubmissions($filter: SubmissionFilterInput, $first: Int, $after: String) {
    submissions(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          summary
          language
          region
          submittedAt
          attribution {
            text
            masked
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

const FilterOptionsQuery = graphql(`
  query SubmissionFilterOptions {
    tags {
      id
      label
      category
    }
    treatyProvisions {
      id
      kind
      chapterNumber
      articleNumber
      title
    }
  }
`);

export const languageName = (intl: ReturnType<typeof useIntl>, code: string): string =>
  new Intl.DisplayNames([intl.locale], { type: 'language' }).of(code) ?? code;

export const provisionLabel = (
  intl: ReturnType<typeof useIntl>,
  p: { kind: string; chapterNumber: number; articleNumber?: number | null; title: string },
): string =>
  p.kind === 'ARTICLE'
    ? intl.formatMessage({ id: 'provision.article' }, { number: p.articleNumber ?? 0, title: p.title })
    : intl.formatMessage({ id: 'provision.chapter' }, { number: p.chapterNumber, title: p.title });

/**
 * The approved submissions of a round (or citing a provision) with filters by region, tag,
 * language, provision and a full-text search. Every filter lives in the URL, so a view can be
 * shared; "Show more" pages by keyset (the api's cursor).
 */
export function SubmissionList({
  base,
  showRegion = true,
  showProvision = true,
}: {
  base: SubmissionFilterInput;
  showRegion?: boolean;
  showProvision?: boolean;
}): ReactNode {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const filter: SubmissionFilterInput = {
    ...base,
    ...(params.get('region') ? { region: params.get('region') as Region } : {}),
    ...(params.get('tag') ? { tagIds: [params.get('tag')!] } : {}),
    ...(params.get('language') ? { language: params.get('language')! } : {}),
    ...(params.get('provision') ? { provisionId: params.get('provision')! } : {}),
    ...(params.get('q') ? { search: params.get('q')! } : {}),
  };
  const { data, error, loading, fetchMore } = useQuery(SubmissionsQuery, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const options = useQuery(FilterOptionsQuery);
  const rows = data?.submissions.edges ?? [];
  useEffect(() => {
    for (const { node } of rows) loadScriptFonts(node.language);
  }, [rows]);

  const choose = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const submitSearch = (e: FormEvent): void => {
    e.preventDefault();
    choose('q', search.trim());
  };

  return (
    <section aria-labelledby="submissions-heading" className="submissions">
      <h2 id="submissions-heading">
        <FormattedMessage id="submissions.heading" />
      </h2>
      <form className="filters" role="search" onSubmit={submitSearch}>
        <div className="field">
          <label className="field__label" htmlFor="filter-search">
            <FormattedMessage id="submissions.search" />
          </label>
          <div className="filters__search">
            <input
              id="filter-search"
              className="field__input"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <button type="submit" className="button button--secondary">
              <FormattedMessage id="submissions.searchButton" />
            </button>
          </div>
        </div>
        {showRegion && (
          <FilterSelect
            id="filter-region"
            label="submissions.region"
            value={params.get('region')}
            onChange={(v) => choose('region', v)}
          >
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {intl.formatMessage({ id: `region.${r}` as MessageId })}
              </option>
            ))}
          </FilterSelect>
        )}
        <FilterSelect
          id="filter-language"
          label="submissions.language"
          value={params.get('language')}
          onChange={(v) => choose('language', v)}
        >
          {LANGUAGE_CODES.map((code) => (
            <option key={code} value={code}>
              {languageName(intl, code)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="filter-tag"
          label="submissions.tag"
          value={params.get('tag')}
          onChange={(v) => choose('tag', v)}
        >
          {(options.data?.tags ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </FilterSelect>
        {showProvision && (
          <FilterSelect
            id="filter-provision"
            label="submissions.provision"
            value={params.get('provision')}
            onChange={(v) => choose('provision', v)}
          >
            {(options.data?.treatyProvisions ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {provisionLabel(intl, p)}
              </option>
            ))}
          </FilterSelect>
        )}
      </form>

      {error && <ErrorMessage error={error} />}
      <p className="submissions__count" role="status" aria-live="polite">
        {data && (
          <FormattedMessage
            id={data.submissions.pageInfo.hasNextPage ? 'submissions.shownMore' : 'submissions.shown'}
            values={{ count: rows.length }}
          />
        )}
      </p>
      <ul className="card-list">
        {rows.map(({ node }) => (
          <li key={node.id} className="card">
            <Link to={`/submissions/${node.id}`} className="card__title" lang={node.language} dir="auto">
              {node.title}
            </Link>
            <p className="card__summary" lang={node.language} dir={node.language === 'ar' ? 'rtl' : 'ltr'}>
              {node.summary}
            </p>
            <span className="card__meta">
              {node.attribution.text} · {languageName(intl, node.language)}
              {node.tags.length > 0 && ` · ${node.tags.map((t) => t.label).join(', ')}`}
            </span>
          </li>
        ))}
      </ul>
      {data && rows.length === 0 && (
        <p>
          <FormattedMessage id="submissions.none" />
        </p>
      )}
      {loading && (
        <p>
          <FormattedMessage id="common.loading" />
        </p>
      )}
      {data?.submissions.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: data.submissions.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </button>
      )}
    </section>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: MessageId;
  value: string | null;
  onChange: (value: string) => void;
  children: ReactNode;
}): ReactNode {
  const intl = useIntl();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        <FormattedMessage id={label} />
      </label>
      <select id={id} className="field__input" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{intl.formatMessage({ id: 'submissions.all' })}</option>
        {children}
      </select>
    </div>
  );
}
