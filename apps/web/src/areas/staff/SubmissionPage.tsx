import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { Button, useFieldErrors } from '../../components/forms';
import type {
  AppealResolution,
  StaffRevealSubmitterMutation,
  StaffSubmissionQuery,
  TagCategory,
} from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import {
  ResolveAppealMutation,
  RevealSubmitterMutation,
  StaffSetTagsMutation,
  StaffSubmissionQuery as SubmissionQuery,
} from './documents';
import { isStaleVersion } from './logic/stale';
import { Confirm } from './parts/Confirm';
import { Refusal } from './parts/Refusal';

type Submission = StaffSubmissionQuery['submission'];
type Tag = StaffSubmissionQuery['tags'][number];
const CATEGORIES: TagCategory[] = ['GENDER', 'HUMAN_RIGHTS', 'THEME'];
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * /staff/appeals/:id and /staff/submissions/:id — one submission as staff see it: text, decisions,
 * the appeal with the gender and human-rights review an overturn needs and the decision itself;
 * and, for an ANONYMOUS submission, the audited reveal of who wrote it.
 */
export function SubmissionPage(): ReactNode {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(SubmissionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle('staff.submission.pageTitle', { title: data?.submission.title ?? '' });
  if (error && !data) return <ErrorMessage error={error} />;
  if (!data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const s = data.submission;
  return (
    <div>
      <p className="breadcrumbs">
        <Link to="/staff/appeals">
          <FormattedMessage id="staff.appeals.title" />
        </Link>
      </p>
      <h1 lang={s.language} dir="auto">
        {s.title}
      </h1>
      <SubmissionFacts s={s} />
      {s.appeal && <Appeal s={s} tags={data.tags} onChanged={() => void refetch()} />}
      {s.disclosure === 'ANONYMOUS' && <Reveal s={s} />}
      <section aria-labelledby="h-text">
        <h2 id="h-text">
          <FormattedMessage id="staff.submission.text" />
        </h2>
        <blockquote className="summary" lang={s.language} dir={RTL.has(s.language) ? 'rtl' : 'ltr'}>
          {s.summary}
        </blockquote>
        <SanitisedHtml
          className="submission-body"
          html={s.bodyHtml}
          lang={s.language}
          dir={RTL.has(s.language) ? 'rtl' : 'ltr'}
        />
      </section>
    </div>
  );
}

function SubmissionFacts({ s }: { s: Submission }): ReactNode {
  const intl = useIntl();
  return (
    <dl className="facts">
      <dt>
        <FormattedMessage id="staff.submission.status" />
      </dt>
      <dd>
        <span className={`status status--${s.status}`} data-status={s.status}>
          <FormattedMessage id={`staff.submissionStatus.${s.status}` as MessageId} />
        </span>
      </dd>
      <dt>
        <FormattedMessage id="staff.submission.from" />
      </dt>
      <dd>
        <span dir="auto">{s.attribution.text}</span>
        {s.attribution.masked && (
          <span className="meta">
            <FormattedMessage id="staff.submission.masked" />
          </span>
        )}
      </dd>
      <dt>
        <FormattedMessage id="staff.submission.disclosure" />
      </dt>
      <dd>{s.disclosure && <FormattedMessage id={`staff.disclosure.${s.disclosure}` as MessageId} />}</dd>
      <dt>
        <FormattedMessage id="staff.submission.round" />
      </dt>
      <dd>
        {s.round.title} · {s.round.session.title}
      </dd>
      <dt>
        <FormattedMessage id="staff.submission.version" />
      </dt>
      <dd>
        <FormattedMessage
          id="staff.submission.versionValue"
          values={{
            version: s.currentVersion,
            date: s.submittedAt ? intl.formatDate(s.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—',
          }}
        />
      </dd>
      {(s.decisions ?? []).length > 0 && (
        <>
          <dt>
            <FormattedMessage id="staff.submission.decisions" />
          </dt>
          <dd>
            <ul className="plain-list">
              {(s.decisions ?? []).map((d, i) => (
                <li key={i}>
                  <strong>
                    <FormattedMessage id={`staff.decision.${d.decision}` as MessageId} />
                  </strong>{' '}
                  — <FormattedMessage id={`staff.reason.${d.reasonCode}` as MessageId} /> ·{' '}
                  {intl.formatDate(d.createdAt, { dateStyle: 'medium' })}
                  {d.message && (
                    <span className="quoted">
                      <bdi>{d.message}</bdi>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

function Appeal({ s, tags, onChanged }: { s: Submission; tags: Tag[]; onChanged: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const appeal = s.appeal!;
  const open = s.status === 'APPEALED' && !appeal.resolution;
  const reviewDone = !!s.tagReview?.done;
  const [decision, setDecision] = useState<AppealResolution | null>(null);
  const [message, setMessage] = useState('');
  const [resolve, resolving] = useMutation(ResolveAppealMutation);
  const errors = useFieldErrors(resolving.error, ['message', 'decision'], 'appeal-');

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!decision) return;
    const res = await resolve({
      variables: {
        input: { submissionId: s.id, expectedVersion: s.version, decision, message: message.trim() || null },
      },
    }).catch(() => null);
    if (res?.data) {
      announce(intl.formatMessage({ id: decision === 'OVERTURN' ? 'staff.appeal.overturned' : 'staff.appeal.upheld' }));
      onChanged();
    }
  }

  return (
    <section aria-labelledby="h-appeal" className="panel">
      <h2 id="h-appeal">
        <FormattedMessage id="staff.appeal.title" />
      </h2>
      <p>
        <FormattedMessage
          id="staff.appeal.when"
          values={{ date: intl.formatDate(appeal.createdAt, { dateStyle: 'long', timeStyle: 'short' }) }}
        />
      </p>
      <blockquote className="quoted">
        <bdi>{appeal.reason}</bdi>
      </blockquote>
      {appeal.resolution && (
        <p className="notice notice--success" role="status" data-resolution={appeal.resolution}>
          <FormattedMessage
            id={appeal.resolution === 'OVERTURN' ? 'staff.appeal.resolvedOverturn' : 'staff.appeal.resolvedUphold'}
            values={{ date: appeal.resolvedAt ? intl.formatDate(appeal.resolvedAt, { dateStyle: 'long' }) : '' }}
          />
          {appeal.resolutionMessage && (
            <span className="quoted">
              <bdi>{appeal.resolutionMessage}</bdi>
            </span>
          )}
        </p>
      )}
      {open && (
        <>
          <TagReview s={s} tags={tags} onSaved={onChanged} />
          <h3>
            <FormattedMessage id="staff.appeal.decide" />
          </h3>
          {isStaleVersion(resolving.error) ? (
            <div className="notice notice--error" role="alert">
              <p>
                <FormattedMessage id="staff.appeal.stale" />
              </p>
              <Button variant="secondary" onPress={onChanged}>
                <FormattedMessage id="staff.reload" />
              </Button>
            </div>
          ) : (
            resolving.error && !errors.field('message') && <Refusal error={resolving.error} />
          )}
          <form onSubmit={(e) => void submit(e)} noValidate>
            <fieldset className="field field--group">
              <legend className="field__label">
                <FormattedMessage id="staff.appeal.outcome" />
              </legend>
              <label className="check">
                <input
                  type="radio"
                  name="appeal-decision"
                  value="UPHOLD"
                  checked={decision === 'UPHOLD'}
                  onChange={() => setDecision('UPHOLD')}
                />{' '}
                <FormattedMessage id="staff.appeal.uphold" />
                <span className="field__hint">
                  <FormattedMessage id="staff.appeal.upholdHint" />
                </span>
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="appeal-decision"
                  value="OVERTURN"
                  checked={decision === 'OVERTURN'}
                  disabled={!reviewDone}
                  aria-describedby="appeal-overturn-why"
                  onChange={() => setDecision('OVERTURN')}
                />{' '}
                <FormattedMessage id="staff.appeal.overturn" />
                <span className="field__hint" id="appeal-overturn-why">
                  <FormattedMessage
                    id={reviewDone ? 'staff.appeal.overturnHint' : 'staff.appeal.overturnNeedsReview'}
                  />
                </span>
              </label>
            </fieldset>
            <div className="field" data-invalid={errors.field('message') ? true : undefined}>
              <label className="field__label" htmlFor="appeal-message">
                <FormattedMessage id="staff.appeal.message" />
              </label>
              <span className="field__hint" id="appeal-message-hint">
                <FormattedMessage id="staff.appeal.messageHint" />
              </span>
              {errors.field('message') && <span className="field__error">{errors.field('message')}</span>}
              <textarea
                id="appeal-message"
                className="field__input field__input--area"
                rows={3}
                value={message}
                aria-describedby="appeal-message-hint"
                onChange={(e) => setMessage(e.target.value)}
              />
            </div>
            <Button type="submit" isDisabled={!decision || resolving.loading}>
              <FormattedMessage id="staff.appeal.record" />
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

/** The gender and human-rights review, recorded by staff on the appealed item (an overturn approves). */
function TagReview({ s, tags, onSaved }: { s: Submission; tags: Tag[]; onSaved: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const [chosen, setChosen] = useState<string[]>(() => s.tags.map((t) => t.id));
  const [noGender, setNoGender] = useState(!!s.tagReview?.noGenderConsiderations);
  const [noHumanRights, setNoHumanRights] = useState(!!s.tagReview?.noHumanRightsConsiderations);
  const [save, saving] = useMutation(StaffSetTagsMutation);
  const suggested = new Set(s.suggestedTagIds ?? []);
  const hasGender = tags.some((t) => t.category === 'GENDER' && chosen.includes(t.id));
  const hasHumanRights = tags.some((t) => t.category === 'HUMAN_RIGHTS' && chosen.includes(t.id));
  const toggle = (id: string, on: boolean) => setChosen((old) => (on ? [...old, id] : old.filter((x) => x !== id)));

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const res = await save({
      variables: {
        input: {
          submissionId: s.id,
          expectedVersion: s.version,
          tagIds: chosen,
          noGenderConsiderations: noGender && !hasGender,
          noHumanRightsConsiderations: noHumanRights && !hasHumanRights,
        },
      },
    }).catch(() => null);
    if (res?.data) {
      announce(intl.formatMessage({ id: 'staff.review.saved' }));
      onSaved();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="tag-review">
      <h3>
        <FormattedMessage id="staff.review.title" />
      </h3>
      <p
        className={s.tagReview?.done ? 'notice notice--success' : 'notice'}
        data-review={s.tagReview?.done ? 'done' : 'missing'}
      >
        <FormattedMessage id={s.tagReview?.done ? 'staff.review.done' : 'staff.review.needed'} />
      </p>
      {isStaleVersion(saving.error) ? (
        <div className="notice notice--error" role="alert">
          <p>
            <FormattedMessage id="staff.appeal.stale" />
          </p>
          <Button variant="secondary" onPress={onSaved}>
            <FormattedMessage id="staff.reload" />
          </Button>
        </div>
      ) : (
        <Refusal error={saving.error} />
      )}
      <div className="tag-groups">
        {CATEGORIES.map((category) => (
          <fieldset key={category} className="field field--group">
            <legend className="field__label">
              <FormattedMessage id={`staff.tagCategory.${category}` as MessageId} />
            </legend>
            <div className="checks">
              {tags
                .filter((t) => t.category === category)
                .map((t) => (
                  <label key={t.id} className="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(t.id)}
                      onChange={(e) => toggle(t.id, e.target.checked)}
                    />{' '}
                    {t.label}
                    {suggested.has(t.id) && (
                      <span className="meta">
                        {' '}
                        <FormattedMessage id="staff.review.suggested" />
                      </span>
                    )}
                  </label>
                ))}
              {category === 'GENDER' && (
                <label className="check check--none">
                  <input
                    type="checkbox"
                    checked={noGender && !hasGender}
                    disabled={hasGender}
                    onChange={(e) => setNoGender(e.target.checked)}
                  />{' '}
                  <FormattedMessage id="staff.review.noGender" />
                </label>
              )}
              {category === 'HUMAN_RIGHTS' && (
                <label className="check check--none">
                  <input
                    type="checkbox"
                    checked={noHumanRights && !hasHumanRights}
                    disabled={hasHumanRights}
                    onChange={(e) => setNoHumanRights(e.target.checked)}
                  />{' '}
                  <FormattedMessage id="staff.review.noHumanRights" />
                </label>
              )}
            </div>
          </fieldset>
        ))}
      </div>
      <Button type="submit" variant="secondary" isDisabled={saving.loading}>
        <FormattedMessage id="staff.review.save" />
      </Button>
    </form>
  );
}

/**
 * Who wrote an ANONYMOUS submission: staff only, with a recorded reason; the reveal is in the
 * audit trail for every staff member to read. The answer lives in this component's state only
 * (never in the Apollo cache, never in the address), so it is shown once and gone on leaving.
 */
function Reveal({ s }: { s: Submission }): ReactNode {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [answer, setAnswer] = useState<StaffRevealSubmitterMutation['revealSubmitter'] | null>(null);
  const [reveal, state] = useMutation(RevealSubmitterMutation, { fetchPolicy: 'no-cache' });
  const errors = useFieldErrors(state.error, ['reason'], 'reveal-');
  const start = useRef<HTMLButtonElement>(null);

  return (
    <section aria-labelledby="h-reveal" className="panel panel--warning">
      <h2 id="h-reveal">
        <FormattedMessage id="staff.reveal.title" />
      </h2>
      <p>
        <FormattedMessage id="staff.reveal.warning" />
      </p>
      {answer ? (
        <div className="notice notice--reveal" role="status" data-revealed="true">
          <p>
            <FormattedMessage
              id="staff.reveal.answer"
              values={{
                name: (
                  <strong key="n" dir="auto">
                    {answer.organisation.name}
                  </strong>
                ),
                region: intl.formatMessage({ id: `region.${answer.organisation.region}` as MessageId }),
              }}
            />
          </p>
          <p className="meta">
            <FormattedMessage id="staff.reveal.once" />
          </p>
          <Button variant="secondary" onPress={() => setAnswer(null)}>
            <FormattedMessage id="staff.reveal.hide" />
          </Button>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setConfirming(true);
          }}
        >
          {state.error && !errors.field('reason') && <Refusal error={state.error} />}
          <div className="field" data-invalid={errors.field('reason') ? true : undefined}>
            <label className="field__label" htmlFor="reveal-reason">
              <FormattedMessage id="staff.reveal.reason" />
            </label>
            <span className="field__hint" id="reveal-reason-hint">
              <FormattedMessage id="staff.reveal.reasonHint" />
            </span>
            {errors.field('reason') && (
              <span className="field__error" id="reveal-reason-error">
                {errors.field('reason')}
              </span>
            )}
            <textarea
              id="reveal-reason"
              className="field__input field__input--area"
              rows={3}
              value={reason}
              aria-describedby={`reveal-reason-hint${errors.field('reason') ? ' reveal-reason-error' : ''}`}
              aria-invalid={errors.field('reason') ? true : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          {confirming ? (
            <Confirm
              id="confirm-reveal"
              title={<FormattedMessage id="staff.reveal.confirmTitle" />}
              confirmLabel={<FormattedMessage id="staff.reveal.confirm" />}
              busy={state.loading}
              onCancel={() => {
                setConfirming(false);
                start.current?.focus();
              }}
              onConfirm={() =>
                void reveal({ variables: { input: { submissionId: s.id, reason: reason.trim() } } })
                  .then((res) => {
                    setConfirming(false);
                    if (res.data) setAnswer(res.data.revealSubmitter);
                  })
                  .catch(() => setConfirming(false))
              }
            >
              <p>
                <FormattedMessage id="staff.reveal.confirmBody" values={{ reason: reason.trim() || '—' }} />
              </p>
            </Confirm>
          ) : (
            <button type="submit" className="button button--danger" ref={start}>
              <FormattedMessage id="staff.reveal.start" />
            </button>
          )}
        </form>
      )}
    </section>
  );
}
