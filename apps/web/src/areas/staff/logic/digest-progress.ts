/**
 * A compile's phases as the page lists them: each phase of the worker in order, done, current,
 * waiting or failed, with when it started and how long it took (from the api's phase log).
 */
export const PHASES = [
  'QUEUED',
  'READING_ENTRIES',
  'INDEXING',
  'WRITING_FILES',
  'PRINTING_PDF',
  'STORING_FILES',
  'DONE',
] as const;
export type PhaseName = (typeof PHASES)[number] | 'FAILED';

export interface PhaseStep {
  phase: PhaseName;
  startedAt: string;
}

export interface PhaseRow {
  phase: (typeof PHASES)[number];
  state: 'done' | 'current' | 'waiting' | 'failed';
  startedAt: string | null;
  /** Until the next phase started (or `now` for the current one); null when not started. */
  durationMs: number | null;
}

export function phaseRows(status: string, steps: PhaseStep[], requestedAt: string, now: number): PhaseRow[] {
  const log: PhaseStep[] = [{ phase: 'QUEUED', startedAt: requestedAt }, ...steps];
  const failed = status === 'FAILED';
  const finished = status === 'READY' || status === 'PUBLISHED' || status === 'UNCHANGED';
  const started = (phase: string) => log.filter((s) => s.phase === phase).pop() ?? null;
  const reached = PHASES.filter((p) => started(p));
  const last = reached[reached.length - 1];
  return PHASES.map((phase) => {
    const step = started(phase);
    if (!step) return { phase, state: 'waiting', startedAt: null, durationMs: null };
    const index = log.lastIndexOf(step);
    const next = log[index + 1];
    const end = next ? Date.parse(next.startedAt) : phase === 'DONE' ? Date.parse(step.startedAt) : now;
    const isLast = phase === last;
    const state: PhaseRow['state'] = isLast && failed ? 'failed' : isLast && !finished && !failed ? 'current' : 'done';
    return { phase, state, startedAt: step.startedAt, durationMs: Math.max(0, end - Date.parse(step.startedAt)) };
  });
}

/** Whether the page should keep asking the api how the compile is going. */
export const inFlight = (status: string): boolean => status === 'QUEUED' || status === 'COMPILING';

/** 1 234 567 bytes as a short size in the interface language (kB below a megabyte). */
export interface SizeFormat {
  style: 'unit';
  unit: 'kilobyte' | 'megabyte';
  unitDisplay: 'short';
  maximumFractionDigits: number;
}

export function byteSize(bytes: number, formatNumber: (n: number, o: SizeFormat) => string): string {
  if (bytes < 1024 * 1024)
    return formatNumber(bytes / 1024, {
      style: 'unit',
      unit: 'kilobyte',
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    });
  return formatNumber(bytes / (1024 * 1024), {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
}
