import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';
import type { StaffTagsQuery, TagCategory } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { CreateTagMutation, StaffTagsQuery as TagsQuery, UpdateTagMutation } from './documents';
import { isStaleVersion } from './logic/stale';
import { Refusal } from './parts/Refusal';

type Tag = StaffTagsQuery['tags'][number];
const CATEGORIES: TagCategory[] = ['GENDER', 'HUMAN_RIGHTS', 'THEME'];

/**
 * /staff/tags — the tag vocabulary by category: how many submissions each term describes, relabel
 * it, deactivate it (tags in use are never deleted: they keep describing what they tagged) or
 * bring it back, and add new terms.
 */
export function TagsPage(): ReactNode {
  usePageTitle('staff.tags.title');
  const { data, error, refetch } = useQuery(TagsQuery, { fetchPolicy: 'cache-and-network' });
  const tags = data?.tags ?? [];
  return (
    <div>
      <h1>
        <FormattedMessage id="staff.tags.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="staff.tags.intro" />
      </p>
      {error && <ErrorMessage error={error} />}
      {CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={`h-tags-${category}`}>
          <h2 id={`h-tags-${category}`}>
            <FormattedMessage id={`staff.tagCategory.${category}` as MessageId} />
          </h2>
          <table className="data-table tags-table">
            <caption className="visually-hidden">
              <FormattedMessage id={`staff.tagCategory.${category}` as MessageId} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="staff.tags.label" />
                </th>
                <th scope="col">
                  <FormattedMessage id="staff.tags.slug" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="staff.tags.usage" />
                </th>
                <th scope="col">
                  <FormattedMessage id="staff.tags.state" />
                </th>
                <th scope="col">
                  <FormattedMessage id="staff.round.actions" />
                </th>
              </tr>
            </thead>
            <tbody>
              {tags
                .filter((t) => t.category === category)
                .map((t) => (
                  <TagRow key={t.id} tag={t} onStale={() => void refetch()} />
                ))}
            </tbody>
          </table>
        </section>
      ))}
      <NewTag onCreated={() => void refetch()} />
    </div>
  );
}

function TagRow({ tag, onStale }: { tag: Tag; onStale: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(tag.label);
  const [description, setDescription] = useState(tag.description);
  const [update, state] = useMutation(UpdateTagMutation);
  const errors = useFieldErrors(state.error, ['label', 'description'], `tag-${tag.id}-`);
  const stale = isStaleVersion(state.error);

  const save = (input: { label?: string; description?: string; active?: boolean }, said: string) =>
    void update({ variables: { input: { id: tag.id, expectedVersion: tag.version, ...input } } })
      .then(() => {
        setEditing(false);
        announce(said);
      })
      .catch(() => null);

  return (
    <tr data-tag={tag.slug} className={tag.active ? undefined : 'inactive'}>
      <td>
        {editing ? (
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              save({ label, description }, intl.formatMessage({ id: 'staff.tags.relabelled' }, { label }));
            }}
            noValidate
          >
            <TextField
              id={`tag-${tag.id}-label`}
              label={<FormattedMessage id="staff.tags.newLabel" values={{ label: tag.label }} />}
              value={label}
              onChange={setLabel}
              error={errors.field('label')}
            />
            <TextField
              id={`tag-${tag.id}-description`}
              label={<FormattedMessage id="staff.tags.description" />}
              value={description}
              onChange={setDescription}
              error={errors.field('description')}
            />
            <div className="actions">
              <Button type="submit" isDisabled={state.loading}>
                <FormattedMessage id="staff.save" />
              </Button>
              <Button variant="secondary" onPress={() => setEditing(false)}>
                <FormattedMessage id="staff.confirm.cancel" />
              </Button>
            </div>
          </form>
        ) : (
          <>
            <strong>{tag.label}</strong>
            {tag.description && <span className="meta">{tag.description}</span>}
          </>
        )}
        {stale ? (
          <div className="notice notice--error" role="alert">
            <p>
              <FormattedMessage id="staff.tags.stale" />
            </p>
            <Button variant="secondary" onPress={onStale}>
              <FormattedMessage id="staff.reload" />
            </Button>
          </div>
        ) : (
          state.error && errors.summary.length === 0 && <Refusal error={state.error} />
        )}
      </td>
      <td>
        <code dir="ltr">{tag.slug}</code>
      </td>
      <td className="numeric">{tag.usageCount ?? '—'}</td>
      <td>
        <span className={`status ${tag.active ? 'status--yes' : 'status--no'}`}>
          <FormattedMessage id={tag.active ? 'staff.tags.active' : 'staff.tags.inactive'} />
        </span>
      </td>
      <td className="actions-cell">
        {!editing && (
          <Button
            variant="secondary"
            aria-label={intl.formatMessage({ id: 'staff.tags.relabelNamed' }, { label: tag.label })}
            onPress={() => {
              setLabel(tag.label);
              setDescription(tag.description);
              setEditing(true);
            }}
          >
            <FormattedMessage id="staff.tags.relabel" />
          </Button>
        )}{' '}
        <Button
          variant="secondary"
          isDisabled={state.loading}
          aria-label={intl.formatMessage(
            { id: tag.active ? 'staff.tags.deactivateNamed' : 'staff.tags.reactivateNamed' },
            { label: tag.label },
          )}
          onPress={() =>
            save(
              { active: !tag.active },
              intl.formatMessage(
                { id: tag.active ? 'staff.tags.deactivated' : 'staff.tags.reactivated' },
                { label: tag.label },
              ),
            )
          }
        >
          <FormattedMessage id={tag.active ? 'staff.tags.deactivate' : 'staff.tags.reactivate'} />
        </Button>
      </td>
    </tr>
  );
}

function NewTag({ onCreated }: { onCreated: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const [category, setCategory] = useState<TagCategory>('THEME');
  const [slug, setSlug] = useState('');
  const [label, setLabel] = useState('');
  const [description, setDescription] = useState('');
  const [create, state] = useMutation(CreateTagMutation);
  const errors = useFieldErrors(state.error, ['category', 'slug', 'label', 'description'], 'new-tag-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const res = await create({
      variables: { input: { category, slug, label, ...(description ? { description } : {}) } },
    }).catch(() => null);
    if (res?.data) {
      announce(intl.formatMessage({ id: 'staff.tags.created' }, { label }));
      setSlug('');
      setLabel('');
      setDescription('');
      onCreated();
    }
  }
  return (
    <section aria-labelledby="h-new-tag" className="panel">
      <h2 id="h-new-tag">
        <FormattedMessage id="staff.tags.new" />
      </h2>
      <ErrorSummary items={errors.summary} />
      <form onSubmit={(e) => void submit(e)} noValidate className="narrow">
        <div className="field">
          <label className="field__label" htmlFor="new-tag-category">
            <FormattedMessage id="staff.tags.category" />
          </label>
          <select
            id="new-tag-category"
            className="field__input"
            value={category}
            onChange={(e) => setCategory(e.target.value as TagCategory)}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {intl.formatMessage({ id: `staff.tagCategory.${c}` as MessageId })}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="new-tag-label"
          label={<FormattedMessage id="staff.tags.label" />}
          value={label}
          onChange={setLabel}
          error={errors.field('label')}
        />
        <TextField
          id="new-tag-slug"
          label={<FormattedMessage id="staff.tags.slug" />}
          hint={<FormattedMessage id="staff.tags.slugHint" />}
          value={slug}
          onChange={setSlug}
          error={errors.field('slug')}
          dir="ltr"
        />
        <TextField
          id="new-tag-description"
          label={<FormattedMessage id="staff.tags.description" />}
          value={description}
          onChange={setDescription}
          error={errors.field('description')}
        />
        <Button type="submit" isDisabled={state.loading}>
          <FormattedMessage id="staff.tags.create" />
        </Button>
      </form>
    </section>
  );
}
