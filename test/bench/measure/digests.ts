import { fork } from 'node:child_process';
import { distPath } from '../lib/bench-env';
import { BenchContext, ResultRow, row } from '../lib/context';
import { DIGEST_FORMATS, DigestChildResult, DigestFormatArg } from '../lib/digest-result';
import { median, round } from '../lib/stats';

/** The heap the issue allows a compile (PDF and DOCX must fit under 512 MB at 100k). */
const HEAP_MB = 512;
const CHILD_TIMEOUT_MS = 45 * 60 * 1000;

function runChild(ctx: BenchContext, format: DigestFormatArg, rounds: number): Promise<DigestChildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(
      distPath('test', 'bench', 'digest-child.js'),
      [
        '--format',
        format,
        '--session',
        ctx.world.focusSessionId,
        '--edition',
        'INTERNAL',
        '--rounds',
        String(rounds),
        '--pdf-max-entries',
        String(ctx.options.pdfMaxEntries),
        ...(ctx.options.pdfConcurrency ? ['--pdf-concurrency', String(ctx.options.pdfConcurrency)] : []),
      ],
      { execArgv: [`--max-old-space-size=${HEAP_MB}`], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    let settled = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      if (!settled)
        reject(new Error(`digest child (${format}) did not finish within ${CHILD_TIMEOUT_MS / 60_000} min`));
      settled = true;
    }, CHILD_TIMEOUT_MS);
    child.on('message', (message: DigestChildResult | { error: string }) => {
      settled = true;
      clearTimeout(timer);
      if ('error' in message) reject(new Error(`digest child (${format}): ${message.error}`));
      else resolve(message);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const oom = code === 134 || signal === 'SIGABRT' ? ` (likely out of its ${HEAP_MB} MB heap)` : '';
      if (!settled) reject(new Error(`digest child (${format}) exited with ${signal ?? code} before reporting${oom}`));
      settled = true;
    });
  });
}

export interface DigestFigures {
  results: DigestChildResult[];
  rows: ResultRow[];
}

/**
 * M4 and M5. Each format runs in a child process of its own with a 512 MB heap, `rounds` compiles
 * interleaved with a COPY of the same rows; the child's peak RSS is the compile's.
 */
export async function measureDigests(ctx: BenchContext, rounds: number): Promise<DigestFigures> {
  const results: DigestChildResult[] = [];
  const failed: ResultRow[] = [];
  for (const format of DIGEST_FORMATS) {
    let r: DigestChildResult;
    try {
      r = await runChild(ctx, format, rounds);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ctx.log(`  M5 ${format}: FAILED — ${message}`);
      failed.push(
        row({
          id: `M5-${format}`,
          what: `digest compile, ${format}`,
          ours: NaN,
          baseline: NaN,
          unit: 'ms',
          ratio: NaN,
          ratioMeaning: '',
          target: '',
          pass: false,
          rounds: 0,
          note: `failed: ${message}`,
        }),
      );
      continue;
    }
    results.push(r);
    ctx.log(
      r.skipped
        ? `  M5 ${format}: skipped — ${r.skipped}`
        : `  M5 ${format}: ${r.entries} entries, ours ${r.oursMs.map((m) => m.toFixed(0)).join('/')} ms, COPY ${r.copyMs.map((m) => m.toFixed(0)).join('/')} ms, peak RSS ${r.peakMiB.toFixed(0)} MiB (after boot ${r.bootPeakMiB.toFixed(0)})${r.chromiumPeakMiB ? `, Chromium ${r.chromiumPeakMiB.toFixed(0)} MiB` : ''}`,
    );
  }
  const rows: ResultRow[] = [...failed];
  const csv = results.find((r) => r.format === 'csv');
  if (csv && !csv.skipped) {
    const o = median(csv.oursMs);
    const c = median(csv.copyMs);
    rows.push(
      row({
        id: 'M4',
        what: `CSV digest export (compiler's streaming build, CSV writer only) vs COPY (same entries query) TO STDOUT, ${csv.entries} entries`,
        ours: round(o, 0),
        baseline: round(c, 0),
        unit: 'ms',
        ratio: round(c / o, 3),
        ratioMeaning: 'COPY time ÷ our time (throughput ratio)',
        target: '≥ 0.6',
        pass: c / o >= 0.6,
        rounds,
        note: `CSV ${(csv.bytes / 1048576).toFixed(1)} MiB, COPY ${(csv.copyBytes / 1048576).toFixed(1)} MiB`,
      }),
    );
  }
  for (const r of results) {
    if (r.skipped) {
      rows.push(
        row({
          id: `M5-${r.format}`,
          what: `digest compile, ${r.format}`,
          ours: NaN,
          baseline: NaN,
          unit: 'ms',
          ratio: NaN,
          ratioMeaning: '',
          target: '',
          rounds: 0,
          note: `skipped: ${r.skipped}`,
        }),
      );
      continue;
    }
    const o = median(r.oursMs);
    const c = median(r.copyMs);
    const streamed = ['md', 'html', 'csv'].includes(r.format);
    rows.push(
      row({
        id: `M5-${r.format}`,
        what:
          r.format === 'compile'
            ? `digest compile, whole worker job (6 formats + PDF + store), ${r.entries} entries`
            : `digest compile, ${r.format} only, ${r.entries} entries`,
        ours: round(o, 0),
        baseline: round(c, 0),
        unit: 'ms',
        ratio: round(o / c, 2),
        ratioMeaning: 'our time ÷ COPY time',
        target: streamed ? '≤ 3 (×COPY)' : r.format === 'pdf' || r.format === 'docx' ? 'fits a 512 MB heap' : '',
        pass: streamed ? o / c <= 3 : r.format === 'pdf' || r.format === 'docx' ? true : null,
        rounds,
        note: `peak RSS ${r.peakMiB.toFixed(0)} MiB (${r.bootPeakMiB.toFixed(0)} after boot)${r.chromiumPeakMiB ? `, Chromium peak ${r.chromiumPeakMiB.toFixed(0)} MiB` : ''}; file ${(r.bytes / 1048576).toFixed(1)} MiB`,
      }),
    );
  }
  return { results, rows };
}
