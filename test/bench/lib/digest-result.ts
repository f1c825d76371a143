/** What test/bench/digest-child.ts reports for one format. */
export type DigestFormatArg = 'json' | 'md' | 'html' | 'csv' | 'docx' | 'pdf' | 'compile';
export const DIGEST_FORMATS: DigestFormatArg[] = ['json', 'md', 'html', 'csv', 'docx', 'pdf', 'compile'];

export interface DigestChildResult {
  format: DigestFormatArg;
  entries: number;
  /** Size of the format's file (compile: all stored files). */
  bytes: number;
  oursMs: number[];
  copyMs: number[];
  copyBytes: number;
  /** Peak RSS after booting the digest module, before any compile. */
  bootPeakMiB: number;
  /** Peak RSS of the whole child process (VmHWM). */
  peakMiB: number;
  chromiumPeakMiB: number | null;
  skipped?: string;
}
