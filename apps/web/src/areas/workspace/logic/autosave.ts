/**
 * The editor's autosave as a state machine (framework-free; the React hook only wires it to timers
 * and the network):
 *
 *   idle ──edit──▶ dirty ──save──▶ saving ──saved──▶ saved ──edit──▶ dirty …
 *                                       ├─conflict─▶ conflict   (the server has a newer version:
 *                                       │                        the person chooses, nothing is sent)
 *                                       └─offline──▶ offline    (kept in the browser; sent when back)
 *
 * An edit made while a save is in flight is not lost: the state remembers it and goes back to
 * dirty when that save answers. `version` is what the next save passes as expectedVersion.
 */

export type AutosaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'offline';

export interface AutosaveState<T> {
  status: AutosaveStatus;
  /** What the person sees and edits now. */
  local: T;
  /** The server's version number the local text is based on (expectedVersion). */
  version: number;
  /** Edits since the save in flight started. */
  editedWhileSaving: boolean;
  /** The server refused the last save for its content: no more autosaves until the next edit. */
  blocked: boolean;
  /** When a save was refused as stale: the server's copy, to show side by side. */
  theirs: { value: T; version: number } | null;
  savedAt: number | null;
}

export type AutosaveEvent<T> =
  | { type: 'edit'; value: T }
  | { type: 'saveStarted' }
  | { type: 'saved'; version: number; at: number }
  | { type: 'conflict'; theirs: T; version: number }
  | { type: 'offline' }
  | { type: 'online' }
  /** The server refused the content (BAD_USER_INPUT): shown beside the fields, retried after an edit. */
  | { type: 'rejected' }
  /** The person chose after a conflict: keep theirs (mine is dropped) or keep mine (sent on top of theirs). */
  | { type: 'resolve'; keep: 'mine' | 'theirs' }
  /** A fresh copy from the server replaces everything (after a reload or a resolved conflict). */
  | { type: 'loaded'; value: T; version: number };

export function initialAutosave<T>(value: T, version: number): AutosaveState<T> {
  return {
    status: 'idle',
    local: value,
    version,
    editedWhileSaving: false,
    blocked: false,
    theirs: null,
    savedAt: null,
  };
}

export function autosaveReducer<T>(state: AutosaveState<T>, event: AutosaveEvent<T>): AutosaveState<T> {
  switch (event.type) {
    case 'edit':
      if (state.status === 'saving') return { ...state, local: event.value, editedWhileSaving: true, blocked: false };
      // Offline and conflict keep their status: the edit is kept locally and goes with the next send.
      if (state.status === 'offline' || state.status === 'conflict')
        return { ...state, local: event.value, blocked: false };
      return { ...state, status: 'dirty', local: event.value, blocked: false };
    case 'saveStarted':
      if (state.status !== 'dirty' && state.status !== 'offline') return state;
      return { ...state, status: 'saving', editedWhileSaving: false };
    case 'saved':
      if (state.status !== 'saving') return state;
      return {
        ...state,
        status: state.editedWhileSaving ? 'dirty' : 'saved',
        version: event.version,
        editedWhileSaving: false,
        savedAt: event.at,
      };
    case 'conflict':
      return { ...state, status: 'conflict', theirs: { value: event.theirs, version: event.version } };
    case 'offline':
      if (state.status === 'conflict') return state;
      if (state.status === 'saving' || state.status === 'dirty') return { ...state, status: 'offline' };
      return state;
    case 'rejected':
      if (state.status !== 'saving') return state;
      return { ...state, status: 'dirty', blocked: !state.editedWhileSaving, editedWhileSaving: false };
    case 'online':
      return state.status === 'offline' ? { ...state, status: 'dirty' } : state;
    case 'resolve': {
      if (state.status !== 'conflict' || !state.theirs) return state;
      const { value, version } = state.theirs;
      if (event.keep === 'theirs') return { ...state, status: 'saved', local: value, version, theirs: null };
      // Mine wins: rebased on their version, so the next save is accepted and replaces theirs.
      return { ...state, status: 'dirty', version, theirs: null };
    }
    case 'loaded':
      return initialAutosave(event.value, event.version);
  }
}

/** Whether leaving the page now would lose something the server has not got. */
export function hasUnsavedChanges(state: AutosaveState<unknown>): boolean {
  return (
    state.status === 'dirty' || state.status === 'saving' || state.status === 'offline' || state.status === 'conflict'
  );
}

/** Whether a save should be sent now (the hook calls this after the debounce). */
export function shouldSave(state: AutosaveState<unknown>, online: boolean): boolean {
  return online && state.status === 'dirty' && !state.blocked;
}
