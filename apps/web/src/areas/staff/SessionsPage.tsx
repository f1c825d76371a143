import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';
import { CreateSessionMutation, StaffSessionsQuery } from './documents';
import { DateField, dayToIso } from './parts/DateField';

const FIELDS = ['title', 'processName', 'location', 'startsAt', 'endsAt'];

/** /staff/sessions: every negotiation session, newest first, and a form for a new one. */
export function SessionsPage(): ReactNode {
  usePageTitle('staff.sessions.title');
  const intl = useIntl();
  const { data, error, fetchMore, loading } = useQuery(StaffSessionsQuery, { fetchPolicy: 'cache-and-network' });
  const sessions = data?.negotiationSessions.edges.map((e) => e.node) ?? [];
  const day = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <div>
      <h1>
        <FormattedMessage id="staff.sessions.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="staff.sessions.intro" />
      </p>
      {error && <ErrorMessage error={error} />}
      <table className="data-table">
        <caption className="visually-hidden">
          <FormattedMessage id="staff.sessions.title" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="staff.sessions.name" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.sessions.location" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.sessions.dates" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.sessions.digests" />
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/staff/sessions/${s.id}`}>{s.title}</Link>
                <span className="meta">{s.processName}</span>
              </td>
              <td>{s.location}</td>
              <td>
                <FormattedMessage id="staff.sessions.range" values={{ start: day(s.startsAt), end: day(s.endsAt) }} />
              </td>
              <td>
                <Link
                  to={`/staff/digests/${s.id}`}
                  aria-label={intl.formatMessage({ id: 'staff.sessions.digestsOf' }, { title: s.title })}
                >
                  <FormattedMessage id="staff.sessions.digests" />
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data?.negotiationSessions.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          isDisabled={loading}
          onPress={() => void fetchMore({ variables: { after: data.negotiationSessions.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </Button>
      )}
      <NewSession />
    </div>
  );
}

function NewSession(): ReactNode {
  const intl = useIntl();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [processName, setProcessName] = useState('United Nations Convention against Cybercrime');
  const [location, setLocation] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [create, state] = useMutation(CreateSessionMutation);
  const server = useFieldErrors(state.error, FIELDS, 'session-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  const field = (name: string) => local[name] ?? server.field(name);
  const summary = Object.keys(local).length
    ? Object.entries(local).map(([name, message]) => ({ fieldId: `session-${name}`, message }))
    : server.summary;

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const start = dayToIso(startsAt);
    const end = dayToIso(endsAt);
    const problems: Record<string, string> = {};
    if (!start) problems.startsAt = intl.formatMessage({ id: 'staff.form.dateNeeded' });
    if (!end) problems.endsAt = intl.formatMessage({ id: 'staff.form.dateNeeded' });
    setLocal(problems);
    if (!start || !end) return;
    const res = await create({
      variables: { input: { title, processName, location, startsAt: start, endsAt: end } },
    }).catch(() => null);
    if (res?.data) await navigate(`/staff/sessions/${res.data.createNegotiationSession.id}?created=1`);
  }

  return (
    <section aria-labelledby="h-new-session" className="panel">
      <h2 id="h-new-session">
        <FormattedMessage id="staff.sessions.new" />
      </h2>
      <ErrorSummary items={summary} />
      <form onSubmit={(e) => void submit(e)} noValidate className="narrow">
        <TextField
          id="session-title"
          label={<FormattedMessage id="staff.sessions.name" />}
          value={title}
          onChange={setTitle}
          error={field('title')}
        />
        <TextField
          id="session-processName"
          label={<FormattedMessage id="staff.sessions.process" />}
          value={processName}
          onChange={setProcessName}
          error={field('processName')}
        />
        <TextField
          id="session-location"
          label={<FormattedMessage id="staff.sessions.location" />}
          value={location}
          onChange={setLocation}
          error={field('location')}
        />
        <DateField
          id="session-startsAt"
          label={<FormattedMessage id="staff.sessions.startsAt" />}
          value={startsAt}
          onChange={setStartsAt}
          error={field('startsAt')}
        />
        <DateField
          id="session-endsAt"
          label={<FormattedMessage id="staff.sessions.endsAt" />}
          value={endsAt}
          onChange={setEndsAt}
          error={field('endsAt')}
        />
        <Button type="submit" isDisabled={state.loading}>
          <FormattedMessage id="staff.sessions.create" />
        </Button>
      </form>
    </section>
  );
}
