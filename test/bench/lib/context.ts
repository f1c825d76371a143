import { Pool } from 'pg';
import { ServerProcess } from './api-process';
import { BenchWorld } from './bench-world';

export interface BenchOptions {
  /** Rounds per measurement (median reported); each round runs ours then the baseline. */
  rounds: number;
  /** Seconds of each throughput window (M2). */
  window: number;
  /** Concurrent HTTP connections in throughput windows (M2). */
  connections: number;
  /** Operations per round for the write measurements (M1, M3). */
  writeOps: number;
  /** Clients writing at once (M1, M3). */
  writeConcurrency: number;
  /** Jobs per round (M6). */
  jobs: number;
  /** Requests per round and page (M7). */
  pageRequests: number;
  /** Skip PDF in M5 above this many digest entries (Chromium time grows with pages). */
  pdfMaxEntries: number;
  /** PDF chunks printed at once; null: the worker's default. */
  pdfConcurrency: number | null;
}

export interface BenchContext {
  api: ServerProcess;
  bare: ServerProcess;
  pool: Pool;
  world: BenchWorld;
  tokens: { staff: string; moderators: string[]; admins: Map<string, string> };
  options: BenchOptions;
  log: (line: string) => void;
}

/** One printed row: our figure, the baseline's, and their ratio, with the target the issue sets. */
export interface ResultRow {
  id: string;
  what: string;
  ours: number;
  baseline: number;
  unit: string;
  /** ours ÷ baseline (throughputs) or baseline-relative cost, as `ratioMeaning` says. */
  ratio: number;
  ratioMeaning: string;
  target: string;
  pass: boolean | null;
  rounds: number;
  note?: string;
}

export function row(r: Omit<ResultRow, 'pass'> & { pass?: boolean | null }): ResultRow {
  return { pass: null, ...r };
}
