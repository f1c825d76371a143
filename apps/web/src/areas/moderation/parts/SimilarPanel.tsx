import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { MessageId } from '../../../i18n/messages';
import { SimilarQuery } from '../documents';
import { Refusal } from './Refusal';

/**
 * Near-duplicates of the item (trigram similarity, across rounds), most similar first, each with
 * its score and a way to read the two side by side. Asked only when the api says there are some
 * (the comparison costs the server more than a plain read).
 */
export function SimilarPanel({
  id,
  hasSimilar,
  search,
}: {
  id: string;
  hasSimilar: boolean;
  search: string;
}): ReactNode {
  const intl = useIntl();
  const { data, error } = useQuery(SimilarQuery, { variables: { id }, skip: !hasSimilar });
  const similar = data?.similarSubmissions ?? [];
  const join = search ? `${search}&` : '?';
  return (
    <section className="panel similar" aria-labelledby="similar-title">
      <h2 id="similar-title" className="panel__title">
        <FormattedMessage id="mod.similar.title" />
      </h2>
      {!hasSimilar ? (
        <p>
          <FormattedMessage id="mod.similar.none" />
        </p>
      ) : error ? (
        <Refusal error={error} />
      ) : !data ? (
        <p>
          <FormattedMessage id="common.loading" />
        </p>
      ) : (
        <ul className="plain-list">
          {similar.map(({ score, submission: other }) => (
            <li key={other.id} className="similar__item">
              <span className="badge">{intl.formatNumber(score, { style: 'percent' })}</span>{' '}
              <span dir="auto" lang={other.language}>
                {other.title}
              </span>{' '}
              <span className="field__hint field__hint--inline">
                (<FormattedMessage id={`mod.status.${other.status}` as MessageId} /> ·{' '}
                <FormattedMessage id={`region.${other.region}` as MessageId} />)
              </span>{' '}
              <Link to={`/moderation/items/${id}/similar${join}with=${other.id}`}>
                <FormattedMessage id="mod.similar.compare" values={{ title: other.title }} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
