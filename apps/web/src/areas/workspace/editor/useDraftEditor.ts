import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { connectivity } from '../../../api/connectivity';
import { describeError, type DescribedError } from '../../../api/errors';
import { autosaveReducer, hasUnsavedChanges, initialAutosave, shouldSave, type AutosaveState } from '../logic/autosave';
import { DraftQueue, IndexedDbDraftStorage } from '../logic/draft-queue';
import type { DraftFields } from '../logic/tasks';

/** One queue for the whole tab (one IndexedDB connection). */
const queue = new DraftQueue<DraftFields>(new IndexedDbDraftStorage());

const DEBOUNCE_MS = 1200;

export interface ServerCopy {
  fields: DraftFields;
  version: number;
}

export interface DraftEditorOptions {
  /** Where the unsent text is kept in this browser (the person's id and the submission's). */
  storageKey: string;
  /** The server's copy when the editor opens (null: a new submission not on the server yet). */
  server: ServerCopy | null;
  /** A new submission's first save. */
  create: (fields: DraftFields) => Promise<{ id: string; version: number }>;
  /** Whether the server would take these fields as a new draft (else they wait in the browser). */
  creatable: (fields: DraftFields) => boolean;
  update: (fields: DraftFields, expectedVersion: number) => Promise<{ version: number }>;
  /** The server's latest copy, to show beside mine on a CONFLICT. */
  fetchServer: () => Promise<ServerCopy>;
  onCreated?: (id: string) => void;
}

export interface DraftEditor {
  state: AutosaveState<DraftFields>;
  edit: (change: Partial<DraftFields>) => void;
  /** The last refusal (field messages for the form), cleared by a successful save. */
  problem: DescribedError | null;
  resolve: (keep: 'mine' | 'theirs') => void;
  /** Saves now (before "check your answers"); resolves true when the server has everything. */
  flush: () => Promise<boolean>;
  restored: boolean;
}

function same(a: DraftFields, b: DraftFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The editor's drafts: every change goes to IndexedDB first, then (debounced) to the api with
 * expectedVersion. Offline or the api down: kept and resent when back (the window's `online`
 * event, or the connectivity probe seeing the api again). A stale version: the conflict view.
 */
export function useDraftEditor(options: DraftEditorOptions): DraftEditor {
  const initial = options.server ?? { fields: emptyFields(), version: 0 };
  const [state, dispatch] = useReducer(autosaveReducer<DraftFields>, undefined, () =>
    initialAutosave(initial.fields, initial.version),
  );
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [restored, setRestored] = useState(false);
  const stateRef = useRef(state);
  const opts = useRef(options);
  // The latest state and options, for callbacks and timers (set after each render, before effects).
  useLayoutEffect(() => {
    stateRef.current = state;
    opts.current = options;
  });
  const key = useRef(options.storageKey);
  const created = useRef<string | null>(null);

  // Restore what this browser kept and the server never got (a crash, a closed tab, offline).
  useEffect(() => {
    let live = true;
    void queue.pending(key.current).then((stored) => {
      if (!live || !stored) return;
      const server = opts.current.server;
      if (server && same(stored.value, server.fields)) {
        void queue.discard(key.current);
        return;
      }
      setRestored(true);
      dispatch({ type: 'loaded', value: stored.value, version: stored.baseVersion });
      if (server && (stored.conflict || stored.baseVersion !== server.version)) {
        dispatch({ type: 'conflict', theirs: server.fields, version: server.version });
      } else {
        dispatch({ type: 'edit', value: stored.value });
      }
    });
    return () => {
      live = false;
    };
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    const current = stateRef.current;
    if (!shouldSave(current, true)) return false;
    const sent = current.local;
    const o = opts.current;
    dispatch({ type: 'saveStarted' });
    try {
      let version: number;
      if (current.version === 0 && !created.current) {
        if (!o.creatable(sent)) {
          // Not enough yet for the server: stays in the browser until it is.
          dispatch({ type: 'rejected' });
          return false;
        }
        const made = await o.create(sent);
        created.current = made.id;
        version = made.version;
        const oldKey = key.current;
        key.current = o.storageKey.replace(/new:.*$/, made.id);
        await queue.discard(oldKey);
        o.onCreated?.(made.id);
      } else {
        version = (await o.update(sent, current.version)).version;
      }
      dispatch({ type: 'saved', version, at: Date.now() });
      setProblem(null);
      await queue.confirm(key.current, sent);
      // An edit typed during the save is kept with the version it is now based on.
      if (!same(stateRef.current.local, sent)) await queue.keep(key.current, stateRef.current.local, version);
      return true;
    } catch (error) {
      const described = describeError(error);
      if (described.kind === 'NETWORK') {
        dispatch({ type: 'offline' });
      } else if (described.kind === 'CONFLICT') {
        const theirs = await opts.current.fetchServer().catch(() => null);
        if (theirs) {
          dispatch({ type: 'conflict', theirs: theirs.fields, version: theirs.version });
          await queue.keep(key.current, stateRef.current.local, current.version);
        } else dispatch({ type: 'offline' });
      } else if (described.kind === 'UNAUTHENTICATED') {
        // The session could not be refreshed: the text stays here, the page offers the login.
        setProblem(described);
        dispatch({ type: 'offline' });
      } else {
        setProblem(described);
        dispatch({ type: 'rejected' });
      }
      return false;
    }
  }, []);

  // Debounced autosave.
  useEffect(() => {
    // Not gated on the connectivity banner: a send that fails goes back to offline, and is retried.
    if (!shouldSave(state, true)) return;
    const timer = window.setTimeout(() => void save(), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [state, save]);

  // Back online: resend what was kept.
  useEffect(() => {
    const back = (): void => {
      if (stateRef.current.status === 'offline') dispatch({ type: 'online' });
    };
    window.addEventListener('online', back);
    const unsubscribe = connectivity.subscribe(back);
    // While offline, try again now and then (the browser's `online` event does not cover the api being
    // down). Not while the banner says the api cannot be reached: its probe says when it answers, and
    // the status keeps saying "kept in this browser" instead of flickering through "saving".
    const retry = window.setInterval(() => {
      if (stateRef.current.status === 'offline' && navigator.onLine && !connectivity.isDown())
        dispatch({ type: 'online' });
    }, 5_000);
    return () => {
      window.removeEventListener('online', back);
      unsubscribe();
      window.clearInterval(retry);
    };
  }, []);

  // Leaving with unsaved changes asks first (the text is also kept in this browser either way).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      if (!hasUnsavedChanges(stateRef.current)) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const edit = useCallback((change: Partial<DraftFields>) => {
    const next = { ...stateRef.current.local, ...change };
    dispatch({ type: 'edit', value: next });
    void queue.keep(key.current, next, stateRef.current.version);
  }, []);

  const resolve = useCallback((keep: 'mine' | 'theirs') => {
    const theirs = stateRef.current.theirs;
    dispatch({ type: 'resolve', keep });
    if (keep === 'theirs') void queue.discard(key.current);
    else if (theirs) void queue.keep(key.current, stateRef.current.local, theirs.version);
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    const s = stateRef.current;
    if (s.status === 'dirty') return save();
    return s.status === 'saved' || s.status === 'idle';
  }, [save]);

  return { state, edit, problem, resolve, flush, restored };
}

export function emptyFields(): DraftFields {
  return { title: '', summary: '', body: '', language: '', disclosure: null, provisionIds: [], suggestedTagIds: [] };
}
