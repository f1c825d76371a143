/** What the worker tells the compiler about its machine. */
export interface DigestSettings {
  chromiumPath: string;
  /** Longest one PDF chunk may take to print. */
  pdfTimeoutMs: number;
  /** Entries per PDF chunk (default 400). */
  pdfEntriesPerChunk?: number;
}
export const DIGEST_SETTINGS = Symbol('DIGEST_SETTINGS');
