import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Select } from '../../components/forms/choices';
import { VersionsQuery } from './documents';
import { textDirection } from './format';
import { diffStats, diffWords } from '../../format/word-diff';

const CURRENT = 'current';

/** Versions: pick any two (submitted versions, or the draft now) and read the word-level differences. */
export function VersionsPage(): ReactNode {
  usePageTitle('ws.versions.title');
  const { id = '' } = useParams();
  const intl = useIntl();
  const { data, error } = useQuery(VersionsQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const versions = data?.submission.versions ?? [];
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const s = data.submission;
  const texts = new Map<string, { title: string; summary: string; body: string; language: string }>([
    [CURRENT, s],
    ...versions.map((v) => [String(v.number), v] as const),
  ]);
  const options = [
    ...versions.map((v) => ({
      value: String(v.number),
      label: intl.formatMessage(
        { id: 'ws.versions.option' },
        { version: v.number, date: intl.formatDate(v.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) },
      ),
    })),
    { value: CURRENT, label: intl.formatMessage({ id: 'ws.versions.current' }) },
  ];
  const fromKey =
    from ?? (versions.length > 1 ? String(versions[versions.length - 2].number) : (options[0]?.value ?? CURRENT));
  const toKey = to ?? (versions.length > 1 ? String(versions[versions.length - 1].number) : CURRENT);
  const a = texts.get(fromKey)!;
  const b = texts.get(toKey)!;
  const language = b.language;
  const body = diffWords(a.body, b.body, language);
  const stats = diffStats(body, language);
  return (
    <div>
      <p>
        <Link to={`/workspace/submissions/${s.id}`}>{s.title}</Link>
      </p>
      <h1>
        <FormattedMessage id="ws.versions.title" />
      </h1>
      {versions.length === 0 && (
        <p>
          <FormattedMessage id="ws.versions.none" />
        </p>
      )}
      <ul className="plain-list">
        {versions.map((v) => (
          <li key={v.number}>
            <FormattedMessage
              id="ws.versions.option"
              values={{
                version: v.number,
                date: intl.formatDate(v.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
              }}
            />{' '}
            — <code className="hash">{v.contentHash}</code>
          </li>
        ))}
      </ul>
      <div className="versions__pickers">
        <Select
          id="versions-from"
          label={<FormattedMessage id="ws.versions.from" />}
          options={options}
          value={fromKey}
          onChange={setFrom}
        />
        <Select
          id="versions-to"
          label={<FormattedMessage id="ws.versions.to" />}
          options={options}
          value={toKey}
          onChange={setTo}
        />
      </div>
      <p role="status">
        <FormattedMessage id="ws.versions.stats" values={{ added: stats.added, removed: stats.removed }} />
      </p>
      <p className="field__hint">
        <FormattedMessage id="ws.versions.legend" />
      </p>
      {(['title', 'summary'] as const).map((field) => (
        <div key={field}>
          <h2>
            <FormattedMessage id={field === 'title' ? 'ws.editor.title' : 'ws.editor.summary'} />
          </h2>
          <DiffText parts={diffWords(a[field], b[field], language)} dir={textDirection(language)} />
        </div>
      ))}
      <h2>
        <FormattedMessage id="ws.editor.body" />
      </h2>
      <DiffText parts={body} dir={textDirection(language)} />
    </div>
  );
}

function DiffText({ parts, dir }: { parts: ReturnType<typeof diffWords>; dir: 'ltr' | 'rtl' }): ReactNode {
  return (
    <div className="diff" dir={dir}>
      {parts.map((p, i) =>
        p.kind === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.kind === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}
