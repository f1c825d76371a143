import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { describeError } from '../../api/errors';
import { hasRole, useSession } from '../../app/useSession';
import { usePageTitle } from '../../app/usePageTitle';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import type { ModerationItemQuery } from '../../gql/graphql';
import { isLanguage } from '../../i18n/languages';
import type { MessageId } from '../../i18n/messages';
import { useLanguage } from '../../i18n/LanguageProvider';
import { loadModerationMessages } from './catalogues';
import {
  AddNoteMutation,
  ClaimMutation,
  DecideMutation,
  ItemQuery,
  ReleaseMutation,
  SetTagsMutation,
  VocabularyQuery,
} from './documents';
import { itemChanges, type ItemChange, type ItemSnapshot } from './logic/changes';
import {
  decisionBlock,
  defaultReason,
  DECISIONS,
  reviewDoneInForm,
  type Decision,
  type DecisionBlock,
} from './logic/decision';
import { leaseView, shouldRenew } from './logic/lease';
import { parseFilters, searchString } from './logic/queue-filters';
import { ClaimPanel } from './parts/ClaimPanel';
import { DecisionPanel, type DecisionState } from './parts/DecisionPanel';
import { DeskNav, useDeskShortcuts } from './parts/desk';
import { dateTime, languageName, plainMessage, textDirection, useNow } from './parts/format';
import { HistoryPanel } from './parts/HistoryPanel';
import { NotesPanel } from './parts/NotesPanel';
import { QueueList } from './parts/QueueList';
import { useModerateNext, useQueue } from './parts/queue';
import { SimilarPanel } from './parts/SimilarPanel';
import { StatusCounts } from './parts/StatusCounts';
import { TagPanel, type TagState } from './parts/TagPanel';

type Item = ModerationItemQuery['submission'];

/** How often an open item is re-read (who holds it, whether the lease still lives). */
const POLL_MS = 30_000;

/**
 * /moderation/items/:submissionId — the item view: the queue beside it (j / k walk it), the text in
 * its own language and direction, and the work: claim, tag review, decision, notes, similar
 * submissions. An item of the moderator's own organisation says only that they cannot take it.
 */
export function ItemPage(): ReactNode {
  const { submissionId = '' } = useParams();
  const [params] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const { data, error } = useQuery(ItemQuery, {
    variables: { id: submissionId },
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const item = data?.submission;
  usePageTitle('mod.item.pageTitle', { title: item && item.moderatable !== false ? item.title : '…' });
  if (!item) {
    return (
      <div className="desk-page">
        <DeskNav scope="item" />
        {error ? (
          <>
            <h1>
              <FormattedMessage id="mod.item.unavailable" />
            </h1>
            <ErrorMessage error={error} />
          </>
        ) : (
          <p>
            <FormattedMessage id="common.loading" />
          </p>
        )}
      </div>
    );
  }
  if (item.moderatable === false) return <CannotTake search={searchString(filters)} />;
  return <ItemDesk key={item.id} item={item} filters={filters} />;
}

/** Own-organisation items: the moderator learns only that someone else will take it. */
export function CannotTake({ search }: { search: string }): ReactNode {
  return (
    <div className="desk-page">
      <DeskNav scope="desk" />
      <h1>
        <FormattedMessage id="mod.cannotTake.title" />
      </h1>
      <p>
        <FormattedMessage id="mod.cannotTake.body" />
      </p>
      <p>
        <Link to={`/moderation${search}`}>
          <FormattedMessage id="mod.item.backToQueue" />
        </Link>
      </p>
    </div>
  );
}

const snapshot = (s: Item): ItemSnapshot => ({
  status: s.status,
  version: s.version,
  currentVersion: s.currentVersion,
  title: s.title,
  tags: s.tags,
  tagReview: s.tagReview ?? null,
  claim: s.claim ?? null,
  decisions: s.decisions ?? null,
});

const tagStateOf = (s: Item): TagState => ({
  selected: s.tags.map((t) => t.id),
  noGender: s.tagReview?.noGenderConsiderations ?? false,
  noHumanRights: s.tagReview?.noHumanRightsConsiderations ?? false,
});

const sameTags = (a: TagState, b: TagState): boolean =>
  a.noGender === b.noGender &&
  a.noHumanRights === b.noHumanRights &&
  a.selected.length === b.selected.length &&
  a.selected.every((id) => b.selected.includes(id));

/** The standard wording of `reasonCode`, in the submission's language when it is a UN language. */
function useStandardWording(language: string, reasonCode: string | null): { text: string; language: string } | null {
  const intl = useIntl();
  const { language: interfaceLanguage } = useLanguage();
  const target = isLanguage(language) ? language : interfaceLanguage;
  const [catalogue, setCatalogue] = useState<{ language: string; messages: Record<string, unknown> } | null>(null);
  useEffect(() => {
    let current = true;
    void loadModerationMessages(target).then((m) => {
      if (current) setCatalogue({ language: target, messages: m.default });
    });
    return () => {
      current = false;
    };
  }, [target]);
  if (!reasonCode) return null;
  const key = `mod.wording.${reasonCode}`;
  const text = catalogue?.language === target ? plainMessage(catalogue.messages[key]) : null;
  if (text) return { text, language: target };
  return { text: intl.formatMessage({ id: key as MessageId }), language: interfaceLanguage };
}

function ItemDesk({ item: s, filters }: { item: Item; filters: ReturnType<typeof parseFilters> }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const session = useSession();
  const myId = session.status === 'authenticated' ? session.user.id : '';
  const staff = hasRole(session, 'STAFF');
  const search = searchString(filters);
  const queue = useQueue(filters);
  const next = useModerateNext(filters);
  const vocabulary = useQuery(VocabularyQuery);
  const [claimMutation] = useMutation(ClaimMutation);
  const [releaseMutation] = useMutation(ReleaseMutation);
  const [setTagsMutation] = useMutation(SetTagsMutation);
  const [decideMutation] = useMutation(DecideMutation);
  const [addNoteMutation] = useMutation(AddNoteMutation);
  const client = useApolloClient();
  /** A fresh read of the item from the api (written to the cache, so the page shows it). */
  const refetch = useCallback(
    () => client.query({ query: ItemQuery, variables: { id: s.id }, fetchPolicy: 'network-only' }),
    [client, s.id],
  );

  const article = useRef<HTMLElement>(null);
  const tagSearch = useRef<HTMLInputElement>(null);
  const noteText = useRef<HTMLTextAreaElement>(null);
  const decisionHeading = useRef<HTMLHeadingElement>(null);
  const queueColumn = useRef<HTMLElement>(null);

  // --- the lease -------------------------------------------------------------------------------
  const now = useNow(15_000);
  const [heldUntil, setHeldUntil] = useState<number | null>(null);
  const [claimBusy, setClaimBusy] = useState(false);
  const [claimError, setClaimError] = useState<unknown>(null);
  // Each lease the server shows as the caller's is remembered, so its end is known once it is gone.
  const claimExpiresAt = s.claim?.mine ? s.claim.expiresAt : null;
  const [seenExpiry, setSeenExpiry] = useState<string | null>(null);
  if (claimExpiresAt && claimExpiresAt !== seenExpiry) {
    setSeenExpiry(claimExpiresAt);
    setHeldUntil(new Date(claimExpiresAt).getTime());
  }
  const lease = leaseView(s.claim ?? null, now, heldUntil);
  const holding = lease.kind === 'mine';
  const lastActivity = useRef(0);
  useEffect(() => {
    lastActivity.current = Date.now();
    const mark = () => {
      lastActivity.current = Date.now();
    };
    const events = ['keydown', 'pointerdown', 'input'] as const;
    events.forEach((e) => document.addEventListener(e, mark, true));
    return () => events.forEach((e) => document.removeEventListener(e, mark, true));
  }, []);

  const claim = useCallback(
    async (quiet = false) => {
      setClaimBusy(true);
      setClaimError(null);
      try {
        const res = await claimMutation({ variables: { id: s.id } });
        const until = res.data?.claimSubmission.claim?.expiresAt;
        if (until) setHeldUntil(new Date(until).getTime());
        announce(intl.formatMessage({ id: quiet ? 'mod.claim.renewed' : 'mod.claim.claimed' }));
      } catch (failure) {
        setClaimError(failure);
        // Show who holds it now (name and lease end) from a fresh read.
        await refetch().catch(() => undefined);
      } finally {
        setClaimBusy(false);
      }
    },
    [claimMutation, s.id, announce, intl, refetch],
  );
  const renewing = useRef(false);
  useEffect(() => {
    if (renewing.current || !shouldRenew(lease, now, lastActivity.current)) return;
    renewing.current = true;
    void claim(true).finally(() => {
      renewing.current = false;
    });
  }, [lease, now, claim]);

  const release = async () => {
    setClaimBusy(true);
    setClaimError(null);
    try {
      await releaseMutation({ variables: { id: s.id } });
      setHeldUntil(null);
      announce(intl.formatMessage({ id: 'mod.claim.released' }));
    } catch (failure) {
      setClaimError(failure);
      await refetch().catch(() => undefined);
    } finally {
      setClaimBusy(false);
    }
  };

  // --- tags ------------------------------------------------------------------------------------
  const saved = tagStateOf(s);
  const [tagState, setTagState] = useState<TagState>(saved);
  const [tagsBusy, setTagsBusy] = useState(false);
  const [tagsError, setTagsError] = useState<unknown>(null);
  const tagsDirty = !sameTags(tagState, saved);
  const savedKey = `${s.version}`;
  const editedTags = useRef(false);
  useEffect(() => {
    // A fresh read (another moderator's change, a renewal) replaces the form only while untouched.
    if (!editedTags.current) setTagState(tagStateOf(s));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the item's version
  }, [savedKey]);
  const changeTags = (next: TagState) => {
    editedTags.current = true;
    setTagState(next);
  };

  // --- stale writes: what changed ----------------------------------------------------------------
  const [changes, setChanges] = useState<ItemChange[] | null>(null);
  const showWhatChanged = async (before: ItemSnapshot) => {
    const fresh = await refetch();
    if (fresh.data) setChanges(itemChanges(before, snapshot(fresh.data.submission)));
  };

  const saveTags = async () => {
    setTagsBusy(true);
    setTagsError(null);
    const before = snapshot(s);
    try {
      await setTagsMutation({
        variables: {
          input: {
            submissionId: s.id,
            expectedVersion: s.version,
            tagIds: tagState.selected,
            noGenderConsiderations: tagState.noGender,
            noHumanRightsConsiderations: tagState.noHumanRights,
          },
        },
      });
      editedTags.current = false;
      setChanges(null);
      announce(intl.formatMessage({ id: 'mod.tags.saved' }));
    } catch (failure) {
      setTagsError(failure);
      if (isStale(failure)) await showWhatChanged(before);
      else if (describeError(failure).kind === 'CONFLICT') await refetch().catch(() => undefined);
    } finally {
      setTagsBusy(false);
    }
  };

  // The vocabulary, with any tag of the item it no longer lists (inactive since).
  const allTags = useMemo(() => {
    const list = [...(vocabulary.data?.tags ?? [])];
    for (const t of s.tags) if (!list.some((v) => v.id === t.id)) list.push({ ...t, slug: '', description: '' });
    return list;
  }, [vocabulary.data, s.tags]);
  const tagCategory = (id: string) => allTags.find((t) => t.id === id)?.category;

  // --- the decision ------------------------------------------------------------------------------
  const rules = vocabulary.data?.moderationReasons ?? [];
  const [decision, setDecision] = useState<DecisionState>({ decision: null, reasonCode: null, message: '' });
  const [decideBusy, setDecideBusy] = useState(false);
  const [decideError, setDecideError] = useState<unknown>(null);
  const wording = useStandardWording(s.language, decision.reasonCode);
  // Unsaved changes to the tag review go with the decision (recorded first, in the same request).
  const facts = {
    status: s.status,
    holding,
    reviewDone: tagsDirty ? reviewDoneInForm(tagState, tagCategory) : (s.tagReview?.done ?? false),
  };
  const blocks = Object.fromEntries(DECISIONS.map((d) => [d, decisionBlock(d, facts)])) as Record<
    Decision,
    DecisionBlock | null
  >;
  const changeDecision = (next: DecisionState) => {
    const codes = rules.find((r) => r.decision === next.decision)?.reasonCodes ?? [];
    setDecision({ ...next, reasonCode: next.decision ? defaultReason(codes, next.reasonCode) : null });
  };
  /** Moves focus once the change just made is on screen. */
  const setFocusTarget = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);
  const choose = (d: Decision) => {
    const why = blocks[d];
    if (why) {
      decisionHeading.current?.focus();
      announce(
        `${intl.formatMessage({ id: `mod.decision.${d}` as MessageId })}: ${intl.formatMessage({ id: `mod.block.${why}` as MessageId })}`,
      );
      return;
    }
    changeDecision({ ...decision, decision: d });
    const codes = rules.find((r) => r.decision === d)?.reasonCodes ?? [];
    setFocusTarget(codes.length === 1 && d === 'APPROVE' ? 'decision-submit' : 'decision-reasonCode');
  };

  const decide = async () => {
    if (!decision.decision || !decision.reasonCode) {
      setDecideError(null);
      setFocusTarget(
        decision.decision ? 'decision-reasonCode' : `decision-${DECISIONS.find((d) => !blocks[d]) ?? 'REJECT'}`,
      );
      announce(intl.formatMessage({ id: 'mod.decision.chooseReason' }));
      return;
    }
    setDecideBusy(true);
    setDecideError(null);
    const before = snapshot(s);
    try {
      await decideMutation({
        variables: {
          input: {
            submissionId: s.id,
            expectedVersion: s.version,
            decision: decision.decision,
            reasonCode: decision.reasonCode as never,
            message: decision.message.trim() || null,
            tags: tagsDirty
              ? {
                  tagIds: tagState.selected,
                  noGenderConsiderations: tagState.noGender,
                  noHumanRightsConsiderations: tagState.noHumanRights,
                }
              : null,
          },
        },
      });
      editedTags.current = false;
      setHeldUntil(null);
      announce(
        intl.formatMessage(
          { id: 'mod.decision.recorded' },
          { decision: intl.formatMessage({ id: `mod.decided.${decision.decision}` as MessageId }) },
        ),
      );
      void queue.refresh().catch(() => undefined);
      const outcome = await next.run(s.id);
      if (outcome === 'none') await navigate(`/moderation${search}`, { state: { cleared: true } });
    } catch (failure) {
      setDecideError(failure);
      const described = describeError(failure);
      if (isStale(failure)) await showWhatChanged(before);
      else if (described.kind === 'CONFLICT' || described.kind === 'FORBIDDEN') await refetch().catch(() => undefined);
    } finally {
      setDecideBusy(false);
    }
  };

  // --- notes -----------------------------------------------------------------------------------
  const [noteBusy, setNoteBusy] = useState(false);
  const [noteError, setNoteError] = useState<unknown>(null);
  const addNote = async (body: string): Promise<boolean> => {
    setNoteBusy(true);
    setNoteError(null);
    try {
      await addNoteMutation({ variables: { input: { submissionId: s.id, body } } });
      await refetch();
      announce(intl.formatMessage({ id: 'mod.notes.saved' }));
      return true;
    } catch (failure) {
      setNoteError(failure);
      return false;
    } finally {
      setNoteBusy(false);
    }
  };

  // --- moving through the queue ------------------------------------------------------------------
  const index = queue.items.findIndex((i) => i.id === s.id);
  const go = async (step: 1 | -1) => {
    const target = index < 0 ? (step === 1 ? 0 : -1) : index + step;
    let id = target >= 0 ? queue.items[target]?.id : undefined;
    if (!id && step === 1 && queue.hasMore) id = (await queue.more())[0]?.id;
    if (!id) {
      announce(intl.formatMessage({ id: step === 1 ? 'mod.queue.atEnd' : 'mod.queue.atStart' }));
      return;
    }
    await navigate(`/moderation/items/${id}${search}`);
  };
  useDeskShortcuts(
    'item',
    {
      next: () => void go(1),
      previous: () => void go(-1),
      moderateNext: () => void next.run(s.id),
      claim: () => {
        if (lease.kind !== 'theirs' || staff) void claim(lease.kind === 'mine');
        else announce(intl.formatMessage({ id: 'mod.claim.heldBy' }, { name: lease.holder }));
      },
      release: () => {
        if (holding) void release();
      },
      tagSearch: () => tagSearch.current?.focus(),
      noGender: () => {
        if (!tagState.selected.some((id) => tagCategory(id) === 'GENDER')) {
          changeTags({ ...tagState, noGender: !tagState.noGender });
          document.getElementById('tags-no-gender')?.focus();
        }
      },
      noHumanRights: () => {
        if (!tagState.selected.some((id) => tagCategory(id) === 'HUMAN_RIGHTS')) {
          changeTags({ ...tagState, noHumanRights: !tagState.noHumanRights });
          document.getElementById('tags-no-human-rights')?.focus();
        }
      },
      saveReview: () => {
        if (holding && tagsDirty) void saveTags();
        else document.getElementById('tags-save')?.focus();
      },
      approve: () => choose('APPROVE'),
      requestChanges: () => choose('REQUEST_CHANGES'),
      reject: () => choose('REJECT'),
      note: () => noteText.current?.focus(),
      queue: () => void navigate(`/moderation${search}`),
    },
    () => article.current,
  );

  // The queue column shows the open item (where it scrolls on its own, on wide screens).
  const currentInQueue = index >= 0;
  useEffect(() => {
    const column = queueColumn.current;
    const current = column?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!column || !current || column.scrollHeight <= column.clientHeight) return;
    column.scrollTop +=
      current.getBoundingClientRect().top - column.getBoundingClientRect().top - column.clientHeight / 3;
  }, [currentInQueue]);

  const suggestedLabels = (s.suggestedTagIds ?? []).map((id) => allTags.find((t) => t.id === id)?.label ?? id);
  const dir = textDirection(s.language);

  return (
    <div className="desk-page">
      <DeskNav scope="item" />
      <StatusCounts filters={filters} />
      <div className="desk">
        <nav className="desk__queue" aria-label={intl.formatMessage({ id: 'mod.item.queueNav' })} ref={queueColumn}>
          <p className="desk__position">
            {!queue.loaded ? (
              <FormattedMessage id="common.loading" />
            ) : index >= 0 ? (
              <FormattedMessage
                id="mod.item.position"
                values={{ position: index + 1, count: queue.items.length, more: queue.hasMore ? 'yes' : 'no' }}
              />
            ) : (
              <FormattedMessage id="mod.item.notInView" />
            )}
          </p>
          <p className="desk__moves">
            <Link to={`/moderation${search}`}>
              <FormattedMessage id="mod.item.backToQueue" />
            </Link>
          </p>
          <QueueList items={queue.items} search={search} currentId={s.id} compact />
          {queue.hasMore && (
            <button type="button" className="button button--link" onClick={() => void queue.more()}>
              <FormattedMessage id="mod.queue.more" />
            </button>
          )}
        </nav>
        <article className="item" aria-labelledby="item-title" ref={article} tabIndex={-1}>
          <h1 id="item-title" lang={s.language} dir="auto">
            {s.title}
          </h1>
          <dl className="facts facts--item">
            <dt>
              <FormattedMessage id="mod.item.status" />
            </dt>
            <dd>
              <span className="badge" data-status={s.status} data-testid="item-status">
                <FormattedMessage id={`mod.status.${s.status}` as MessageId} />
              </span>
            </dd>
            <dt>
              <FormattedMessage id="mod.item.from" />
            </dt>
            <dd data-testid="item-attribution">
              <bdi>{s.attribution.text}</bdi>
            </dd>
            <dt>
              <FormattedMessage id="mod.item.disclosure" />
            </dt>
            <dd>{s.disclosure && <FormattedMessage id={`mod.disclosure.${s.disclosure}` as MessageId} />}</dd>
            <dt>
              <FormattedMessage id="mod.item.round" />
            </dt>
            <dd>
              <bdi>{s.round.title}</bdi> · <FormattedMessage id={`region.${s.region}` as MessageId} />
            </dd>
            <dt>
              <FormattedMessage id="mod.item.language" />
            </dt>
            <dd>{languageName(intl.locale, s.language)}</dd>
            <dt>
              <FormattedMessage id="mod.item.submitted" />
            </dt>
            <dd>
              {s.submittedAt ? dateTime(intl, s.submittedAt) : '—'} ·{' '}
              <FormattedMessage id="mod.item.versionWords" values={{ version: s.currentVersion, words: s.wordCount }} />
            </dd>
          </dl>
          <div className="item__columns">
            <div className="item__text">
              <h2>
                <FormattedMessage id="mod.item.summary" />
              </h2>
              <p lang={s.language} dir={dir} className="item__summary">
                {s.summary}
              </p>
              <h2>
                <FormattedMessage id="mod.item.body" />
              </h2>
              <SanitisedHtml html={s.bodyHtml} className="item__body" lang={s.language} dir={dir} />
              <h2>
                <FormattedMessage id="mod.item.provisions" />
              </h2>
              {s.provisions.length === 0 ? (
                <p>
                  <FormattedMessage id="mod.item.noProvisions" />
                </p>
              ) : (
                <ul className="plain-list">
                  {s.provisions.map((p) => (
                    <li key={p.id}>
                      <FormattedMessage
                        id={p.kind === 'ARTICLE' ? 'provision.article' : 'provision.chapter'}
                        values={{
                          number: p.kind === 'ARTICLE' ? (p.articleNumber ?? '') : p.chapterNumber,
                          title: p.title,
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
              <h2>
                <FormattedMessage id="mod.item.suggested" />
              </h2>
              {suggestedLabels.length === 0 ? (
                <p>
                  <FormattedMessage id="mod.item.noSuggested" />
                </p>
              ) : (
                <ul className="tag-list">
                  {suggestedLabels.map((label) => (
                    <li key={label} className="badge badge--suggested">
                      {label}
                    </li>
                  ))}
                </ul>
              )}
              {s.cosigners.length > 0 && (
                <>
                  <h2>
                    <FormattedMessage id="mod.item.cosigners" />
                  </h2>
                  <ul className="plain-list">
                    {s.cosigners.map((c) => (
                      <li key={c.id}>
                        <bdi>{c.attribution.text}</bdi> (<FormattedMessage id={`mod.cosign.${c.status}` as MessageId} />
                        )
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <HistoryPanel
                versions={s.versions ?? []}
                decisions={s.decisions ?? []}
                appeal={s.appeal ?? null}
                currentVersion={s.currentVersion}
              />
            </div>
            <div className="item__work">
              <ClaimPanel
                view={lease}
                status={s.status}
                staff={staff}
                submissionId={s.id}
                busy={claimBusy}
                error={claimError}
                onClaim={() => void claim(lease.kind === 'mine')}
                onRelease={() => void release()}
              />
              <TagPanel
                tags={allTags}
                suggested={s.suggestedTagIds ?? []}
                state={tagState}
                dirty={tagsDirty}
                reviewDone={s.tagReview?.done ?? false}
                holding={holding}
                busy={tagsBusy}
                error={tagsError}
                searchRef={tagSearch}
                onChange={changeTags}
                onSave={() => void saveTags()}
              />
              <DecisionPanel
                state={decision}
                rules={rules}
                blocks={blocks}
                wording={wording}
                busy={decideBusy}
                error={decideError}
                headingRef={decisionHeading}
                stale={changes ? <WhatChanged changes={changes} onDismiss={() => setChanges(null)} /> : null}
                onChange={changeDecision}
                onSubmit={() => void decide()}
              />
              <NotesPanel
                notes={s.moderationNotes ?? []}
                myId={myId}
                busy={noteBusy}
                error={noteError}
                textRef={noteText}
                onAdd={addNote}
              />
              <SimilarPanel id={s.id} hasSimilar={s.hasSimilar ?? false} search={search} />
              {next.error ? <ErrorMessage error={next.error} /> : null}
            </div>
          </div>
        </article>
      </div>
    </div>
  );
}

/** A CONFLICT for a stale expectedVersion (the api names the field). */
function isStale(error: unknown): boolean {
  const d = describeError(error);
  return d.kind === 'CONFLICT' && d.fields.some((f) => f.field === 'expectedVersion');
}

/** The list of what changed while the moderator worked; their message stays in the form below. */
function WhatChanged({ changes, onDismiss }: { changes: ItemChange[]; onDismiss: () => void }): ReactNode {
  const intl = useIntl();
  const holder = (h: Extract<ItemChange, { kind: 'holder' }>['from']) =>
    h.who === 'nobody'
      ? intl.formatMessage({ id: 'mod.changes.nobody' })
      : h.who === 'you'
        ? intl.formatMessage({ id: 'mod.changes.you' })
        : h.name;
  const status = (value: string) => intl.formatMessage({ id: `mod.status.${value}` as MessageId });
  return (
    <div className="notice notice--warning what-changed" data-testid="what-changed">
      <h3>
        <FormattedMessage id="mod.changes.title" />
      </h3>
      <ul>
        {changes.map((c, i) => (
          <li key={i}>
            {c.kind === 'status' && (
              <FormattedMessage id="mod.changes.status" values={{ from: status(c.from), to: status(c.to) }} />
            )}
            {c.kind === 'revised' && <FormattedMessage id="mod.changes.revised" values={{ from: c.from, to: c.to }} />}
            {c.kind === 'title' && <FormattedMessage id="mod.changes.title.changed" values={{ to: c.to }} />}
            {c.kind === 'tagsAdded' && (
              <FormattedMessage id="mod.changes.tagsAdded" values={{ labels: c.labels.join(', ') }} />
            )}
            {c.kind === 'tagsRemoved' && (
              <FormattedMessage id="mod.changes.tagsRemoved" values={{ labels: c.labels.join(', ') }} />
            )}
            {c.kind === 'review' && (
              <FormattedMessage id={`mod.changes.review.${c.field}.${c.to ? 'on' : 'off'}` as MessageId} />
            )}
            {c.kind === 'holder' && (
              <FormattedMessage id="mod.changes.holder" values={{ from: holder(c.from), to: holder(c.to) }} />
            )}
            {c.kind === 'decided' && (
              <FormattedMessage
                id="mod.changes.decided"
                values={{
                  decision: intl.formatMessage({ id: `mod.decided.${c.decision}` as MessageId }),
                  reason: intl.formatMessage({ id: `mod.reason.${c.reasonCode}` as MessageId }),
                }}
              />
            )}
            {c.kind === 'other' && <FormattedMessage id="mod.changes.other" />}
          </li>
        ))}
      </ul>
      <p>
        <FormattedMessage id="mod.changes.kept" />
      </p>
      <button type="button" className="button button--link" onClick={onDismiss}>
        <FormattedMessage id="mod.changes.dismiss" />
      </button>
    </div>
  );
}
