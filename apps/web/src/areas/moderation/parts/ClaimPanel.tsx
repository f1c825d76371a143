import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../../i18n/messages';
import { minutesLeft, type LeaseView } from '../logic/lease';
import { time } from './format';
import { Refusal } from './Refusal';

/**
 * Who holds the item and for how long: "You hold this item until 10:42 (28 minutes left; renewed
 * while you work)", "Leila Haddad holds it until 10:42: you cannot act on it", or "Your claim
 * ended at 10:42 — claim it again". Claim (c) and release (u) are here.
 */
export function ClaimPanel({
  view,
  status,
  staff,
  submissionId,
  busy,
  error,
  onClaim,
  onRelease,
}: {
  view: LeaseView;
  status: string;
  staff: boolean;
  submissionId: string;
  busy: boolean;
  error: unknown;
  onClaim: () => void;
  onRelease: () => void;
}): ReactNode {
  const intl = useIntl();
  const waiting = status === 'SUBMITTED' || status === 'UNDER_REVIEW';
  const claimButton = (label: MessageId) => (
    <button
      type="button"
      className="button button--primary"
      id="claim-button"
      onClick={onClaim}
      disabled={busy}
      aria-keyshortcuts="c"
    >
      <FormattedMessage id={label} />
    </button>
  );
  return (
    <section className="panel claim" aria-labelledby="claim-title" data-lease={view.kind}>
      <h2 id="claim-title" className="panel__title">
        <FormattedMessage id="mod.claim.title" />
      </h2>
      {!waiting ? (
        <>
          <p>
            <FormattedMessage
              id="mod.claim.notWaiting"
              values={{ status: intl.formatMessage({ id: `mod.status.${status}` as MessageId }) }}
            />
          </p>
          {status === 'APPEALED' && staff && (
            <p>
              <Link to={`/staff/appeals/${submissionId}`}>
                <FormattedMessage id="mod.claim.toAppeal" />
              </Link>
            </p>
          )}
        </>
      ) : view.kind === 'free' ? (
        <>
          <p>
            <FormattedMessage id="mod.claim.free" />
          </p>
          {claimButton('mod.claim.claim')}
        </>
      ) : view.kind === 'mine' ? (
        <>
          <p role="status">
            <FormattedMessage
              id="mod.claim.mine"
              values={{ time: time(intl, view.expiresAt), minutes: minutesLeft(view.leftMs) }}
            />
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={onRelease}
            disabled={busy}
            aria-keyshortcuts="u"
          >
            <FormattedMessage id="mod.claim.release" />
          </button>
        </>
      ) : view.kind === 'theirs' ? (
        <>
          <p className="notice notice--warning" data-testid="claim-holder">
            <FormattedMessage
              id="mod.claim.theirs"
              values={{
                name: view.holder,
                time: time(intl, view.expiresAt),
                minutes: minutesLeft(view.leftMs),
              }}
            />
          </p>
          {staff && claimButton('mod.claim.takeOver')}
        </>
      ) : (
        <>
          <p className="notice notice--warning" role="alert" data-testid="claim-expired">
            {view.holder ? (
              <FormattedMessage
                id="mod.claim.expiredTaken"
                values={{ time: time(intl, view.expiredAt), name: view.holder }}
              />
            ) : (
              <FormattedMessage id="mod.claim.expired" values={{ time: time(intl, view.expiredAt) }} />
            )}
          </p>
          {(!view.holder || staff) && claimButton(view.holder ? 'mod.claim.takeOver' : 'mod.claim.again')}
        </>
      )}
      {error ? <Refusal error={error} /> : null}
    </section>
  );
}
