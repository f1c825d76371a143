import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button } from '../../components/forms';
import type { MessageId } from '../../i18n/messages';
import { StaffAppealsQuery } from './documents';

/** /staff/appeals — rejected submissions whose organisation appealed, the longest waiting first. */
export function AppealsPage(): ReactNode {
  usePageTitle('staff.appeals.title');
  const intl = useIntl();
  const { data, error, loading, fetchMore } = useQuery(StaffAppealsQuery, { fetchPolicy: 'cache-and-network' });
  const items = data?.moderationQueue.edges.map((e) => e.node) ?? [];
  return (
    <div>
      <h1>
        <FormattedMessage id="staff.appeals.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="staff.appeals.intro" />
      </p>
      {error && <ErrorMessage error={error} />}
      {data && items.length === 0 && (
        <p>
          <FormattedMessage id="staff.appeals.none" />
        </p>
      )}
      {items.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="staff.appeals.title" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="staff.appeals.submission" />
              </th>
              <th scope="col">
                <FormattedMessage id="staff.appeals.from" />
              </th>
              <th scope="col">
                <FormattedMessage id="staff.appeals.appealed" />
              </th>
              <th scope="col">
                <FormattedMessage id="staff.appeals.reason" />
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ submission: s }) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/staff/appeals/${s.id}`} lang={s.language} dir="auto">
                    {s.title}
                  </Link>
                  <span className="meta">{s.round.title}</span>
                </td>
                <td>
                  <span dir="auto">{s.attribution.text}</span>
                  <span className="meta">
                    <FormattedMessage id={`region.${s.region}` as MessageId} />
                  </span>
                </td>
                <td>
                  {s.appeal ? intl.formatDate(s.appeal.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}
                </td>
                <td className="excerpt">
                  <bdi>{s.appeal?.reason}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.moderationQueue.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          isDisabled={loading}
          onPress={() => void fetchMore({ variables: { after: data.moderationQueue.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </Button>
      )}
    </div>
  );
}
