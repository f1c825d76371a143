/** What the worker tells the compiler about its machine. */
export interface DigestSettings {
  chromiumPath: string;
  /** Longest one PDF chunk may take to print. */
  pdfTimeoutMs: number;
  /** Entries per PDF chunk (default 400). */
  pdfEntriesPerChunk?: number;
  /** PDF chunks printed at once (default: one per two cores, at most one per GiB of memory). */
  pdfPrintConcurrency?: number;
}
export const DIGEST_SETTINGS = Symbol('DIGEST_SETTINGS');
