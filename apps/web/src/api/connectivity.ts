/**
 * Whether Plenary can be reached. Set down by any failed request; while down, /health is asked
 * every few seconds and the banner disappears by itself when it answers (no reload needed).
 */
let down = false;
let probe: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const PROBE_MS = 3_000;

function set(next: boolean): void {
  if (down === next) return;
  down = next;
  for (const l of listeners) l();
}

async function check(): Promise<void> {
  try {
    const res = await fetch('/health', { cache: 'no-store' });
    if (res.ok) {
      set(false);
      return;
    }
  } catch {
    // still down
  }
  probe = setTimeout(() => void check(), PROBE_MS);
}

export const connectivity = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isDown: (): boolean => down,
  reportFailure(): void {
    if (down) return;
    set(true);
    clearTimeout(probe);
    probe = setTimeout(() => void check(), PROBE_MS);
  },
  reportSuccess(): void {
    set(false);
  },
};
