const LOGGED = Symbol.for('plenary.logged');

interface Marked {
  [LOGGED]?: { errorId?: string };
}

/**
 * Marks an error as logged by the code that caught it (with the error id it logged, if any) before
 * it is thrown on: whoever catches it next does not log it a second time.
 */
export function markLogged<E>(error: E, errorId?: string): E {
  if (error && typeof error === 'object') (error as Marked)[LOGGED] = { errorId };
  return error;
}

export function wasLogged(error: unknown): boolean {
  return !!error && typeof error === 'object' && LOGGED in error;
}

/** The error id under which the error was logged, if it was. */
export function errorIdOf(error: unknown): string | undefined {
  return wasLogged(error) ? (error as Marked)[LOGGED]?.errorId : undefined;
}
