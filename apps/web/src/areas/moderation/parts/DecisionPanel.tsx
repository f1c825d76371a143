import type { ReactNode, RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { describeError } from '../../../api/errors';
import type { MessageId } from '../../../i18n/messages';
import { DECISIONS, type Decision, type DecisionBlock } from '../logic/decision';
import { languageName, textDirection } from './format';
import { Refusal } from './Refusal';

export interface DecisionState {
  decision: Decision | null;
  reasonCode: string | null;
  message: string;
}

export interface ReasonRule {
  decision: string;
  reasonCodes: string[];
  messageRequired: boolean;
}

/**
 * The decision: approve (a), request changes (r) or reject (x), a reason code among those the
 * decision accepts (the api's moderationReasons), and the message to the submitter — required to
 * reject or request changes, with the reason's standard wording offered in the submission's
 * language. A disabled choice says why beside it.
 */
export function DecisionPanel({
  state,
  rules,
  blocks,
  wording,
  busy,
  error,
  stale,
  headingRef,
  onChange,
  onSubmit,
}: {
  state: DecisionState;
  rules: ReasonRule[];
  blocks: Record<Decision, DecisionBlock | null>;
  /** The standard wording of the chosen reason, and the language it is in (null: none loaded). */
  wording: { text: string; language: string } | null;
  busy: boolean;
  error: unknown;
  /** Shown above the form when the item changed while the moderator worked (the message is kept). */
  stale: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (next: DecisionState) => void;
  onSubmit: () => void;
}): ReactNode {
  const intl = useIntl();
  const rule = rules.find((r) => r.decision === state.decision);
  const reasonCodes = rule?.reasonCodes ?? [];
  const block = state.decision ? blocks[state.decision] : null;
  const required = rule?.messageRequired ?? false;
  const messageError = error ? describeError(error).fields.find((f) => f.field === 'message')?.message : undefined;
  return (
    <section className="panel decision" aria-labelledby="decision-title">
      <h2 id="decision-title" className="panel__title" ref={headingRef} tabIndex={-1}>
        <FormattedMessage id="mod.decision.title" />
      </h2>
      {stale}
      <form
        id="decision-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <fieldset className="field field--group">
          <legend className="field__label">
            <FormattedMessage id="mod.decision.choose" />
          </legend>
          {DECISIONS.map((d) => {
            const why = blocks[d];
            return (
              <div key={d} className="radio">
                <label className="check">
                  <input
                    type="radio"
                    name="decision"
                    id={`decision-${d}`}
                    value={d}
                    checked={state.decision === d}
                    disabled={!!why}
                    aria-describedby={why ? `decision-${d}-why` : undefined}
                    aria-keyshortcuts={d === 'APPROVE' ? 'a' : d === 'REJECT' ? 'x' : 'r'}
                    onChange={() => onChange({ ...state, decision: d })}
                  />
                  <span>
                    <FormattedMessage id={`mod.decision.${d}` as MessageId} />
                  </span>
                </label>
                {why && (
                  <p className="field__hint radio__why" id={`decision-${d}-why`} data-testid={`why-${d}`}>
                    <FormattedMessage id={`mod.block.${why}` as MessageId} />
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
        {state.decision && (
          <>
            <label className="field">
              <span className="field__label">
                <FormattedMessage id="mod.decision.reason" />
              </span>
              <select
                id="decision-reasonCode"
                className="field__input"
                value={state.reasonCode ?? ''}
                onChange={(e) => onChange({ ...state, reasonCode: e.target.value || null })}
              >
                <option value="">{intl.formatMessage({ id: 'mod.decision.chooseReason' })}</option>
                {reasonCodes.map((code) => (
                  <option key={code} value={code}>
                    {intl.formatMessage({ id: `mod.reason.${code}` as MessageId })}
                  </option>
                ))}
              </select>
            </label>
            <div className="field">
              <label className="field__label" htmlFor="decision-message">
                <FormattedMessage id="mod.decision.message" />{' '}
                <span className="field__hint field__hint--inline">
                  <FormattedMessage id={required ? 'mod.decision.required' : 'field.optional'} />
                </span>
              </label>
              <span className="field__hint" id="decision-message-hint">
                <FormattedMessage id="mod.decision.messageHint" />
              </span>
              {messageError && (
                <span className="field__error" id="decision-message-error">
                  {messageError}
                </span>
              )}
              <textarea
                id="decision-message"
                className="field__input field__input--area"
                rows={5}
                dir="auto"
                lang={wording?.language}
                value={state.message}
                aria-required={required}
                aria-invalid={messageError ? true : undefined}
                aria-describedby={
                  messageError ? 'decision-message-hint decision-message-error' : 'decision-message-hint'
                }
                onChange={(e) => onChange({ ...state, message: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    onSubmit();
                  }
                }}
              />
              {wording && state.reasonCode && (
                <button
                  type="button"
                  className="button button--link"
                  id="decision-wording"
                  onClick={() => onChange({ ...state, message: wording.text })}
                >
                  <FormattedMessage
                    id={state.message.trim() ? 'mod.decision.replaceWording' : 'mod.decision.useWording'}
                    values={{ language: languageName(intl.locale, wording.language) }}
                  />
                </button>
              )}
              {wording && state.reasonCode && (
                <p className="wording-preview" lang={wording.language} dir={textDirection(wording.language)}>
                  {wording.text}
                </p>
              )}
            </div>
          </>
        )}
        <button
          type="submit"
          id="decision-submit"
          className="button button--primary"
          disabled={busy || !state.decision || !!block}
        >
          {state.decision ? (
            <FormattedMessage id={`mod.decision.submit.${state.decision}` as MessageId} />
          ) : (
            <FormattedMessage id="mod.decision.submit" />
          )}
        </button>
      </form>
      {error ? <Refusal error={error} /> : null}
    </section>
  );
}
