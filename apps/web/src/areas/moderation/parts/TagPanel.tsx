import { useState, type ReactNode, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAnnounce } from '../../../components/Announcer';
import type { MessageId } from '../../../i18n/messages';
import { TAG_CATEGORIES, type TagCategory } from '../logic/queue-filters';
import { Refusal } from './Refusal';

export interface TagOption {
  id: string;
  label: string;
  category: string;
  slug?: string;
  description?: string;
}

export interface TagState {
  selected: string[];
  noGender: boolean;
  noHumanRights: boolean;
}

/**
 * The tag review: tags grouped GENDER / HUMAN_RIGHTS / THEME, and for the first two the explicit
 * "no … considerations" that approval accepts instead of a tag. Find a tag (t) narrows the lists;
 * Enter there toggles the first match. The submitter's suggestions are marked. Saved with
 * setSubmissionTags (s), or with the decision: unsaved changes go with it.
 */
export function TagPanel({
  tags,
  suggested,
  state,
  dirty,
  reviewDone,
  holding,
  busy,
  error,
  searchRef,
  onChange,
  onSave,
}: {
  tags: TagOption[];
  suggested: string[];
  state: TagState;
  dirty: boolean;
  reviewDone: boolean;
  holding: boolean;
  busy: boolean;
  error: unknown;
  searchRef: RefObject<HTMLInputElement | null>;
  onChange: (next: TagState) => void;
  onSave: () => void;
}): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLocaleLowerCase(intl.locale);
  const matches = (t: TagOption) =>
    !needle ||
    t.label.toLocaleLowerCase(intl.locale).includes(needle) ||
    (t.slug ?? '').includes(needle) ||
    intl
      .formatMessage({ id: `mod.tags.group.${t.category}` as MessageId })
      .toLocaleLowerCase(intl.locale)
      .includes(needle);
  const visible = tags.filter(matches);
  const byCategory = (c: TagCategory) => tags.filter((t) => t.category === c);
  const hasCategory = (c: TagCategory, selected = state.selected) => byCategory(c).some((t) => selected.includes(t.id));

  const toggle = (tag: TagOption, on: boolean) => {
    const selected = on ? [...state.selected, tag.id] : state.selected.filter((id) => id !== tag.id);
    // A tag of a category replaces its "no … considerations" (the api refuses both at once).
    onChange({
      selected,
      noGender: tag.category === 'GENDER' && on ? false : state.noGender,
      noHumanRights: tag.category === 'HUMAN_RIGHTS' && on ? false : state.noHumanRights,
    });
    announce(intl.formatMessage({ id: on ? 'mod.tags.added' : 'mod.tags.removed' }, { label: tag.label }));
  };

  const checkbox = (t: TagOption) => (
    <label key={t.id} className="check" title={t.description || undefined}>
      <input
        type="checkbox"
        data-tag={t.slug}
        checked={state.selected.includes(t.id)}
        onChange={(e) => toggle(t, e.target.checked)}
      />
      <span>
        {t.label}
        {suggested.includes(t.id) && (
          <span className="badge badge--suggested">
            <FormattedMessage id="mod.tags.suggested" />
          </span>
        )}
      </span>
    </label>
  );

  const unsuggestedApplied = suggested.filter((id) => !state.selected.includes(id));
  return (
    <section className="panel tags" aria-labelledby="tags-title">
      <h2 id="tags-title" className="panel__title">
        <FormattedMessage id="mod.tags.title" />
      </h2>
      <p className="field__hint">
        <FormattedMessage id="mod.tags.intro" />
      </p>
      <label className="field">
        <span className="field__label">
          <FormattedMessage id="mod.tags.search" />
        </span>
        <span className="field__hint" id="tag-search-hint">
          <FormattedMessage id="mod.tags.searchHint" />
        </span>
        <input
          ref={searchRef}
          id="tag-search"
          type="search"
          className="field__input"
          value={query}
          aria-describedby="tag-search-hint"
          aria-keyshortcuts="t"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              const first = visible[0];
              if (first) toggle(first, !state.selected.includes(first.id));
              else announce(intl.formatMessage({ id: 'mod.tags.noMatch' }));
            }
          }}
        />
      </label>
      {needle && (
        <p className="field__hint" role="status">
          <FormattedMessage id="mod.tags.matches" values={{ count: visible.length }} />
        </p>
      )}
      {TAG_CATEGORIES.map((category) => {
        // The chosen and suggested tags (or what the search finds) in view; the rest one click away.
        const list = byCategory(category).filter(matches);
        const shown = needle ? list : list.filter((t) => state.selected.includes(t.id) || suggested.includes(t.id));
        const rest = needle ? [] : list.filter((t) => !shown.includes(t));
        const none =
          category === 'GENDER' ? 'noGender' : category === 'HUMAN_RIGHTS' ? ('noHumanRights' as const) : null;
        const has = hasCategory(category);
        return (
          <fieldset key={category} className="tag-group" data-category={category}>
            <legend>
              <FormattedMessage id={`mod.tags.group.${category}` as MessageId} />
            </legend>
            {shown.map(checkbox)}
            {rest.length > 0 && (
              <details className="tag-group__all">
                <summary>
                  <FormattedMessage
                    id="mod.tags.showAll"
                    values={{
                      count: rest.length,
                      group: intl.formatMessage({ id: `mod.tags.group.${category}` as MessageId }),
                    }}
                  />
                </summary>
                {rest.map(checkbox)}
              </details>
            )}
            {list.length === 0 && needle && (
              <p className="field__hint">
                <FormattedMessage id="mod.tags.noneHere" />
              </p>
            )}
            {none && (
              <label className="check check--none">
                <input
                  type="checkbox"
                  id={none === 'noGender' ? 'tags-no-gender' : 'tags-no-human-rights'}
                  checked={state[none]}
                  disabled={has}
                  aria-describedby={has ? `${none}-why` : undefined}
                  aria-keyshortcuts={none === 'noGender' ? 'g' : 'h'}
                  onChange={(e) => onChange({ ...state, [none]: e.target.checked })}
                />
                <span>
                  <FormattedMessage id={none === 'noGender' ? 'mod.tags.noGender' : 'mod.tags.noHumanRights'} />
                  {has && (
                    <span className="field__hint" id={`${none}-why`}>
                      <FormattedMessage id="mod.tags.noneDisabled" />
                    </span>
                  )}
                </span>
              </label>
            )}
            {none && (
              <p className="tag-group__state" data-done={has || state[none] ? 'true' : 'false'}>
                <FormattedMessage
                  id={has ? 'mod.tags.groupTagged' : state[none] ? 'mod.tags.groupNone' : 'mod.tags.groupOpen'}
                />
              </p>
            )}
          </fieldset>
        );
      })}
      {unsuggestedApplied.length > 0 && (
        <button
          type="button"
          className="button button--link"
          disabled={!holding}
          onClick={() => {
            const added = tags.filter((t) => unsuggestedApplied.includes(t.id));
            onChange({
              selected: [...state.selected, ...unsuggestedApplied],
              noGender: added.some((t) => t.category === 'GENDER') ? false : state.noGender,
              noHumanRights: added.some((t) => t.category === 'HUMAN_RIGHTS') ? false : state.noHumanRights,
            });
          }}
        >
          <FormattedMessage id="mod.tags.applySuggested" values={{ count: unsuggestedApplied.length }} />
        </button>
      )}
      <p className="tags__status" role="status" data-testid="review-status">
        <FormattedMessage
          id={dirty ? 'mod.tags.unsaved' : reviewDone ? 'mod.tags.reviewDone' : 'mod.tags.reviewMissing'}
        />
      </p>
      <button
        type="button"
        id="tags-save"
        className="button button--secondary"
        onClick={onSave}
        disabled={busy || !holding || !dirty}
        aria-describedby={!holding ? 'tags-save-why' : undefined}
        aria-keyshortcuts="s"
      >
        <FormattedMessage id="mod.tags.save" />
      </button>
      {!holding && (
        <p className="field__hint" id="tags-save-why">
          <FormattedMessage id="mod.block.notHolding" />
        </p>
      )}
      {error ? <Refusal error={error} /> : null}
    </section>
  );
}
