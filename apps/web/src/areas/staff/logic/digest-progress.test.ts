import { describe, expect, it } from 'vitest';
import { byteSize, inFlight, phaseRows, type SizeFormat } from './digest-progress';

const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 10, 0, s)).toISOString();

describe('compile phases', () => {
  it('shows a compile in progress: done phases with durations, the current one, the rest waiting', () => {
    const rows = phaseRows(
      'COMPILING',
      [
        { phase: 'READING_ENTRIES', startedAt: at(2) },
        { phase: 'INDEXING', startedAt: at(5) },
        { phase: 'WRITING_FILES', startedAt: at(6) },
        { phase: 'PRINTING_PDF', startedAt: at(7) },
      ],
      at(0),
      Date.parse(at(10)),
    );
    expect(rows.map((r) => [r.phase, r.state, r.durationMs])).toEqual([
      ['QUEUED', 'done', 2000],
      ['READING_ENTRIES', 'done', 3000],
      ['INDEXING', 'done', 1000],
      ['WRITING_FILES', 'done', 1000],
      ['PRINTING_PDF', 'current', 3000],
      ['STORING_FILES', 'waiting', null],
      ['DONE', 'waiting', null],
    ]);
  });

  it('shows a queued compile waiting to start', () => {
    const rows = phaseRows('QUEUED', [], at(0), Date.parse(at(4)));
    expect(rows[0]).toMatchObject({ phase: 'QUEUED', state: 'current', durationMs: 4000 });
    expect(rows.slice(1).every((r) => r.state === 'waiting')).toBe(true);
  });

  it('marks the phase a compile failed in', () => {
    const rows = phaseRows(
      'FAILED',
      [
        { phase: 'READING_ENTRIES', startedAt: at(1) },
        { phase: 'PRINTING_PDF', startedAt: at(3) },
        { phase: 'FAILED', startedAt: at(9) },
      ],
      at(0),
      Date.parse(at(20)),
    );
    expect(rows.find((r) => r.phase === 'PRINTING_PDF')).toMatchObject({ state: 'failed', durationMs: 6000 });
    expect(rows.find((r) => r.phase === 'DONE')?.state).toBe('waiting');
  });

  it('shows every phase done once READY', () => {
    const rows = phaseRows(
      'READY',
      ['READING_ENTRIES', 'INDEXING', 'WRITING_FILES', 'PRINTING_PDF', 'STORING_FILES', 'DONE'].map((phase, i) => ({
        phase: phase as 'DONE',
        startedAt: at(i + 1),
      })),
      at(0),
      Date.parse(at(60)),
    );
    expect(rows.every((r) => r.state === 'done')).toBe(true);
    expect(rows[rows.length - 1].durationMs).toBe(0);
  });

  it('keeps polling only while queued or compiling', () => {
    expect(['QUEUED', 'COMPILING', 'READY', 'FAILED', 'UNCHANGED', 'PUBLISHED'].map(inFlight)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('gives sizes in kB or MB', () => {
    const fmt = (n: number, o: SizeFormat) => new Intl.NumberFormat('en', o).format(n);
    expect(byteSize(2048, fmt)).toBe('2 kB');
    expect(byteSize(3.5 * 1024 * 1024, fmt)).toBe('3.5 MB');
  });
});
