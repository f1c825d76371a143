import { createHash } from 'node:crypto';

export interface SubmissionContent {
  title: string;
  summary: string;
  body: string;
  language: string;
  provisionIds: string[];
}

/** SHA-256 of the content in a fixed key order: the same text always gives the same hash. */
export function contentHash(c: SubmissionContent): string {
  const canonical = JSON.stringify([c.title, c.summary, c.body, c.language, [...c.provisionIds].sort()]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
