import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { provisionLabel, SubmissionList } from './parts/SubmissionList';

const ProvisionsQuery = graphql(`
  query PublicProvisions {
    treatyProvisions {
      id
      kind
      chapterNumber
      articleNumber
      title
    }
  }
`);

/**
 * The treaty's chapters and articles; choosing one lists the approved submissions that cite it
 * (/provisions/article-23).
 */
export function Component(): ReactNode {
  const { id } = useParams();
  const intl = useIntl();
  const { data, error } = useQuery(ProvisionsQuery);
  const provisions = data?.treatyProvisions ?? [];
  const current = provisions.find((p) => p.id === id);
  usePageTitle('provisions.title');
  return (
    <>
      <h1>{current ? provisionLabel(intl, current) : <FormattedMessage id="provisions.title" />}</h1>
      {error && <ErrorMessage error={error} />}
      {current ? (
        <>
          <p>
            <Link to="/provisions">
              <FormattedMessage id="provisions.all" />
            </Link>
          </p>
          <SubmissionList key={current.id} base={{ provisionId: current.id }} showProvision={false} />
        </>
      ) : (
        <>
          <p className="lede">
            <FormattedMessage id="provisions.intro" />
          </p>
          <ul className="provision-list">
            {provisions.map((p) => (
              <li key={p.id} className={p.kind === 'CHAPTER' ? 'provision-list__chapter' : 'provision-list__article'}>
                <Link to={`/provisions/${p.id}`}>{provisionLabel(intl, p)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
