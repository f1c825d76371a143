import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Button, TextField } from '../../../components/forms';
import type { MessageId } from '../../../i18n/messages';
import { InviteCosignerMutation, SubmissionEditorQuery, VerifiedOrganisationsQuery } from '../documents';

interface Cosigner {
  id: string;
  status: string;
  disclosure: string | null;
  attribution: { text: string };
}

/**
 * Co-signers: who was asked and how they answered; an edit to the text sends acceptances back to
 * pending (the co-signer signs a version), which the list says. Invite: search verified organisations.
 */
export function CosignersSection({
  submissionId,
  cosigners,
  ownOrganisationId,
}: {
  submissionId: string;
  cosigners: Cosigner[];
  ownOrganisationId: string;
}): ReactNode {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const found = useQuery(VerifiedOrganisationsQuery, { variables: { search: query ?? '' }, skip: query === null });
  const [invite, invited] = useMutation(InviteCosignerMutation, {
    refetchQueries: [{ query: SubmissionEditorQuery, variables: { id: submissionId } }],
    awaitRefetchQueries: true,
  });
  const invitedNames = new Set(cosigners.map((c) => c.attribution.text));
  return (
    <div className="cosigners">
      <p className="field__hint">
        <FormattedMessage id="ws.cosign.explain" />
      </p>
      {cosigners.length > 0 ? (
        <ul className="plain-list" aria-label={intl.formatMessage({ id: 'ws.cosign.listLabel' })}>
          {cosigners.map((c) => (
            <li key={c.id} data-cosigner-status={c.status}>
              {c.attribution.text} —{' '}
              <strong>
                <FormattedMessage id={`ws.cosign.status.${c.status}` as MessageId} />
              </strong>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <FormattedMessage id="ws.cosign.none" />
        </p>
      )}
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(search.trim());
        }}
      >
        <TextField
          id="cosign-search"
          type="search"
          label={<FormattedMessage id="ws.cosign.searchLabel" />}
          value={search}
          onChange={setSearch}
        />
        <Button type="submit" variant="secondary">
          <FormattedMessage id="ws.cosign.search" />
        </Button>
      </form>
      {found.error && <ErrorMessage error={found.error} />}
      {invited.error && <ErrorMessage error={invited.error} />}
      {found.data && (
        <ul className="plain-list" aria-label={intl.formatMessage({ id: 'ws.cosign.results' })}>
          {found.data.organisations.edges
            .map((e) => e.node)
            .filter((o) => o.id !== ownOrganisationId)
            .map((o) => (
              <li key={o.id}>
                {o.name} ({intl.formatMessage({ id: `region.${o.region}` as MessageId })}){' '}
                <Button
                  variant="secondary"
                  isDisabled={invited.loading || invitedNames.has(o.name)}
                  onPress={() =>
                    void invite({ variables: { input: { submissionId, organisationId: o.id } } }).catch(() => null)
                  }
                  aria-label={intl.formatMessage({ id: 'ws.cosign.inviteNamed' }, { name: o.name })}
                >
                  <FormattedMessage id="ws.cosign.invite" />
                </Button>
              </li>
            ))}
          {found.data.organisations.edges.length === 0 && (
            <li>
              <FormattedMessage id="ws.cosign.noResults" />
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
