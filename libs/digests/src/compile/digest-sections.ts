import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DigestEdition } from '../entities';
import { DigestSection, DigestSectionEntries, DigestSectionKind } from '../formats/digest-model';
import { sectionEntryViews } from '../formats/section-entries';
import { DIGEST_FORMAT_VERSION, fingerprintSql } from './digest-source';

/**
 * Where a section source reads: the compile's snapshot (a QueryRunner) or the request's
 * transaction (an EntityManager). Both answer `query`.
 */
export interface DigestSectionReader {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's own signature
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/**
 * A section another context adds to every session's digest, after the regions' submissions: the
 * programme's "Side meetings and trainings" (kind `outcomes`) and "Publications" (kind
 * `citations`). The digests cannot import those contexts (they import the digests), so each
 * registers its source here, reading its own tables with its own SQL.
 */
export type DigestSectionSource = { [K in DigestSectionKind]: DigestSectionSourceOf<K> }[DigestSectionKind];

export interface DigestSectionSourceOf<K extends DigestSectionKind> {
  /** What its entries are: how every format shows them (formats/section-entries.ts). */
  readonly kind: K;
  /** The section's key in the JSON and in the recorded items; never changes once shipped. */
  readonly key: string;
  /** Its heading, in the digest's language as every other heading. */
  readonly title: string;
  /**
   * The section's entries for a session and edition, in digest order, read through `reader` (the
   * same snapshot as the submissions). Only what that edition's reader may see: anything returned
   * is published.
   */
  entries(reader: DigestSectionReader, sessionId: string, edition: DigestEdition): Promise<DigestSectionEntries[K][]>;
}

/**
 * Every added section, by key. A context registers its source when its module starts (as with the
 * PersonalDataRegistry); the digests read them in key order, so the files do not depend on the
 * order modules start in.
 */
@Injectable()
export class DigestSectionRegistry {
  private readonly sources = new Map<string, DigestSectionSource>();

  register(source: DigestSectionSource): void {
    if (this.sources.has(source.key)) throw new Error(`two digest sections "${source.key}"`);
    this.sources.set(source.key, source);
  }

  /** The title of a section, for the change list (the key itself for one no longer registered). */
  titleOf(key: string): string {
    return this.sources.get(key)?.title ?? key;
  }

  /** The non-empty sections of a session's digest, in key order. */
  async read(reader: DigestSectionReader, sessionId: string, edition: DigestEdition): Promise<DigestSection[]> {
    const sections: DigestSection[] = [];
    for (const key of [...this.sources.keys()].sort()) {
      const source = this.sources.get(key) as DigestSectionSource;
      const entries = await source.entries(reader, sessionId, edition);
      // The source's kind and entries go together by its type; TypeScript cannot follow that through the union.
      if (entries.length > 0) sections.push({ kind: source.kind, key, title: source.title, entries } as DigestSection);
    }
    return sections;
  }

  /**
   * The added sections' share of a digest's input fingerprint: '' when they are all empty, so a
   * session without any keeps the fingerprint it had before sections existed.
   */
  async fingerprint(reader: DigestSectionReader, sessionId: string, edition: DigestEdition): Promise<string> {
    const sections = await this.read(reader, sessionId, edition);
    if (sections.length === 0) return '';
    const canonical = sections.map((s) => ({
      key: s.key,
      title: s.title,
      entries: sectionEntryViews(s).map((v) => v.canonical),
    }));
    return createHash('md5').update(JSON.stringify(canonical), 'utf8').digest('hex');
  }
}

/**
 * Everything that can change a digest's content, as one hash: the submissions' side
 * (fingerprintSql) and the added sections'. The same for the request (is anything new?) and the
 * compile (which inputs do these files stand for?).
 */
export async function digestInputFingerprint(
  reader: DigestSectionReader,
  sections: DigestSectionRegistry,
  sessionId: string,
  edition: DigestEdition,
): Promise<string> {
  const [{ fingerprint }] = await reader.query(fingerprintSql(edition), [sessionId, DIGEST_FORMAT_VERSION]);
  const added = await sections.fingerprint(reader, sessionId, edition);
  return added ? createHash('md5').update(`${fingerprint}|${added}`, 'utf8').digest('hex') : fingerprint;
}
