import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button } from '../../components/forms';
import type { PlatformRole, StaffPeopleQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { GrantRoleMutation, RevokeRoleMutation, StaffPeopleQuery as PeopleQuery } from './documents';
import { Refusal } from './parts/Refusal';

type Person = StaffPeopleQuery['users']['edges'][number]['node'];
const ROLES: PlatformRole[] = ['MODERATOR', 'STAFF'];

/**
 * /staff/people?search=&role= — people by name, their platform roles and organisations; grant or
 * revoke MODERATOR and STAFF. The api keeps at least one STAFF user and says so when asked to
 * revoke the last: that reason is shown as it comes.
 */
export function PeoplePage(): ReactNode {
  usePageTitle('staff.people.title');
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const role = ROLES.find((r) => r === params.get('role')) ?? null;
  const [typed, setTyped] = useState(search);
  const filter = { ...(search ? { search } : {}), ...(role ? { role } : {}) };
  const { data, error, loading, fetchMore } = useQuery(PeopleQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const people = data?.users.edges.map((e) => e.node) ?? [];
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <div>
      <h1>
        <FormattedMessage id="staff.people.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="staff.people.intro" />
      </p>
      <div className="filters">
        <form
          className="field"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update('search', typed.trim() || null);
          }}
        >
          <label className="field__label" htmlFor="people-search">
            <FormattedMessage id="staff.people.search" />
          </label>
          <span className="filters__search">
            <input
              id="people-search"
              className="field__input"
              type="search"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
            <button type="submit" className="button button--secondary">
              <FormattedMessage id="staff.filter.apply" />
            </button>
          </span>
        </form>
        <div className="field">
          <label className="field__label" htmlFor="people-role">
            <FormattedMessage id="staff.people.role" />
          </label>
          <select
            id="people-role"
            className="field__input"
            value={role ?? ''}
            onChange={(e) => update('role', e.target.value || null)}
          >
            <option value="">{intl.formatMessage({ id: 'staff.filter.all' })}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {intl.formatMessage({ id: `staff.role.${r}` as MessageId })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} />}
      {data && people.length === 0 && (
        <p>
          <FormattedMessage id="staff.people.none" />
        </p>
      )}
      {people.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="staff.people.title" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="staff.people.person" />
              </th>
              <th scope="col">
                <FormattedMessage id="staff.people.organisations" />
              </th>
              {ROLES.map((r) => (
                <th scope="col" key={r}>
                  <FormattedMessage id={`staff.role.${r}` as MessageId} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <PersonRow key={p.id} person={p} />
            ))}
          </tbody>
        </table>
      )}
      {data?.users.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          isDisabled={loading}
          onPress={() => void fetchMore({ variables: { after: data.users.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </Button>
      )}
    </div>
  );
}

function PersonRow({ person }: { person: Person }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const session = useSession();
  const me = session.status === 'authenticated' ? session.user.id : null;
  const [grant, granting] = useMutation(GrantRoleMutation);
  const [revoke, revoking] = useMutation(RevokeRoleMutation);
  const [failed, setFailed] = useState<unknown>(null);
  const roles = person.roles ?? [];
  const act = (role: PlatformRole, has: boolean) => {
    setFailed(null);
    const run = has ? revoke : grant;
    void run({ variables: { input: { userId: person.id, role } } })
      .then(() =>
        announce(
          intl.formatMessage(
            { id: has ? 'staff.people.revoked' : 'staff.people.granted' },
            { role: intl.formatMessage({ id: `staff.role.${role}` as MessageId }), name: person.displayName },
          ),
        ),
      )
      .catch((error: unknown) => setFailed(error));
  };
  return (
    <tr data-person={person.id}>
      <td>
        <strong>{person.displayName}</strong>
        {person.id === me && (
          <>
            {' '}
            <FormattedMessage id="staff.people.you" />
          </>
        )}
        <span className="meta" dir="ltr">
          {person.email}
        </span>
        <Link className="meta" to={`/staff/audit?actor=${person.id}`}>
          <FormattedMessage id="staff.people.actions" values={{ name: person.displayName }} />
        </Link>
        {failed ? <Refusal error={failed} known={{ CONFLICT: 'staff.people.lastStaff' }} /> : null}
      </td>
      <td>
        {(person.memberships ?? []).length === 0 ? (
          <span className="meta">—</span>
        ) : (
          (person.memberships ?? []).map((m) => (
            <span key={m.organisation.id} className="member">
              {m.organisation.name} (<FormattedMessage id={`staff.memberRole.${m.role}` as MessageId} />)
            </span>
          ))
        )}
      </td>
      {ROLES.map((role) => {
        const has = roles.includes(role);
        const name = intl.formatMessage({ id: `staff.role.${role}` as MessageId });
        return (
          <td key={role}>
            <span className={`status ${has ? 'status--yes' : 'status--no'}`}>
              <FormattedMessage id={has ? 'staff.people.has' : 'staff.people.hasNot'} />
            </span>{' '}
            <Button
              variant="secondary"
              isDisabled={granting.loading || revoking.loading}
              aria-label={intl.formatMessage(
                { id: has ? 'staff.people.revokeNamed' : 'staff.people.grantNamed' },
                { role: name, name: person.displayName },
              )}
              onPress={() => act(role, has)}
            >
              <FormattedMessage id={has ? 'staff.people.revoke' : 'staff.people.grant'} />
            </Button>
          </td>
        );
      })}
    </tr>
  );
}
