import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { GenderIdentity } from '../../../gql/graphql';
import { useAnnounce } from '../../../components/Announcer';
import { Refusal } from '../parts/Refusal';
import { idOf } from '../parts/labels';

const GENDERS = ['WOMAN', 'MAN', 'NON_BINARY', 'SELF_DESCRIBED', 'PREFER_NOT_TO_SAY'] as const;

const MyOrganisationsQuery = graphql(`
  query ProgrammeMyOrganisations {
    me {
      id
      memberships {
        organisationId
        organisation {
          id
          name
        }
      }
    }
  }
`);

const RegisterMutation = graphql(`
  mutation ProgrammeRegister($input: RegisterForEventInput!) {
    registerForEvent(input: $input) {
      id
      status
      waitlistPosition
    }
  }
`);

/**
 * Registering for an event: on behalf of one of the person's organisations (or none), their needs,
 * an optional self-described gender identity, and their consent. Who sees these answers is said next
 * to each (staff only; aggregates only for gender).
 */
export function RegistrationForm({
  eventId,
  invitationToken,
  onRegistered,
}: {
  eventId: string;
  invitationToken?: string;
  onRegistered: (status: string) => void;
}): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const orgs = useQuery(MyOrganisationsQuery);
  const [register, { error, loading }] = useMutation(RegisterMutation);
  const [organisationId, setOrganisationId] = useState('');
  const [needs, setNeeds] = useState('');
  const [gender, setGender] = useState('');
  const [selfDescription, setSelfDescription] = useState('');
  const [consent, setConsent] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    try {
      const res = await register({
        variables: {
          input: {
            eventId,
            consent,
            ...(organisationId ? { organisationId } : {}),
            ...(needs.trim() ? { needs: needs.trim() } : {}),
            ...(gender ? { genderIdentity: gender as GenderIdentity } : {}),
            ...(gender === 'SELF_DESCRIBED' && selfDescription.trim()
              ? { genderSelfDescription: selfDescription.trim() }
              : {}),
            ...(invitationToken ? { invitationToken } : {}),
          },
        },
      });
      const status = res.data?.registerForEvent.status ?? '';
      announce(intl.formatMessage({ id: idOf('prog.registration.done', status) }));
      onRegistered(status);
    } catch {
      errorRef.current?.focus();
    }
  };

  return (
    <form className="programme__register" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="register-heading">
        <FormattedMessage id="prog.registration.title" />
      </h2>
      <div ref={errorRef} tabIndex={-1}>
        {error && <Refusal error={error} />}
      </div>
      <div className="field">
        <label className="field__label" htmlFor="register-organisation">
          <FormattedMessage id="prog.registration.organisation" />
        </label>
        <select
          id="register-organisation"
          className="field__input field__select"
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
        >
          <option value="">{intl.formatMessage({ id: 'prog.registration.noOrganisation' })}</option>
          {(orgs.data?.me.memberships ?? []).map((m) => (
            <option key={m.organisationId} value={m.organisationId}>
              {m.organisation.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="register-needs">
          <FormattedMessage id="prog.registration.needs" /> <FormattedMessage id="field.optional" />
        </label>
        <p className="field__hint" id="register-needs-hint">
          <FormattedMessage id="prog.registration.needsHint" />
        </p>
        <textarea
          id="register-needs"
          className="field__input field__input--area"
          aria-describedby="register-needs-hint"
          maxLength={2000}
          value={needs}
          onChange={(e) => setNeeds(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="register-gender">
          <FormattedMessage id="prog.registration.gender" /> <FormattedMessage id="field.optional" />
        </label>
        <p className="field__hint" id="register-gender-hint">
          <FormattedMessage id="prog.registration.genderHint" />
        </p>
        <select
          id="register-gender"
          className="field__input field__select"
          aria-describedby="register-gender-hint"
          value={gender}
          onChange={(e) => setGender(e.target.value)}
        >
          <option value="">{intl.formatMessage({ id: 'prog.registration.genderNone' })}</option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {intl.formatMessage({ id: idOf('prog.gender', g) })}
            </option>
          ))}
        </select>
      </div>
      {gender === 'SELF_DESCRIBED' && (
        <div className="field">
          <label className="field__label" htmlFor="register-self-description">
            <FormattedMessage id="prog.registration.selfDescription" />
          </label>
          <input
            id="register-self-description"
            className="field__input"
            maxLength={100}
            value={selfDescription}
            onChange={(e) => setSelfDescription(e.target.value)}
          />
        </div>
      )}
      <div className="field programme__consent">
        <input id="register-consent" type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        <label htmlFor="register-consent">
          <FormattedMessage id="prog.registration.consent" />
        </label>
      </div>
      <button type="submit" className="button button--primary" disabled={loading}>
        <FormattedMessage id="prog.registration.submit" />
      </button>
    </form>
  );
}
