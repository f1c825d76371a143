import { useSyncExternalStore } from 'react';
import { session, type SessionState } from '../api/session';

/** The current session (unknown while the start-up refresh runs, then anonymous or authenticated). */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get);
}

export function hasRole(state: SessionState, role: 'MODERATOR' | 'STAFF'): boolean {
  return state.status === 'authenticated' && (state.user.roles ?? []).includes(role);
}
