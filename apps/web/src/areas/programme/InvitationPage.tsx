import { useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EventTimes } from './parts/EventTimes';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadParticipantMessages } from './participant/catalogues';
import { RegistrationForm } from './participant/RegistrationForm';

const InvitationQuery = graphql(`
  query ProgrammeInvitation($token: String!) {
    eventInvitation(token: $token) {
      used
      expiresAt
      event {
        id
        title
        startsAt
        endsAt
        timeZone
        acceptingRegistrations
      }
    }
  }
`);

/** The token of the link: after `#token=` (kept out of server logs), or `?token=`. */
function tokenOf(location: { hash: string; search: string }): string {
  return (
    new URLSearchParams(location.hash.slice(1)).get('token') ?? new URLSearchParams(location.search).get('token') ?? ''
  );
}

/**
 * Where an invitation email leads, also for people who have no account yet (state delegates): the
 * event, then either "create an account with the address this was sent to, or log in" (coming back
 * here afterwards) or the registration form, which uses the invitation.
 */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadParticipantMessages}>
      <Invitation />
    </AreaMessages>
  );
}

function Invitation(): ReactNode {
  usePageTitle('prog.invitation.title');
  const location = useLocation();
  const navigate = useNavigate();
  // Kept for the tab: the page may mount again after login, when the address bar no longer has it.
  const [token] = useState(() => {
    const found = tokenOf(location);
    if (found) sessionStorage.setItem('plenary.eventInvitation', found);
    return found || sessionStorage.getItem('plenary.eventInvitation') || '';
  });
  const state = useSession();
  const { data, error } = useQuery(InvitationQuery, { variables: { token }, skip: !token });
  const invitation = data?.eventInvitation;
  const here = '/programme/invitation';
  return (
    <>
      <h1>
        <FormattedMessage id="prog.invitation.title" />
      </h1>
      {(!token || error) &&
        (error ? (
          <ErrorMessage error={error} />
        ) : (
          <p>
            <FormattedMessage id="prog.invitation.noToken" />
          </p>
        ))}
      {invitation && (
        <>
          <p className="lede" dir="auto">
            <Link to={`/programme/events/${invitation.event.id}`}>{invitation.event.title}</Link>
          </p>
          <p>
            <EventTimes
              startsAt={invitation.event.startsAt}
              endsAt={invitation.event.endsAt}
              zone={invitation.event.timeZone}
            />
          </p>
          {invitation.used ? (
            <p className="notice">
              <FormattedMessage id="prog.invitation.used" />{' '}
              <Link to="/programme/mine">
                <FormattedMessage id="prog.mine.title" />
              </Link>
            </p>
          ) : state.status === 'authenticated' ? (
            <>
              <p>
                <FormattedMessage id="prog.invitation.loggedIn" values={{ email: state.user.email ?? '' }} />
              </p>
              <RegistrationForm
                eventId={invitation.event.id}
                invitationToken={token}
                onRegistered={() => {
                  sessionStorage.removeItem('plenary.eventInvitation');
                  void navigate(`/programme/events/${invitation.event.id}`);
                }}
              />
            </>
          ) : (
            <div className="notice">
              <p>
                <FormattedMessage id="prog.invitation.needAccount" />
              </p>
              <p>
                <Link className="button button--primary" to={`/register?next=${encodeURIComponent(here)}`}>
                  <FormattedMessage id="prog.invitation.createAccount" />
                </Link>{' '}
                <Link className="button button--secondary" to={`/login?next=${encodeURIComponent(here)}`}>
                  <FormattedMessage id="header.login" />
                </Link>
              </p>
            </div>
          )}
        </>
      )}
    </>
  );
}
