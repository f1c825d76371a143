import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { diffWords, type DiffPart } from '../../../format/word-diff';
import type { MessageId } from '../../../i18n/messages';
import { dateTime, textDirection } from './format';

interface Version {
  number: number;
  title: string;
  summary: string;
  body: string;
  language: string;
  contentHash: string;
  createdAt: string;
}

interface DecisionRecord {
  decision: string;
  reasonCode: string;
  message: string | null;
  versionNumber: number;
  createdAt: string;
}

/**
 * The item's history: its versions, the decisions taken (with their reasons and messages), the
 * appeal, and — when the submitter revised it after the last decision — what changed since, word
 * by word, in the text's own direction.
 */
export function HistoryPanel({
  versions,
  decisions,
  appeal,
  currentVersion,
}: {
  versions: Version[];
  decisions: DecisionRecord[];
  appeal: { reason: string; createdAt: string; resolution: string | null; resolutionMessage: string | null } | null;
  currentVersion: number;
}): ReactNode {
  const intl = useIntl();
  const last = decisions[decisions.length - 1];
  const before = last ? versions.find((v) => v.number === last.versionNumber) : undefined;
  const now = versions.find((v) => v.number === currentVersion);
  const revised = before && now && now.number > before.number ? { before, now } : null;
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">
        <FormattedMessage id="mod.history.title" />
      </h2>
      {revised && (
        <div className="revision" data-testid="revision-diff">
          <h3>
            <FormattedMessage
              id="mod.history.revised"
              values={{ from: revised.before.number, to: revised.now.number }}
            />
          </h3>
          <p className="field__hint">
            <FormattedMessage id="mod.history.legend" />
          </p>
          {(['title', 'summary', 'body'] as const).map((field) => (
            <div key={field}>
              <h4>
                <FormattedMessage id={`mod.item.${field}` as MessageId} />
              </h4>
              <DiffText
                parts={diffWords(revised.before[field], revised.now[field], revised.now.language)}
                language={revised.now.language}
              />
            </div>
          ))}
        </div>
      )}
      <h3>
        <FormattedMessage id="mod.history.versions" />
      </h3>
      <ul className="plain-list">
        {versions.map((v) => (
          <li key={v.number}>
            <FormattedMessage
              id="mod.history.version"
              values={{ version: v.number, date: dateTime(intl, v.createdAt) }}
            />{' '}
            <code className="hash">{v.contentHash.slice(0, 16)}</code>
          </li>
        ))}
      </ul>
      <h3>
        <FormattedMessage id="mod.history.decisions" />
      </h3>
      {decisions.length === 0 ? (
        <p>
          <FormattedMessage id="mod.history.noDecision" />
        </p>
      ) : (
        <ul className="plain-list">
          {decisions.map((d, i) => (
            <li key={i}>
              <FormattedMessage
                id="mod.history.decision"
                values={{
                  decision: intl.formatMessage({ id: `mod.decided.${d.decision}` as MessageId }),
                  reason: intl.formatMessage({ id: `mod.reason.${d.reasonCode}` as MessageId }),
                  version: d.versionNumber,
                  date: dateTime(intl, d.createdAt),
                }}
              />
              {d.message && (
                <blockquote className="history__message" dir="auto">
                  {d.message}
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
      {appeal && (
        <>
          <h3>
            <FormattedMessage id="mod.history.appeal" />
          </h3>
          <p>
            <FormattedMessage
              id={
                appeal.resolution ? (`mod.history.appeal.${appeal.resolution}` as MessageId) : 'mod.history.appeal.open'
              }
              values={{ date: dateTime(intl, appeal.createdAt) }}
            />
          </p>
          <blockquote className="history__message" dir="auto">
            {appeal.reason}
          </blockquote>
        </>
      )}
    </section>
  );
}

function DiffText({ parts, language }: { parts: DiffPart[]; language: string }): ReactNode {
  return (
    <div className="diff" dir={textDirection(language)} lang={language}>
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
