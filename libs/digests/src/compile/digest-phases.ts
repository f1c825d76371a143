import { DataSource } from 'typeorm';
import { DigestPhase } from '../entities';

/**
 * Where each phase starts on the 0–100 progress bar. Reading the entries is most of the work a
 * database does, so it fills the bar up to INDEXING in proportion to the entries read; printing
 * the PDF (one Chromium run per chunk of entries) is most of the rest.
 */
export const PHASE_PROGRESS: Record<
  Exclude<DigestPhase, DigestPhase.QUEUED | DigestPhase.DONE | DigestPhase.FAILED>,
  number
> = {
  [DigestPhase.READING_ENTRIES]: 0,
  [DigestPhase.INDEXING]: 60,
  [DigestPhase.WRITING_FILES]: 65,
  [DigestPhase.PRINTING_PDF]: 75,
  [DigestPhase.STORING_FILES]: 95,
};

/** Records that the worker entered `phase` (and moves the progress bar to where it starts). */
export async function enterPhase(
  dataSource: DataSource,
  digestId: string,
  phase: keyof typeof PHASE_PROGRESS,
  now: Date,
): Promise<void> {
  await dataSource.query(
    `UPDATE digests SET phase = $2, progress = GREATEST(progress, $3),
            phases = phases || jsonb_build_array(jsonb_build_object('phase', $2::text, 'startedAt', $4::timestamptz))
      WHERE id = $1 AND status = 'COMPILING'`,
    [digestId, phase, PHASE_PROGRESS[phase], now],
  );
}
