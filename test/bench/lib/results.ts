import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { repoRoot } from './bench-env';
import { ResultRow } from './context';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  loadAverageAtStart: number[];
}

export async function describeMachine(pool: Pool): Promise<Machine> {
  const pg = (await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: pg,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

const fmt = (n: number): string => (Number.isFinite(n) ? String(n) : '—');
const verdict = (r: ResultRow): string => (r.pass === null ? '' : r.pass ? 'yes' : '**no**');

export function markdownTable(rows: ResultRow[]): string {
  const lines = [
    '| id | measurement | ours | baseline | unit | ratio | ratio is | target | met | rounds | notes |',
    '|---|---|---:|---:|---|---:|---|---|---|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.what} | ${fmt(r.ours)} | ${fmt(r.baseline)} | ${r.unit} | ${fmt(r.ratio)} | ${r.ratioMeaning} | ${r.target} | ${verdict(r)} | ${r.rounds} | ${r.note ?? ''} |`,
    ),
  ];
  return lines.join('\n');
}

/** A compact table for the terminal. */
export function printRows(title: string, rows: ResultRow[]): void {
  console.log(`\n${title}`);
  const cells = rows.map((r) => [
    r.id,
    fmt(r.ours),
    fmt(r.baseline),
    r.unit,
    fmt(r.ratio),
    r.target,
    r.pass === null ? '' : r.pass ? 'met' : 'MISSED',
  ]);
  const head = ['id', 'ours', 'baseline', 'unit', 'ratio', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c.map((v, i) => (i === 0 || i === 3 || i === 5 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const c of cells) console.log(line(c));
  for (const r of rows) if (r.note) console.log(`  ${r.id}: ${r.note}`);
}

export interface SizeResult {
  size: number;
  dataSeconds?: number;
  counts: Record<string, number>;
  rows: ResultRow[];
  errors: string[];
}

/** Writes test/bench/results/<timestamp>.md and .json; returns their paths. */
export function writeResults(
  kind: string,
  payload: { machine: Machine; options: object; sizes: SizeResult[]; extra?: string },
  previous?: { md: string; json: string },
): { md: string; json: string } {
  const dir = join(repoRoot(), 'test', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = previous ? previous.md.replace(/\.md$/, '') : join(dir, `${stamp}${kind === 'bench' ? '' : `-${kind}`}`);
  const m = payload.machine;
  const md = [
    `# Plenary ${kind} — ${new Date().toISOString()}`,
    '',
    `Machine: ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB; Node ${m.node}; PostgreSQL ${m.postgres}; load average at start ${m.loadAverageAtStart.join(' ')}.`,
    '',
    `Options: \`${JSON.stringify(payload.options)}\``,
    '',
    ...payload.sizes.flatMap((s) => [
      `## ${s.counts.submissions ?? s.size} submissions${s.dataSeconds ? ` (bench:data took ${s.dataSeconds.toFixed(1)} s)` : ''}`,
      '',
      markdownTable(s.rows),
      '',
      ...(s.errors.length ? ['Errors:', '', ...s.errors.map((e) => `- ${e}`), ''] : []),
    ]),
    ...(payload.extra ? [payload.extra, ''] : []),
  ].join('\n');
  writeFileSync(`${base}.md`, md);
  writeFileSync(`${base}.json`, JSON.stringify(payload, null, 2));
  return { md: `${base}.md`, json: `${base}.json` };
}
