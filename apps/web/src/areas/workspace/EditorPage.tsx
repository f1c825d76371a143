import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { SUMMARY_WORD_LIMIT } from '@app/text/limits';
import { countWords } from '@app/text/word-count';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button, ErrorSummary, TextArea, TextField, type SummaryItem } from '../../components/forms';
import { Checkbox, Select } from '../../components/forms/choices';
import { Deadline } from '../../format/Deadline';
import type { Region, SubmissionEditorQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { ConflictView } from './editor/ConflictView';
import { CosignersSection } from './editor/CosignersSection';
import { DisclosureChooser } from './editor/DisclosureChooser';
import { LeaveGuard } from './editor/LeaveGuard';
import { MarkdownField } from './editor/MarkdownField';
import { SaveStatus } from './editor/SaveStatus';
import { TaskList } from './editor/TaskList';
import { useDraftEditor, type ServerCopy } from './editor/useDraftEditor';
import { WordCounter } from './editor/WordCounter';
import {
  CreateSubmissionMutation,
  EditorRoundQuery,
  MyOrganisationsQuery,
  SubmissionEditorQuery as EditorQuery,
  UpdateSubmissionMutation,
  VocabularyQuery,
} from './documents';
import { hasUnsavedChanges } from './logic/autosave';
import { canSubmitNow, type SubmissionStatusName } from './logic/next-step';
import { canCreate, taskStates, type DraftFields } from './logic/tasks';
import { SubmissionStatusView } from './SubmissionStatusView';
import { languageName, textDirection, useNow } from './format';

type Round = SubmissionEditorQuery['submission']['round'];
type Submission = SubmissionEditorQuery['submission'];

/** How often an open editor asks for its round's dates again. */
const ROUND_POLL_MS = 60_000;
const EDITABLE: SubmissionStatusName[] = ['DRAFT', 'CHANGES_REQUESTED'];
const FIELD_NAMES = ['title', 'summary', 'body', 'language', 'disclosure', 'provisionIds', 'suggestedTagIds'];

function fieldsOf(s: Submission): DraftFields {
  return {
    title: s.title,
    summary: s.summary,
    body: s.body,
    language: s.language,
    disclosure: s.disclosure,
    provisionIds: [...s.provisionIds],
    suggestedTagIds: [...(s.suggestedTagIds ?? [])],
  };
}

/** /workspace/submissions/:id — the editor (DRAFT, CHANGES_REQUESTED) or the submission's status; `new` starts one. */
export function EditorPage(): ReactNode {
  const { id = 'new' } = useParams();
  const [params] = useSearchParams();
  if (id === 'new')
    return <NewSubmission roundId={params.get('round') ?? ''} organisationId={params.get('org') ?? ''} />;
  return <ExistingSubmission id={id} />;
}

function NewSubmission({ roundId, organisationId }: { roundId: string; organisationId: string }): ReactNode {
  const round = useQuery(EditorRoundQuery, { variables: { id: roundId }, skip: !roundId });
  const orgs = useQuery(MyOrganisationsQuery);
  if (round.error) return <ErrorMessage error={round.error} />;
  if (orgs.error) return <ErrorMessage error={orgs.error} />;
  const org = orgs.data?.me.memberships?.find((m) => m.organisation.id === organisationId)?.organisation;
  if (!round.data || !orgs.data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  if (!org) return <ErrorMessage error={new Error('not a member')} />;
  return (
    <Editor
      round={{ ...round.data.consultationRound }}
      organisation={{ id: org.id, name: org.name, region: org.region }}
      submission={null}
    />
  );
}

function ExistingSubmission({ id }: { id: string }): ReactNode {
  const { data, error, refetch } = useQuery(EditorQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (error && !data) return <ErrorMessage error={error} />;
  if (!data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const s = data.submission;
  if (!EDITABLE.includes(s.status)) return <SubmissionStatusView submission={s} onChanged={() => void refetch()} />;
  return (
    <Editor
      key={s.id}
      round={s.round}
      organisation={s.organisation ?? { id: '', name: '', region: s.round.region }}
      submission={s}
    />
  );
}

function Editor({
  round,
  organisation,
  submission,
}: {
  round: Round;
  organisation: { id: string; name: string; region: Region };
  submission: Submission | null;
}): ReactNode {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useApolloClient();
  const session = useSession();
  const userId = session.status === 'authenticated' ? session.user.id : 'anonymous';
  // Ticks at the deadline itself: the round closing while the person writes shows that second.
  const now = useNow(30_000, [round.opensAt, round.closesAt, round.revisionsCloseAt]);
  // Staff may close a round early: its dates are asked again now and then (and come back with every
  // save), so the editor says so before the person reaches Submit.
  useQuery(EditorRoundQuery, { variables: { id: round.id }, pollInterval: ROUND_POLL_MS, fetchPolicy: 'network-only' });
  const vocabulary = useQuery(VocabularyQuery);
  const [createSubmission] = useMutation(CreateSubmissionMutation);
  const [updateSubmission] = useMutation(UpdateSubmissionMutation);
  const [savedId, setSavedId] = useState<string | null>(submission?.id ?? null);
  const [resetCount, setResetCount] = useState(0);
  usePageTitle(submission ? 'ws.editor.titleEdit' : 'ws.editor.titleNew');

  const server: ServerCopy | null = useMemo(
    () => (submission ? { fields: fieldsOf(submission), version: submission.version } : null),
    [submission],
  );
  const defaults: DraftFields = {
    title: '',
    summary: '',
    body: '',
    language: round.languages.includes(intl.locale) ? intl.locale : (round.languages[0] ?? 'en'),
    disclosure: null,
    provisionIds: [],
    suggestedTagIds: [],
  };

  const editor = useDraftEditor({
    storageKey: `${userId}:${submission ? submission.id : `new:${round.id}:${organisation.id}`}`,
    server: server ?? { fields: defaults, version: 0 },
    // Until it has a title, a summary, some text and a disclosure, the draft stays in this browser.
    creatable: canCreate,
    create: async (f) => {
      const res = await createSubmission({
        variables: {
          input: {
            roundId: round.id,
            organisationId: organisation.id,
            title: f.title,
            summary: f.summary,
            body: f.body,
            language: f.language,
            disclosure: f.disclosure as NonNullable<Submission['disclosure']>,
            provisionIds: f.provisionIds,
            suggestedTagIds: f.suggestedTagIds,
          },
        },
      });
      const made = res.data!.createSubmission;
      return { id: made.id, version: made.version };
    },
    update: async (f, expectedVersion) => {
      const before = client.readQuery({ query: EditorQuery, variables: { id: savedId ?? '' } });
      const accepted = (before?.submission.cosigners ?? []).filter((c) => c.status === 'ACCEPTED').length;
      const res = await updateSubmission({
        variables: {
          input: {
            id: savedId ?? submission!.id,
            expectedVersion,
            title: f.title,
            summary: f.summary,
            body: f.body,
            language: f.language,
            ...(f.disclosure ? { disclosure: f.disclosure as NonNullable<Submission['disclosure']> } : {}),
            provisionIds: f.provisionIds,
            suggestedTagIds: f.suggestedTagIds,
          },
        },
      });
      const updated = res.data!.updateSubmission;
      const stillAccepted = updated.cosigners.filter((c) => c.status === 'ACCEPTED').length;
      if (stillAccepted < accepted) setResetCount(accepted - stillAccepted);
      return { version: updated.version };
    },
    fetchServer: async () => {
      const res = await client.query({ query: EditorQuery, variables: { id: savedId! }, fetchPolicy: 'network-only' });
      return { fields: fieldsOf(res.data!.submission), version: res.data!.submission.version };
    },
    onCreated: (newId) => {
      setSavedId(newId);
      // The address becomes the submission's own, without remounting the editor (which would move
      // focus away from the field being typed in): the router reads it on the next navigation.
      window.history.replaceState(window.history.state, '', `/workspace/submissions/${newId}`);
    },
  });
  const f = editor.state.local;

  const dir = textDirection(f.language);
  const bodyWords = countWords(f.body, f.language);
  const summaryWords = countWords(f.summary, f.language);
  const status = (submission?.status ?? 'DRAFT') as SubmissionStatusName;
  const open = canSubmitNow(status, round, now);
  const cosigners = submission?.cosigners ?? [];
  const tasks = taskStates(f, {
    wordLimit: round.wordLimit,
    languages: round.languages,
    cosigners: cosigners.length,
    editable: !!savedId,
    submitted: false,
  });
  const problemFields = new Map((editor.problem?.fields ?? []).map((p) => [p.field, p.message]));
  const summaryItems: SummaryItem[] = [...problemFields]
    .filter(([field]) => FIELD_NAMES.includes(field))
    .map(([field, message]) => ({ fieldId: `editor-${field}`, message }));
  if (editor.problem && summaryItems.length === 0)
    summaryItems.push({
      message:
        editor.problem.kind === 'UNAUTHENTICATED' ? (
          <>
            <FormattedMessage id="ws.editor.sessionEnded" />{' '}
            <Link to={`/login?next=${encodeURIComponent(window.location.pathname)}`}>
              <FormattedMessage id="header.login" />
            </Link>
          </>
        ) : (
          <FormattedMessage id={editor.problem.messageId} values={editor.problem.values} />
        ),
    });
  const latestDecision = submission?.decisions?.[submission.decisions.length - 1];

  async function goToCheck(): Promise<void> {
    if (await editor.flush()) await navigate(`/workspace/submissions/${savedId}/check`);
  }

  const vocab = vocabulary.data;
  const provisionsByChapter = useMemo(() => {
    const groups = new Map<number, NonNullable<typeof vocab>['treatyProvisions']>();
    for (const p of vocab?.treatyProvisions ?? []) {
      groups.set(p.chapterNumber, [...(groups.get(p.chapterNumber) ?? []), p]);
    }
    return [...groups];
  }, [vocab]);

  function toggle(list: string[], value: string, on: boolean): string[] {
    return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  }

  return (
    <div className="editor">
      <LeaveGuard
        unsaved={() => hasUnsavedChanges(editor.state)}
        address={savedId ? `/workspace/submissions/${savedId}` : null}
      />
      <ErrorSummary items={summaryItems} />
      <p className="editor__context">
        <Link to={`/workspace/organisations/${organisation.id}`}>{organisation.name}</Link> · {round.title}
      </p>
      <h1>
        {f.title.trim() ? f.title : <FormattedMessage id={savedId ? 'ws.editor.untitled' : 'ws.editor.titleNew'} />}
      </h1>
      <p>
        <FormattedMessage id={status === 'CHANGES_REQUESTED' ? 'ws.editor.revisionsClose' : 'ws.editor.roundCloses'} />{' '}
        <Deadline at={status === 'CHANGES_REQUESTED' ? round.revisionsCloseAt : round.closesAt} zone={round.timeZone} />
      </p>
      <SaveStatus state={editor.state} />
      {editor.restored && (
        <p className="notice">
          <FormattedMessage id="ws.editor.restored" />
        </p>
      )}
      {!open && (
        <div className="notice notice--warning" role="alert">
          <p>
            <FormattedMessage id="ws.editor.roundClosed" />
          </p>
        </div>
      )}
      {status === 'CHANGES_REQUESTED' && latestDecision && (
        <div className="notice notice--info">
          <h2>
            <FormattedMessage id="ws.editor.changesRequested" />
          </h2>
          <p>
            <FormattedMessage id={`ws.reason.${latestDecision.reasonCode}` as MessageId} />
          </p>
          {latestDecision.message && <p className="quoted">{latestDecision.message}</p>}
        </div>
      )}
      {resetCount > 0 && (
        <div className="notice notice--info" role="status">
          <p>
            <FormattedMessage id="ws.cosign.resetAfterEdit" values={{ count: resetCount }} />
          </p>
        </div>
      )}
      {editor.state.status === 'conflict' && editor.state.theirs && (
        <ConflictView mine={f} theirs={editor.state.theirs.value} dir={dir} onChoose={editor.resolve} />
      )}
      {!savedId && (
        <p className="field__hint">
          <FormattedMessage id="ws.editor.notOnServerYet" />
        </p>
      )}

      <div className="editor__layout">
        <TaskList states={tasks} />
        <div className="editor__sections">
          <section id="task-details" aria-labelledby="h-details" className="editor__section">
            <h2 id="h-details">
              <FormattedMessage id="ws.tasks.details" />
            </h2>
            <TextField
              id="editor-title"
              label={<FormattedMessage id="ws.editor.title" />}
              value={f.title}
              onChange={(title) => editor.edit({ title })}
              error={problemFields.get('title')}
              dir={dir}
            />
            <TextArea
              id="editor-summary"
              label={<FormattedMessage id="ws.editor.summary" />}
              hint={<FormattedMessage id="ws.editor.summaryHint" values={{ limit: SUMMARY_WORD_LIMIT }} />}
              value={f.summary}
              onChange={(summary) => editor.edit({ summary })}
              rows={4}
              error={problemFields.get('summary')}
              dir={dir}
            />
            <WordCounter id="summary-count" count={summaryWords} limit={SUMMARY_WORD_LIMIT} />
            <Select
              id="editor-language"
              label={<FormattedMessage id="ws.editor.language" />}
              hint={<FormattedMessage id="ws.editor.languageHint" />}
              value={f.language}
              onChange={(language) => editor.edit({ language })}
              error={problemFields.get('language')}
              options={round.languages.map((code) => ({ value: code, label: languageName(intl.locale, code) }))}
            />
          </section>

          <section id="task-text" aria-labelledby="h-text" className="editor__section">
            <h2 id="h-text">
              <FormattedMessage id="ws.tasks.text" />
            </h2>
            {round.guidingQuestions.length > 0 && (
              <details className="guiding">
                <summary>
                  <FormattedMessage id="ws.editor.guidingQuestions" />
                </summary>
                <ol>
                  {round.guidingQuestions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ol>
              </details>
            )}
            <MarkdownField
              id="editor-body"
              value={f.body}
              onChange={(body) => editor.edit({ body })}
              dir={dir}
              language={f.language}
              error={problemFields.get('body')}
            />
            <WordCounter id="body-count" count={bodyWords} limit={round.wordLimit} />
          </section>

          <section id="task-provisions" aria-labelledby="h-provisions" className="editor__section">
            <h2 id="h-provisions">
              <FormattedMessage id="ws.tasks.provisions" />
            </h2>
            {vocabulary.error && <ErrorMessage error={vocabulary.error} />}
            <fieldset className="checkbox-group" id="editor-provisionIds">
              <legend>
                <FormattedMessage id="ws.editor.provisions" />
              </legend>
              <p className="field__hint">
                <FormattedMessage id="ws.editor.provisionsHint" />
              </p>
              {provisionsByChapter.map(([chapter, provisions]) => (
                <details key={chapter} className="checkbox-group__chapter">
                  <summary>
                    <FormattedMessage id="ws.editor.chapter" values={{ chapter }} />
                    {provisions.some((p) => f.provisionIds.includes(p.id)) && (
                      <>
                        {' '}
                        <FormattedMessage
                          id="ws.editor.chosen"
                          values={{ count: provisions.filter((p) => f.provisionIds.includes(p.id)).length }}
                        />
                      </>
                    )}
                  </summary>
                  {provisions.map((p) => (
                    <Checkbox
                      key={p.id}
                      id={`provision-${p.id}`}
                      isSelected={f.provisionIds.includes(p.id)}
                      onChange={(on) => editor.edit({ provisionIds: toggle(f.provisionIds, p.id, on) })}
                    >
                      {p.articleNumber ? (
                        <FormattedMessage id="ws.editor.article" values={{ number: p.articleNumber, title: p.title }} />
                      ) : (
                        p.title
                      )}
                    </Checkbox>
                  ))}
                </details>
              ))}
            </fieldset>
            <fieldset className="checkbox-group" id="editor-suggestedTagIds">
              <legend>
                <FormattedMessage id="ws.editor.tags" />
              </legend>
              <p className="field__hint">
                <FormattedMessage id="ws.editor.tagsHint" />
              </p>
              <div className="checkbox-group__columns">
                {(vocabulary.data?.tags ?? []).map((t) => (
                  <Checkbox
                    key={t.id}
                    id={`tag-${t.id}`}
                    isSelected={f.suggestedTagIds.includes(t.id)}
                    onChange={(on) => editor.edit({ suggestedTagIds: toggle(f.suggestedTagIds, t.id, on) })}
                  >
                    {t.label}
                  </Checkbox>
                ))}
              </div>
            </fieldset>
          </section>

          <section id="task-disclosure" aria-labelledby="h-disclosure" className="editor__section">
            <h2 id="h-disclosure">
              <FormattedMessage id="ws.tasks.disclosure" />
            </h2>
            <DisclosureChooser
              id="editor-disclosure"
              value={f.disclosure}
              onChange={(disclosure) => editor.edit({ disclosure })}
              region={organisation.region}
              error={problemFields.get('disclosure')}
            />
          </section>

          <section id="task-cosigners" aria-labelledby="h-cosigners" className="editor__section">
            <h2 id="h-cosigners">
              <FormattedMessage id="ws.tasks.cosigners" />
            </h2>
            {savedId ? (
              <CosignersSection submissionId={savedId} cosigners={cosigners} ownOrganisationId={organisation.id} />
            ) : (
              <p className="field__hint">
                <FormattedMessage id="ws.cosign.afterFirstSave" />
              </p>
            )}
          </section>

          <section id="task-check" aria-labelledby="h-check" className="editor__section">
            <h2 id="h-check">
              <FormattedMessage id="ws.tasks.check" />
            </h2>
            {tasks.check === 'cannotStart' ? (
              <p>
                <FormattedMessage id="ws.editor.notReady" />
              </p>
            ) : !open ? (
              <p>
                <FormattedMessage id="ws.editor.roundClosed" />
              </p>
            ) : (
              <Button onPress={() => void goToCheck()} isDisabled={editor.state.status === 'conflict'}>
                <FormattedMessage id="ws.editor.checkAnswers" />
              </Button>
            )}
            {savedId && (
              <p>
                <Link to={`/workspace/submissions/${savedId}/versions`}>
                  <FormattedMessage id="ws.versions.link" />
                </Link>
                {' · '}
                <Link to={`/workspace/submissions/${savedId}/withdraw`}>
                  <FormattedMessage id="ws.withdraw.link" />
                </Link>
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
