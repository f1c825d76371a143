import { Agent, request } from 'node:http';
import { percentile, round } from './stats';

/** One request the mix wants sent now. */
export interface RequestSpec {
  /** The operation's name (for the per-operation table). */
  op: string;
  /** Writes are held to the write SLO (500 ms), reads to the read SLO (200 ms). */
  write: boolean;
  /** The JSON body: `{ query, variables }`. */
  body: string;
  token?: string;
  /** Called with the answer (flows take ids and versions from it); not called on transport errors. */
  onAnswer?: (status: number, text: string) => void;
  /** Called when the request failed or was never sent, so a flow can put its item back. */
  onFailure?: () => void;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export interface StepResult {
  /** Arrivals per second asked for. */
  rate: number;
  seconds: number;
  scheduled: number;
  completed: number;
  /** Answers per second over the step. */
  achieved: number;
  errors: { http: number; graphql: number; timeout: number; socket: number; overflow: number };
  errorCodes: Record<string, number>;
  reads: LatencySummary;
  writes: LatencySummary;
  byOp: Record<string, LatencySummary>;
  /** Whether every SLO held: zero errors, read p99 ≤ readSloMs, write p99 ≤ writeSloMs, the rate kept. */
  pass: boolean;
  reasons: string[];
}

export interface StepOptions {
  /** The api processes; requests go to each in turn. */
  urls: string[];
  rate: number;
  seconds: number;
  /** Requests in flight beyond this are not sent and count as errors. */
  maxOutstanding: number;
  timeoutMs: number;
  readSloMs: number;
  writeSloMs: number;
  next: () => RequestSpec;
  /** Deterministic arrivals (a Poisson process from this seed). */
  seed: number;
}

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const summary = (values: number[]): LatencySummary => ({
  count: values.length,
  p50: round(percentile(values, 50), 1),
  p99: round(percentile(values, 99), 1),
  max: round(values.length ? Math.max(...values) : NaN, 1),
});

/**
 * Open loop: requests arrive at `rate` per second (Poisson arrivals) whatever the answers, for
 * `seconds`, and each request's latency counts from when it was due, not from when a busy client
 * got round to sending it (no coordinated omission). Bounded: at most `maxOutstanding` in flight
 * (the rest count as errors), every request gives up after `timeoutMs`, and the step ends by
 * itself after `seconds` plus the timeout.
 */
export async function runStep(options: StepOptions): Promise<StepResult> {
  const agents = options.urls.map(() => new Agent({ keepAlive: true, maxSockets: options.maxOutstanding }));
  const targets = options.urls.map((u) => new URL('/graphql', u));
  const random = rng(options.seed);
  const reads: number[] = [];
  const writes: number[] = [];
  const perOp = new Map<string, number[]>();
  const errors = { http: 0, graphql: 0, timeout: 0, socket: 0, overflow: 0 };
  const errorCodes: Record<string, number> = {};
  let outstanding = 0;
  let scheduled = 0;
  let completed = 0;
  let turn = 0;
  let settle: (() => void) | null = null;

  const countCode = (code: string) => (errorCodes[code] = (errorCodes[code] ?? 0) + 1);
  const done = () => {
    outstanding -= 1;
    if (outstanding === 0) settle?.();
  };

  const fire = (dueAt: number): void => {
    scheduled += 1;
    const spec = options.next();
    if (outstanding >= options.maxOutstanding) {
      errors.overflow += 1;
      countCode('OVERFLOW');
      spec.onFailure?.();
      return;
    }
    outstanding += 1;
    const index = turn++ % targets.length;
    const target = targets[index];
    const body = Buffer.from(spec.body);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent: agents[index],
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}),
        },
        timeout: options.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const latency = performance.now() - dueAt;
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          completed += 1;
          (spec.write ? writes : reads).push(latency);
          let list = perOp.get(spec.op);
          if (!list) perOp.set(spec.op, (list = []));
          list.push(latency);
          if (status !== 200) {
            errors.http += 1;
            countCode(`HTTP_${status}`);
          } else if (text.includes('"errors":[')) {
            errors.graphql += 1;
            countCode(/"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'GRAPHQL');
          }
          try {
            spec.onAnswer?.(status, text);
          } finally {
            done();
          }
        });
        res.on('error', () => undefined);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'BENCH_TIMEOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'BENCH_TIMEOUT') {
        errors.timeout += 1;
        countCode('TIMEOUT');
      } else {
        errors.socket += 1;
        countCode(error.code ?? 'SOCKET');
      }
      spec.onFailure?.();
      done();
    });
    req.end(body);
  };

  const start = performance.now();
  const end = start + options.seconds * 1000;
  const gap = () => -Math.log(1 - random()) * (1000 / options.rate);
  let nextAt = start + gap();
  while (nextAt < end) {
    const now = performance.now();
    while (nextAt <= now && nextAt < end) {
      fire(nextAt);
      nextAt += gap();
    }
    const wait = Math.min(nextAt, end) - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, 20)));
  }
  if (outstanding > 0) {
    // Bounded: every request times out by itself; this is the backstop.
    await Promise.race([
      new Promise<void>((r) => (settle = r)),
      new Promise<void>((r) => setTimeout(r, options.timeoutMs + 2_000)),
    ]);
  }
  const elapsed = (performance.now() - start) / 1000;
  for (const agent of agents) agent.destroy();

  const result: StepResult = {
    rate: options.rate,
    seconds: options.seconds,
    scheduled,
    completed,
    achieved: round(completed / elapsed, 1),
    errors,
    errorCodes,
    reads: summary(reads),
    writes: summary(writes),
    byOp: Object.fromEntries([...perOp].map(([op, values]) => [op, summary(values)])),
    pass: true,
    reasons: [],
  };
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  if (errorCount > 0) result.reasons.push(`${errorCount} errors ${JSON.stringify(errorCodes)}`);
  if (reads.length && result.reads.p99 > options.readSloMs)
    result.reasons.push(`read p99 ${result.reads.p99} ms > ${options.readSloMs}`);
  if (writes.length && result.writes.p99 > options.writeSloMs)
    result.reasons.push(`write p99 ${result.writes.p99} ms > ${options.writeSloMs}`);
  if (completed < scheduled * 0.98) result.reasons.push(`answered ${completed} of ${scheduled}`);
  result.pass = result.reasons.length === 0;
  return result;
}
