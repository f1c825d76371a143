import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { MessageId } from '../../../i18n/messages';
import { RoundsQuery, SessionsQuery, VocabularyQuery } from '../documents';
import {
  activeFilterCount,
  DECIDED_STATUSES,
  REGIONS,
  TAG_CATEGORIES,
  WAITING_STATUSES,
  type QueueFilters,
} from '../logic/queue-filters';
import { languageName } from './format';

const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/**
 * The queue's filters. Native controls (a keyboard and a screen reader know them), each change
 * applied at once and written to the address (`onChange` replaces the URL's query string).
 */
export function QueueFilterForm({
  filters,
  onChange,
}: {
  filters: QueueFilters;
  onChange: (next: QueueFilters) => void;
}): ReactNode {
  const intl = useIntl();
  const sessions = useQuery(SessionsQuery);
  const rounds = useQuery(RoundsQuery, { variables: { sessionId: filters.session ?? null } });
  const vocabulary = useQuery(VocabularyQuery);
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  const text = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const tags = vocabulary.data?.tags ?? [];
  const active = activeFilterCount(filters);
  return (
    <form
      className="queue-filters"
      role="search"
      aria-label={text('mod.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="queue-filters__grid">
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.session" />
          </span>
          <select
            id="filter-session"
            className="field__input"
            value={filters.session ?? ''}
            onChange={(e) => set({ session: e.target.value || undefined, round: undefined })}
          >
            <option value="">{text('mod.filters.anySession')}</option>
            {(sessions.data?.negotiationSessions.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.round" />
          </span>
          <select
            id="filter-round"
            className="field__input"
            value={filters.round ?? ''}
            onChange={(e) => set({ round: e.target.value || undefined })}
          >
            <option value="">{text('mod.filters.anyRound')}</option>
            {(rounds.data?.consultationRounds.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {text('mod.filters.roundOption', {
                  region: text(`region.${node.region}` as MessageId),
                  title: node.title,
                })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.region" />
          </span>
          <select
            id="filter-region"
            className="field__input"
            value={filters.region ?? ''}
            onChange={(e) => set({ region: (e.target.value || undefined) as QueueFilters['region'] })}
          >
            <option value="">{text('mod.filters.anyRegion')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {text(`region.${r}` as MessageId)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.status" />
          </span>
          <select
            id="filter-status"
            className="field__input"
            value={filters.status ?? ''}
            onChange={(e) => set({ status: (e.target.value || undefined) as QueueFilters['status'] })}
          >
            <option value="">{text('mod.filters.waiting')}</option>
            <optgroup label={text('mod.filters.waitingGroup')}>
              {WAITING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {text(`mod.status.${s}` as MessageId)}
                </option>
              ))}
            </optgroup>
            <optgroup label={text('mod.filters.decidedGroup')}>
              {DECIDED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {text(`mod.status.${s}` as MessageId)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.language" />
          </span>
          <select
            id="filter-language"
            className="field__input"
            value={filters.language ?? ''}
            onChange={(e) => set({ language: e.target.value || undefined })}
          >
            <option value="">{text('mod.filters.anyLanguage')}</option>
            {UN_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageName(intl.locale, code)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.claim" />
          </span>
          <select
            id="filter-claim"
            className="field__input"
            value={filters.claim ?? ''}
            onChange={(e) => set({ claim: (e.target.value || undefined) as QueueFilters['claim'] })}
          >
            <option value="">{text('mod.filters.claimAny')}</option>
            <option value="unclaimed">{text('mod.filters.unclaimed')}</option>
            <option value="mine">{text('mod.filters.mine')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.filters.missing" />
          </span>
          <select
            id="filter-missing"
            className="field__input"
            value={filters.missing ?? ''}
            onChange={(e) => set({ missing: (e.target.value || undefined) as QueueFilters['missing'] })}
          >
            <option value="">{text('mod.filters.missingAny')}</option>
            {TAG_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {text(`mod.filters.missing.${c}` as MessageId)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="queue-filters__checks">
        <label className="check">
          <input
            type="checkbox"
            id="filter-review"
            checked={filters.needsTagReview}
            onChange={(e) => set({ needsTagReview: e.target.checked })}
          />
          <FormattedMessage id="mod.filters.needsTagReview" />
        </label>
        <label className="check">
          <input
            type="checkbox"
            id="filter-similar"
            checked={filters.hasSimilar}
            onChange={(e) => set({ hasSimilar: e.target.checked })}
          />
          <FormattedMessage id="mod.filters.hasSimilar" />
        </label>
      </div>
      <details className="queue-filters__tags" open={filters.tags.length > 0}>
        <summary>
          <FormattedMessage id="mod.filters.tags" values={{ count: filters.tags.length }} />
        </summary>
        {TAG_CATEGORIES.map((category) => (
          <fieldset key={category} className="tag-group">
            <legend>
              <FormattedMessage id={`mod.tags.group.${category}` as MessageId} />
            </legend>
            {tags
              .filter((t) => t.category === category)
              .map((t) => (
                <label key={t.id} className="check">
                  <input
                    type="checkbox"
                    checked={filters.tags.includes(t.id)}
                    onChange={(e) =>
                      set({
                        tags: e.target.checked ? [...filters.tags, t.id] : filters.tags.filter((id) => id !== t.id),
                      })
                    }
                  />
                  {t.label}
                </label>
              ))}
          </fieldset>
        ))}
      </details>
      {active > 0 && (
        <p>
          <Link to="/moderation">
            <FormattedMessage id="mod.filters.clear" values={{ count: active }} />
          </Link>
        </p>
      )}
    </form>
  );
}
