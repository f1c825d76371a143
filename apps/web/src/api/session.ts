/**
 * The browser's session. The access token lives in this module's memory only; the refresh token is
 * an HttpOnly cookie (Path=/auth) the page's script never sees. `POST /auth/refresh` rotates it and
 * answers a fresh access token: at start-up, a minute before the access token expires, and when the
 * api answers UNAUTHENTICATED. Nothing secret is written to localStorage.
 */
export interface SessionUser {
  id: string;
  displayName: string;
  email: string | null;
  roles: string[] | null;
  preferredLanguage?: string | null;
}

export type SessionState =
  | { status: 'unknown' }
  /** `ended`: this tab had a session and the api no longer accepts it (revoked, logged out elsewhere, expired). */
  | { status: 'anonymous'; ended?: boolean }
  | { status: 'authenticated'; user: SessionUser };

/** Sent with every request: the api sets the refresh cookie for it, and /auth/* requires it (CSRF). */
export const CLIENT_HEADER = { 'X-Plenary-Client': 'web' } as const;

const EARLY_REFRESH_MS = 60_000;

let state: SessionState = { status: 'unknown' };
let accessToken: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const l of listeners) l();
}

function expiryOf(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

function schedule(token: string): void {
  clearTimeout(timer);
  const exp = expiryOf(token);
  if (exp === null) return;
  timer = setTimeout(() => void refresh(), Math.max(5_000, exp - Date.now() - EARLY_REFRESH_MS));
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): SessionState => state,
  accessToken: (): string | null => accessToken,

  /** After login (or any mutation answering an AuthPayload): the cookie is already set by the api. */
  accept(token: string, user: SessionUser): void {
    accessToken = token;
    schedule(token);
    set({ status: 'authenticated', user });
  },

  updateUser(user: Partial<SessionUser>): void {
    if (state.status === 'authenticated') set({ status: 'authenticated', user: { ...state.user, ...user } });
  },

  /** Forgets the session locally (the cookie is cleared by logout()). */
  clear(): void {
    accessToken = null;
    clearTimeout(timer);
    set({ status: 'anonymous' });
  },

  /** The api refused this tab's session: forgotten here, and the login page says why. */
  ended(): void {
    const had = state.status === 'authenticated';
    accessToken = null;
    clearTimeout(timer);
    set({ status: 'anonymous', ...(had ? { ended: true } : {}) });
  },
};

/**
 * Whether this browser may have a session: the api sets `plenary_session=1` (readable, nothing
 * secret) beside the HttpOnly refresh cookie and clears both together (libs/identity refresh-cookie.ts).
 */
export const mightHaveSession = (): boolean => /(?:^|;\s*)plenary_session=1(?:;|$)/.test(document.cookie);

/**
 * Resolves once the start-up refresh has answered, when this browser may have a session; at once
 * otherwise. Requests wait for it, so a page never shows a signed-in person the anonymous view.
 */
export function sessionSettled(): Promise<unknown> | null {
  return state.status === 'unknown' && mightHaveSession() ? refresh() : null;
}

/**
 * Exchanges the refresh cookie for a new access token; one request at a time however many callers
 * ask. Resolves false when there is no session (the cookie is missing, used or expired). A network
 * failure keeps the current state, so a person offline for a moment is not logged out.
 */
export function refresh(): Promise<boolean> {
  inFlight ??= (async () => {
    try {
      const res = await fetch('/auth/refresh', { method: 'POST', headers: CLIENT_HEADER, credentials: 'same-origin' });
      if (res.status === 401 || res.status === 403) {
        session.ended();
        return false;
      }
      if (res.status === 204) {
        // No refresh cookie: a visitor who is not logged in, or logged out in another tab.
        session.ended();
        return false;
      }
      if (!res.ok) throw new Error(`refresh answered ${res.status}`);
      const body = (await res.json()) as { accessToken: string; user: SessionUser };
      session.accept(body.accessToken, body.user);
      return true;
    } catch {
      if (state.status === 'unknown') set({ status: 'anonymous' });
      return false;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

/** Ends the session on the server (the refresh token is revoked, the cookie removed) and here. */
export async function logout(): Promise<void> {
  try {
    await fetch('/auth/logout', { method: 'POST', headers: CLIENT_HEADER, credentials: 'same-origin' });
  } finally {
    session.clear();
  }
}
