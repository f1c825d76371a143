import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button, ErrorSummary, TextArea, TextField, useFieldErrors } from '../../components/forms';
import type { Region, StaffRoundQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import {
  CreateRoundMutation,
  StaffRoundQuery as RoundQuery,
  StaffSessionQuery,
  UpdateRoundMutation,
} from './documents';
import { changedFields, isStaleVersion } from './logic/stale';
import { fromZonedInput, timeZones, toZonedInput } from './logic/zoned-time';
import { Refusal } from './parts/Refusal';
import { ZonedDateField } from './parts/ZonedDateField';
import { ZonedDateTime } from './parts/ZonedDateTime';

type Round = StaffRoundQuery['consultationRound'];

const REGIONS: Region[] = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'];
const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** Where a region's round usually announces its dates; staff choose any zone. */
const REGION_ZONES: Record<Region, string> = {
  AG: 'Africa/Nairobi',
  APG: 'Asia/Bangkok',
  EEG: 'Europe/Vienna',
  GRULAC: 'America/Lima',
  WEOG: 'Europe/Vienna',
};
const FIELDS: (keyof Values)[] = [
  'region',
  'title',
  'description',
  'guidingQuestions',
  'timeZone',
  'opensAt',
  'closesAt',
  'revisionsCloseAt',
  'wordLimit',
  'languages',
];

interface Values {
  region: Region;
  title: string;
  description: string;
  guidingQuestions: string;
  timeZone: string;
  opensAt: string;
  closesAt: string;
  revisionsCloseAt: string;
  wordLimit: string;
  languages: string[];
}

function valuesOf(r: Round): Values {
  return {
    region: r.region,
    title: r.title,
    description: r.description,
    guidingQuestions: r.guidingQuestions.join('\n'),
    timeZone: r.timeZone,
    opensAt: toZonedInput(r.opensAt, r.timeZone),
    closesAt: toZonedInput(r.closesAt, r.timeZone),
    revisionsCloseAt: toZonedInput(r.revisionsCloseAt, r.timeZone),
    wordLimit: String(r.wordLimit),
    languages: r.languages,
  };
}

/**
 * /staff/sessions/:sessionId/rounds/new and /staff/rounds/:id — a consultation round's form. Dates
 * are typed in the round's reference time zone and shown, as they are typed, in the staff
 * member's own. Saving an edit carries the version it started from: if someone saved in between,
 * the page lists what they changed and keeps what this person typed.
 */
export function RoundFormPage(): ReactNode {
  const { id, sessionId } = useParams();
  const editing = !!id;
  const round = useQuery(RoundQuery, { variables: { id: id ?? '' }, skip: !editing, fetchPolicy: 'network-only' });
  const session = useQuery(StaffSessionQuery, { variables: { id: sessionId ?? '' }, skip: editing });
  usePageTitle(editing ? 'staff.round.editTitle' : 'staff.round.newTitle', {
    title: round.data?.consultationRound.title ?? '',
  });
  const error = round.error ?? session.error;
  if (error) return <ErrorMessage error={error} />;
  if (editing && !round.data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  if (!editing && !session.data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const r = round.data?.consultationRound;
  return (
    <RoundForm
      key={r?.id ?? 'new'}
      round={r ?? null}
      sessionId={r?.sessionId ?? sessionId ?? ''}
      sessionTitle={r?.session.title ?? session.data?.negotiationSession.title ?? ''}
    />
  );
}

function RoundForm({
  round,
  sessionId,
  sessionTitle,
}: {
  round: Round | null;
  sessionId: string;
  sessionTitle: string;
}): ReactNode {
  const intl = useIntl();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const client = useApolloClient();
  const zones = useMemo(() => timeZones(), []);
  const [v, setV] = useState<Values>(
    () =>
      (round && valuesOf(round)) ?? {
        region: 'AG',
        title: '',
        description: '',
        guidingQuestions: '',
        timeZone: REGION_ZONES.AG,
        opensAt: '',
        closesAt: '',
        revisionsCloseAt: '',
        wordLimit: '2000',
        languages: [...UN_LANGUAGES],
      },
  );
  const [base, setBase] = useState<Round | null>(round);
  const [theirs, setTheirs] = useState<{ round: Round; fields: (keyof Values)[] } | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [create, creating] = useMutation(CreateRoundMutation);
  const [update, updating] = useMutation(UpdateRoundMutation);
  const mutationError = round ? updating.error : creating.error;
  const server = useFieldErrors(mutationError, FIELDS, 'round-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  const stale = isStaleVersion(mutationError);
  const field = (name: string) => local[name] ?? server.field(name);
  const summary = Object.keys(local).length
    ? Object.entries(local).map(([name, message]) => ({ fieldId: `round-${name}`, message }))
    : server.summary;
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setV((old) => ({ ...old, [key]: value }));
  const closed = round && (round.status === 'CLOSED' || round.status === 'ARCHIVED');

  // A stale save: load the round as it is now and say what the other person changed.
  useEffect(() => {
    if (!stale || !round) return;
    void client
      .query({ query: RoundQuery, variables: { id: round.id }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (!data || !base) return;
        const latest = data.consultationRound;
        setTheirs({ round: latest, fields: changedFields(valuesOf(base), valuesOf(latest), FIELDS) });
      });
  }, [stale, round, base, client]);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    const opensAt = fromZonedInput(v.opensAt, v.timeZone);
    const closesAt = fromZonedInput(v.closesAt, v.timeZone);
    const revisionsCloseAt = v.revisionsCloseAt ? fromZonedInput(v.revisionsCloseAt, v.timeZone) : null;
    if (!opensAt) problems.opensAt = intl.formatMessage({ id: 'staff.form.dateTimeNeeded' });
    if (!closesAt) problems.closesAt = intl.formatMessage({ id: 'staff.form.dateTimeNeeded' });
    if (v.revisionsCloseAt && !revisionsCloseAt)
      problems.revisionsCloseAt = intl.formatMessage({ id: 'staff.form.dateTimeNeeded' });
    const wordLimit = Number(v.wordLimit);
    if (!Number.isInteger(wordLimit)) problems.wordLimit = intl.formatMessage({ id: 'staff.form.wholeNumber' });
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const fields = {
      title: v.title,
      description: v.description,
      guidingQuestions: v.guidingQuestions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean),
      timeZone: v.timeZone,
      opensAt: opensAt!,
      closesAt: closesAt!,
      ...(revisionsCloseAt ? { revisionsCloseAt } : {}),
      wordLimit,
      languages: v.languages,
    };
    if (!round) {
      const res = await create({ variables: { input: { ...fields, sessionId, region: v.region } } }).catch(() => null);
      if (res?.data) await navigate(`/staff/sessions/${sessionId}`);
      return;
    }
    const res = await update({
      variables: { input: { ...fields, id: round.id, expectedVersion: (theirs?.round ?? base ?? round).version } },
    }).catch(() => null);
    if (res?.data) {
      const next = { ...round, ...res.data.updateConsultationRound };
      setBase(next);
      setTheirs(null);
      setV(valuesOf(next));
      setSaved(true);
      announce(intl.formatMessage({ id: 'staff.saved' }));
    }
  }

  return (
    <div>
      <p className="breadcrumbs">
        <Link to="/staff/sessions">
          <FormattedMessage id="staff.sessions.title" />
        </Link>{' '}
        › <Link to={`/staff/sessions/${sessionId}`}>{sessionTitle}</Link>
      </p>
      <h1>
        {round ? (
          <FormattedMessage id="staff.round.editTitle" values={{ title: round.title }} />
        ) : (
          <FormattedMessage id="staff.round.newTitle" />
        )}
      </h1>
      {round && (
        <p>
          <span className={`status status--${round.status}`} data-status={round.status}>
            <FormattedMessage id={`roundStatus.${round.status}` as MessageId} />
          </span>{' '}
          <FormattedMessage id="staff.round.closesAt" />: <ZonedDateTime at={round.closesAt} zone={round.timeZone} />
        </p>
      )}
      {saved && (
        <p className="notice notice--success" role="status">
          <FormattedMessage id="staff.saved" />
        </p>
      )}
      {closed && (
        <p className="notice">
          <FormattedMessage id="staff.round.closedReadOnly" />
        </p>
      )}
      {stale && theirs && (
        <div className="notice notice--error" role="alert">
          <p>
            <FormattedMessage id="staff.conflict.round" />
          </p>
          {theirs.fields.length > 0 && (
            <ul>
              {theirs.fields.map((f) => (
                <li key={f}>
                  <FormattedMessage
                    id="staff.conflict.field"
                    values={{
                      field: intl.formatMessage({ id: `staff.round.field.${f}` as MessageId }),
                      value: String(valuesOf(theirs.round)[f]),
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
          <p>
            <FormattedMessage id="staff.conflict.keptYours" />
          </p>
        </div>
      )}
      {!stale && <ErrorSummary items={summary} />}
      {mutationError && !stale && server.summary.length === 0 && Object.keys(local).length === 0 && (
        <Refusal error={mutationError} />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="narrow">
        {!round && (
          <div className="field" data-invalid={field('region') ? true : undefined}>
            <label className="field__label" htmlFor="round-region">
              <FormattedMessage id="staff.round.region" />
            </label>
            {field('region') && <span className="field__error">{field('region')}</span>}
            <select
              id="round-region"
              className="field__input"
              value={v.region}
              onChange={(e) => {
                const region = e.target.value as Region;
                setV((old) => ({ ...old, region, timeZone: REGION_ZONES[region] }));
              }}
            >
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {intl.formatMessage({ id: `region.${r}` as MessageId })}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextField
          id="round-title"
          label={<FormattedMessage id="staff.round.title" />}
          value={v.title}
          onChange={set('title')}
          error={field('title')}
        />
        <TextArea
          id="round-description"
          label={<FormattedMessage id="staff.round.description" />}
          value={v.description}
          onChange={set('description')}
          error={field('description')}
          rows={4}
        />
        <TextArea
          id="round-guidingQuestions"
          label={<FormattedMessage id="staff.round.questions" />}
          hint={<FormattedMessage id="staff.round.questionsHint" />}
          value={v.guidingQuestions}
          onChange={set('guidingQuestions')}
          error={field('guidingQuestions')}
          rows={4}
        />
        <div className="field" data-invalid={field('timeZone') ? true : undefined}>
          <label className="field__label" htmlFor="round-timeZone">
            <FormattedMessage id="staff.round.timeZone" />
          </label>
          <span className="field__hint" id="round-timeZone-hint">
            <FormattedMessage id="staff.round.timeZoneHint" />
          </span>
          {field('timeZone') && <span className="field__error">{field('timeZone')}</span>}
          <select
            id="round-timeZone"
            className="field__input"
            value={v.timeZone}
            aria-describedby="round-timeZone-hint"
            onChange={(e) => set('timeZone')(e.target.value)}
            dir="ltr"
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
        <ZonedDateField
          id="round-opensAt"
          label={<FormattedMessage id="staff.round.opensAt" />}
          value={v.opensAt}
          onChange={set('opensAt')}
          zone={v.timeZone}
          error={field('opensAt')}
        />
        <ZonedDateField
          id="round-closesAt"
          label={<FormattedMessage id="staff.round.closesAt" />}
          value={v.closesAt}
          onChange={set('closesAt')}
          zone={v.timeZone}
          error={field('closesAt')}
        />
        <ZonedDateField
          id="round-revisionsCloseAt"
          label={<FormattedMessage id="staff.round.revisionsCloseAt" />}
          hint={<FormattedMessage id="staff.round.revisionsHint" />}
          value={v.revisionsCloseAt}
          onChange={set('revisionsCloseAt')}
          zone={v.timeZone}
          error={field('revisionsCloseAt')}
        />
        <div className="field" data-invalid={field('wordLimit') ? true : undefined}>
          <label className="field__label" htmlFor="round-wordLimit">
            <FormattedMessage id="staff.round.wordLimit" />
          </label>
          {field('wordLimit') && <span className="field__error">{field('wordLimit')}</span>}
          <input
            id="round-wordLimit"
            className="field__input field__input--short"
            type="number"
            inputMode="numeric"
            min={50}
            max={20000}
            value={v.wordLimit}
            onChange={(e) => set('wordLimit')(e.target.value)}
          />
        </div>
        <fieldset className="field field--group">
          <legend className="field__label">
            <FormattedMessage id="staff.round.languages" />
          </legend>
          {field('languages') && <span className="field__error">{field('languages')}</span>}
          <div className="checks">
            {UN_LANGUAGES.map((code) => (
              <label key={code} className="check">
                <input
                  type="checkbox"
                  checked={v.languages.includes(code)}
                  onChange={(e) =>
                    set('languages')(e.target.checked ? [...v.languages, code] : v.languages.filter((l) => l !== code))
                  }
                />{' '}
                {new Intl.DisplayNames([intl.locale], { type: 'language' }).of(code) ?? code}
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" isDisabled={creating.loading || updating.loading || !!closed}>
          {round ? (
            stale ? (
              <FormattedMessage id="staff.conflict.saveMine" />
            ) : (
              <FormattedMessage id="staff.save" />
            )
          ) : (
            <FormattedMessage id="staff.round.create" />
          )}
        </Button>
      </form>
    </div>
  );
}
