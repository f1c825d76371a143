import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { describeError } from '../../api/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button } from '../../components/forms';
import type { MessageId } from '../../i18n/messages';
import { DisclosureTable } from './editor/DisclosureChooser';
import { SubmissionEditorQuery, SubmitSubmissionMutation, VocabularyQuery } from './documents';
import { languageName, textDirection, useNow } from './format';
import { canSubmitNow } from './logic/next-step';
import type { DisclosureLevel } from './logic/disclosure';

/**
 * The api's refusal of a Submit because the round no longer accepts it (closed by staff, or its
 * deadline passed while this page was open): a CONFLICT naming the round.
 */
function roundRefused(error: unknown): boolean {
  const described = describeError(error);
  return described.kind === 'CONFLICT' && described.fields.some((f) => f.field === 'roundId');
}

/** GOV.UK's "check your answers": everything as the server has it, each with a way to change it, then Submit. */
export function CheckPage(): ReactNode {
  usePageTitle('ws.check.title');
  const { id = '' } = useParams();
  const intl = useIntl();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(SubmissionEditorQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const dates = data?.submission.round;
  const now = useNow(15_000, dates ? [dates.opensAt, dates.closesAt, dates.revisionsCloseAt] : []);
  const vocabulary = useQuery(VocabularyQuery);
  const [submit, submitting] = useMutation(SubmitSubmissionMutation);
  if (error) return <ErrorMessage error={error} />;
  if (!data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const s = data.submission;
  const open = canSubmitNow(s.status, s.round, now);
  const provisions = (vocabulary.data?.treatyProvisions ?? []).filter((p) => s.provisionIds.includes(p.id));
  const tags = (vocabulary.data?.tags ?? []).filter((t) => (s.suggestedTagIds ?? []).includes(t.id));
  const change = (task: string) => (
    <Link to={`/workspace/submissions/${s.id}#task-${task}`}>
      <FormattedMessage id="ws.check.change" />
    </Link>
  );
  const row = (label: MessageId, value: ReactNode, task: string) => (
    <div key={label}>
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{value}</dd>
      <dd className="summary-list__action">{change(task)}</dd>
    </div>
  );
  return (
    <div>
      <h1>
        <FormattedMessage id="ws.check.title" />
      </h1>
      {submitting.error &&
        (roundRefused(submitting.error) ? (
          <div className="notice notice--warning" role="alert" data-testid="round-closed-refusal">
            <p>
              <FormattedMessage id="ws.check.roundClosedRefused" />
            </p>
          </div>
        ) : (
          <ErrorMessage error={submitting.error} />
        ))}
      <dl className="summary-list">
        {row('ws.editor.title', <span dir={textDirection(s.language)}>{s.title}</span>, 'details')}
        {row('ws.editor.summary', <span dir={textDirection(s.language)}>{s.summary}</span>, 'details')}
        {row('ws.editor.language', languageName(intl.locale, s.language), 'details')}
        {row(
          'ws.check.words',
          <FormattedMessage id="ws.check.wordsValue" values={{ count: s.wordCount, limit: s.round.wordLimit }} />,
          'text',
        )}
        {row(
          'ws.editor.provisions',
          provisions.length ? provisions.map((p) => p.title).join('; ') : <FormattedMessage id="ws.check.none" />,
          'provisions',
        )}
        {row(
          'ws.editor.tags',
          tags.length ? tags.map((t) => t.label).join('; ') : <FormattedMessage id="ws.check.none" />,
          'provisions',
        )}
        {row(
          'ws.tasks.disclosure',
          s.disclosure ? <FormattedMessage id={`ws.disclosure.${s.disclosure}.label` as MessageId} /> : '—',
          'disclosure',
        )}
        {row(
          'ws.tasks.cosigners',
          s.cosigners.length ? (
            s.cosigners
              .map(
                (c) =>
                  `${c.attribution.text} (${intl.formatMessage({ id: `ws.cosign.status.${c.status}` as MessageId })})`,
              )
              .join('; ')
          ) : (
            <FormattedMessage id="ws.check.none" />
          ),
          'cosigners',
        )}
      </dl>
      {s.disclosure && s.organisation && (
        <DisclosureTable level={s.disclosure as DisclosureLevel} region={s.organisation.region} />
      )}
      <h2>
        <FormattedMessage id="ws.check.nowSend" />
      </h2>
      <p>
        <FormattedMessage id="ws.check.declaration" />
      </p>
      {open ? (
        <Button
          isDisabled={submitting.loading}
          onPress={() =>
            void submit({ variables: { input: { id: s.id, expectedVersion: s.version } } })
              .then(() => navigate(`/workspace/submissions/${s.id}/submitted`))
              // The round's dates again: a round closed meanwhile takes the Submit button away.
              .catch((e: unknown) => (roundRefused(e) ? refetch() : null))
          }
        >
          <FormattedMessage id="ws.check.submit" />
        </Button>
      ) : (
        !(submitting.error && roundRefused(submitting.error)) && (
          <div className="notice notice--warning" role="alert">
            <p>
              <FormattedMessage id="ws.editor.roundClosed" />
            </p>
          </div>
        )
      )}
    </div>
  );
}
