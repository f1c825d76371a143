import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { Button, ErrorSummary, TextArea, useFieldErrors } from '../../components/forms';
import type { SubmissionEditorQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { AppealDecisionMutation } from './documents';
import { textDirection } from './format';

type Submission = SubmissionEditorQuery['submission'];

/**
 * A submission no longer being written: its status, the decisions with their reasons and messages,
 * the appeal (once, by an ADMIN, after a rejection), and links to the versions and to withdraw.
 */
export function SubmissionStatusView({
  submission: s,
  onChanged,
}: {
  submission: Submission;
  onChanged: () => void;
}): ReactNode {
  usePageTitle('ws.status.pageTitle');
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [appeal, appealing] = useMutation(AppealDecisionMutation);
  const errors = useFieldErrors(appealing.error, ['reason'], 'appeal-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  const isAdmin = s.organisation?.myRole === 'ADMIN';
  const canWithdraw = s.status === 'SUBMITTED';
  return (
    <div>
      <ErrorSummary items={errors.summary} />
      <p className="editor__context">
        {s.organisation && <Link to={`/workspace/organisations/${s.organisation.id}`}>{s.organisation.name}</Link>} ·{' '}
        {s.round.title}
      </p>
      <h1 dir={textDirection(s.language)}>{s.title}</h1>
      <dl className="summary-list">
        <div>
          <dt>
            <FormattedMessage id="ws.status.status" />
          </dt>
          <dd>
            <strong className={`tag tag--status-${s.status}`} data-status={s.status}>
              <FormattedMessage id={`ws.submissionStatus.${s.status}` as MessageId} />
            </strong>
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="ws.status.version" />
          </dt>
          <dd>
            <FormattedMessage id="ws.status.versionValue" values={{ version: s.currentVersion }} />
          </dd>
        </div>
        {s.currentVersion > 0 && (
          <div>
            <dt>
              <FormattedMessage id="ws.confirm.hash" />
            </dt>
            <dd>
              <code className="hash">{s.contentHash}</code>
            </dd>
          </div>
        )}
        {s.withdrawalReason && (
          <div>
            <dt>
              <FormattedMessage id="ws.withdraw.reason" />
            </dt>
            <dd>{s.withdrawalReason}</dd>
          </div>
        )}
      </dl>

      {(s.decisions ?? []).length > 0 && (
        <section aria-labelledby="h-decisions">
          <h2 id="h-decisions">
            <FormattedMessage id="ws.status.decisions" />
          </h2>
          <ol className="card-list">
            {(s.decisions ?? []).map((d) => (
              <li key={d.createdAt} className="card">
                <p className="card__title">
                  <FormattedMessage id={`ws.decision.${d.decision}` as MessageId} />
                </p>
                <p className="card__meta">
                  <FormattedMessage
                    id="ws.decision.meta"
                    values={{ version: d.versionNumber, date: intl.formatDate(d.createdAt, { dateStyle: 'medium' }) }}
                  />
                </p>
                <p>
                  <FormattedMessage id="ws.decision.reason" />{' '}
                  <strong>
                    <FormattedMessage id={`ws.reason.${d.reasonCode}` as MessageId} />
                  </strong>
                </p>
                {d.message && <p className="quoted">{d.message}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}

      {s.appeal && (
        <section aria-labelledby="h-appeal">
          <h2 id="h-appeal">
            <FormattedMessage id="ws.appeal.title" />
          </h2>
          <p className="quoted">{s.appeal.reason}</p>
          <p>
            {s.appeal.resolution ? (
              <FormattedMessage id={`ws.appeal.resolution.${s.appeal.resolution}` as MessageId} />
            ) : (
              <FormattedMessage id="ws.appeal.waiting" />
            )}
          </p>
          {s.appeal.resolutionMessage && <p className="quoted">{s.appeal.resolutionMessage}</p>}
        </section>
      )}

      {s.status === 'REJECTED' && !s.appeal && (
        <section aria-labelledby="h-appeal-form">
          <h2 id="h-appeal-form">
            <FormattedMessage id="ws.appeal.formTitle" />
          </h2>
          {isAdmin ? (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void appeal({ variables: { input: { submissionId: s.id, reason } } })
                  .then(() => onChanged())
                  .catch(() => null);
              }}
            >
              <p>
                <FormattedMessage id="ws.appeal.once" />
              </p>
              <TextArea
                id="appeal-reason"
                label={<FormattedMessage id="ws.appeal.reason" />}
                value={reason}
                onChange={setReason}
                error={errors.field('reason')}
                rows={5}
              />
              <Button type="submit" isDisabled={appealing.loading}>
                <FormattedMessage id="ws.appeal.submit" />
              </Button>
            </form>
          ) : (
            <p>
              <FormattedMessage id="ws.appeal.adminOnly" />
            </p>
          )}
        </section>
      )}

      {s.cosigners.length > 0 && (
        <section aria-labelledby="h-cosigners-view">
          <h2 id="h-cosigners-view">
            <FormattedMessage id="ws.tasks.cosigners" />
          </h2>
          <ul className="plain-list">
            {s.cosigners.map((c) => (
              <li key={c.id}>
                {c.attribution.text} — <FormattedMessage id={`ws.cosign.status.${c.status}` as MessageId} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <p>
        <Link to={`/workspace/submissions/${s.id}/versions`}>
          <FormattedMessage id="ws.versions.link" />
        </Link>
        {canWithdraw && (
          <>
            {' · '}
            <Link to={`/workspace/submissions/${s.id}/withdraw`}>
              <FormattedMessage id="ws.withdraw.link" />
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
