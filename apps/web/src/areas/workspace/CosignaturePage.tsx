import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { Button, ErrorSummary, useFieldErrors } from '../../components/forms';
import type { Disclosure } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { DisclosureChooser } from './editor/DisclosureChooser';
import { CosignatureQuery, RespondToCosignatureMutation } from './documents';
import { textDirection } from './format';

/**
 * An invitation to co-sign, for the invited organisation: the text to read, then (an ADMIN) accept
 * choosing the organisation's own disclosure, or decline. After the submitter edits the text, an
 * acceptance comes back here as PENDING, and the page says why.
 */
export function CosignaturePage(): ReactNode {
  usePageTitle('ws.cosign.pageTitle');
  const { id = '' } = useParams();
  const intl = useIntl();
  const { data, error } = useQuery(CosignatureQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [disclosure, setDisclosure] = useState<string | null>(null);
  const [respond, responding] = useMutation(RespondToCosignatureMutation);
  const errors = useFieldErrors(responding.error, ['disclosure'], 'cosign-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  if (error) return <ErrorMessage error={error} />;
  if (!data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const c = data.cosignature;
  const s = c.submission;
  const answer = (accept: boolean) =>
    void respond({
      variables: {
        input: {
          cosignatureId: c.id,
          accept,
          ...(accept && disclosure ? { disclosure: disclosure as Disclosure } : {}),
        },
      },
    }).catch(() => null);
  return (
    <div>
      <ErrorSummary items={errors.summary} />
      <p className="editor__context">{s.round.title}</p>
      <h1>
        <FormattedMessage id="ws.cosign.pageTitle" />
      </h1>
      <p>
        <FormattedMessage id="ws.cosign.status" />{' '}
        <strong data-cosignature-status={c.status}>
          <FormattedMessage id={`ws.cosign.status.${c.status}` as MessageId} />
        </strong>
      </p>
      {c.status === 'PENDING' && c.respondedAt && (
        <div className="notice notice--info">
          <p>
            <FormattedMessage id="ws.cosign.resetExplained" />
          </p>
        </div>
      )}
      <article className="card" lang={s.language} dir={textDirection(s.language)}>
        <h2>{s.title}</h2>
        <p className="card__meta">{s.attribution.text}</p>
        <p>
          <strong>{s.summary}</strong>
        </p>
        <SanitisedHtml className="prose" html={s.bodyHtml} />
      </article>
      {c.status === 'PENDING' && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            answer(true);
          }}
        >
          <DisclosureChooser
            id="cosign-disclosure"
            legend={<FormattedMessage id="ws.cosign.disclosureLegend" />}
            value={disclosure}
            onChange={setDisclosure}
            region={c.organisation?.region ?? 'AG'}
            error={errors.field('disclosure')}
          />
          <div className="button-group">
            <Button type="submit" isDisabled={responding.loading}>
              <FormattedMessage id="ws.cosign.accept" />
            </Button>
            <Button variant="secondary" isDisabled={responding.loading} onPress={() => answer(false)}>
              <FormattedMessage id="ws.cosign.decline" />
            </Button>
          </div>
          <p className="field__hint">
            <FormattedMessage id="ws.cosign.adminOnly" />
          </p>
        </form>
      )}
      {c.status !== 'PENDING' && c.disclosure && (
        <p>
          <FormattedMessage id="ws.cosign.yourDisclosure" />{' '}
          <FormattedMessage id={`ws.disclosure.${c.disclosure}.label` as MessageId} />
        </p>
      )}
    </div>
  );
}
