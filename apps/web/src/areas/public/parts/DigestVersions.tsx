import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ErrorMessage } from '../../../components/ErrorMessage';

const DigestVersionsQuery = graphql(`
  query PublicDigestVersions($sessionId: ID!) {
    digests(sessionId: $sessionId, edition: PUBLIC) {
      id
      version
      status
      submissionCount
      publishedAt
      contentHash
      files {
        format
        bytes
        sha256
        url
      }
    }
  }
`);

/** Same-origin path of a download (the api answers absolute URLs under its PUBLIC_URL). */
const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

/**
 * The published versions of a session's public digest, newest first, each with its six downloads,
 * their sizes and SHA-256 hashes (so a reader can check a copy they were sent).
 */
export function DigestVersions({ sessionId, highlight }: { sessionId: string; highlight?: string }): ReactNode {
  const intl = useIntl();
  const { data, error } = useQuery(DigestVersionsQuery, { variables: { sessionId } });
  const published = (data?.digests ?? []).filter((d) => d.publishedAt);
  if (error) return <ErrorMessage error={error} />;
  if (data && published.length === 0)
    return (
      <p>
        <FormattedMessage id="digests.none" />
      </p>
    );
  return published.map((d) => (
    <section
      key={d.id}
      className={`digest${d.id === highlight ? ' digest--current' : ''}`}
      aria-labelledby={`digest-${d.id}`}
    >
      <h3 id={`digest-${d.id}`}>
        <FormattedMessage
          id="digests.version"
          values={{
            version: d.version ?? 1,
            count: d.submissionCount ?? 0,
            date: intl.formatDate(d.publishedAt!, { dateStyle: 'long' }),
          }}
        />
      </h3>
      <table className="downloads">
        <caption className="visually-hidden">
          <FormattedMessage id="digests.downloads" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="digests.format" />
            </th>
            <th scope="col">
              <FormattedMessage id="digests.size" />
            </th>
            <th scope="col">
              <FormattedMessage id="digests.sha256" />
            </th>
          </tr>
        </thead>
        <tbody>
          {d.files.map((f) => (
            <tr key={f.format}>
              <td>
                <a href={pathOf(f.url)} download>
                  <FormattedMessage id="digests.download" values={{ format: f.format }} />
                </a>
              </td>
              <td>
                {intl.formatNumber(f.bytes / 1024, {
                  style: 'unit',
                  unit: 'kilobyte',
                  unitDisplay: 'short',
                  maximumFractionDigits: 1,
                })}
              </td>
              <td>
                <code className="hash" dir="ltr">
                  {f.sha256}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  ));
}
