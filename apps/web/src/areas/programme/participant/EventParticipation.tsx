import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { AreaMessages } from '../../../i18n/AreaMessages';
import { Refusal } from '../parts/Refusal';
import { loadParticipantMessages } from './catalogues';
import { RegistrationForm } from './RegistrationForm';

const CancelMutation = graphql(`
  mutation ProgrammeCancelMine($id: ID!) {
    cancelRegistration(id: $id) {
      id
      status
    }
  }
`);

export interface ParticipationEvent {
  id: string;
  acceptingRegistrations: boolean;
  registrationMode: string;
  hasOnlineLink: boolean;
  onlineLink?: string | null;
  myRegistration?: { id: string; status: string; waitlistPosition?: number | null } | null;
}

function Participation({ event: e, onChange }: { event: ParticipationEvent; onChange: () => void }): ReactNode {
  const [cancel, cancelled] = useMutation(CancelMutation);
  const mine = e.myRegistration;
  if (!mine)
    return e.acceptingRegistrations ? (
      <>
        {e.registrationMode === 'INVITATION_ONLY' && (
          <p>
            <FormattedMessage id="prog.mine.invitationOnly" />
          </p>
        )}
        <RegistrationForm eventId={e.id} onRegistered={onChange} />
      </>
    ) : (
      <p>
        <FormattedMessage id="prog.event.registrationClosed" />
      </p>
    );
  return (
    <>
      {cancelled.error && <Refusal error={cancelled.error} />}
      <p className="notice" role="status">
        {mine.status === 'WAITLISTED' ? (
          <FormattedMessage id="prog.mine.waitlisted" values={{ position: mine.waitlistPosition ?? 0 }} />
        ) : (
          <FormattedMessage id="prog.mine.confirmed" />
        )}
      </p>
      {e.onlineLink && (
        <p>
          <FormattedMessage id="prog.mine.joinOnline" />{' '}
          <a href={e.onlineLink} className="programme__link" rel="noopener noreferrer" target="_blank">
            {e.onlineLink}
          </a>
        </p>
      )}
      {mine.status === 'WAITLISTED' && e.hasOnlineLink && (
        <p>
          <FormattedMessage id="prog.mine.linkWhenConfirmed" />
        </p>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={cancelled.loading}
        onClick={() => void cancel({ variables: { id: mine.id } }).then(onChange, () => undefined)}
      >
        <FormattedMessage id="prog.mine.cancel" />
      </button>
    </>
  );
}

/**
 * The logged-in person's part of an event page: their place (with the link once confirmed), the
 * waiting list, cancelling, or the registration form. A chunk of its own with its own messages.
 */
export default function EventParticipation(props: { event: ParticipationEvent; onChange: () => void }): ReactNode {
  return (
    <AreaMessages load={loadParticipantMessages}>
      <Participation {...props} />
    </AreaMessages>
  );
}
