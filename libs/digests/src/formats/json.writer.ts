import { createHash, Hash } from 'node:crypto';
import { join } from 'node:path';
import { Region } from '@app/identity';
import {
  DigestChanges,
  DigestContext,
  DigestCover,
  DigestEntry,
  DigestSection,
  DigestWriter,
  IndexTag,
} from './digest-model';
import { FileSink } from './file-sink';
import { sectionEntryViews } from './section-entries';

/** Serialises with keys in the order the object was built (the builders below fix that order). */
const json = (value: unknown): string => JSON.stringify(value);

/**
 * The canonical form. The `content` member is written in a fixed order with no timestamps, and
 * its bytes are hashed as they are written: that SHA-256 is the digest's content hash.
 */
export class JsonWriter implements DigestWriter {
  readonly extension = 'json';
  private readonly body: FileSink;
  private readonly hash: Hash = createHash('sha256');
  private sectionsOpen = false;
  private firstSection = true;
  private firstEntry = true;
  /** `"extraSections"` is written only when a section was added: a digest without one is byte for byte as before. */
  private extraOpen = false;
  private indexOpen = false;
  private firstTag = true;
  private firstIndexEntry = true;

  constructor(private readonly dir: string) {
    this.body = new FileSink(join(dir, 'content.json.part'));
  }

  private async out(text: string): Promise<void> {
    this.hash.update(text, 'utf8');
    await this.body.write(text);
  }

  async start(context: DigestContext): Promise<void> {
    await this.out(
      `{"session":${json(context.session)},"edition":${json(context.edition)},"statistics":${json(context.statistics)},"sections":[`,
    );
    this.sectionsOpen = true;
  }

  async section(region: Region): Promise<void> {
    await this.out(`${this.firstSection ? '' : ']},'}{"region":${json(region)},"entries":[`);
    this.firstSection = false;
    this.firstEntry = true;
  }

  async entry(e: DigestEntry): Promise<void> {
    await this.out(`${this.firstEntry ? '' : ','}${json(canonicalEntry(e))}`);
    this.firstEntry = false;
  }

  async extraSection(section: DigestSection): Promise<void> {
    await this.closeSections();
    const entries = sectionEntryViews(section)
      .map((v) => json(v.canonical))
      .join(',');
    await this.out(
      `${this.extraOpen ? ',' : ',"extraSections":['}{"key":${json(section.key)},"title":${json(section.title)},"entries":[${entries}]}`,
    );
    this.extraOpen = true;
  }

  async indexTag(tag: IndexTag): Promise<void> {
    await this.closeSections();
    await this.closeExtra();
    if (!this.indexOpen) {
      await this.out(`,"indexByTag":[`);
      this.indexOpen = true;
    }
    await this.out(
      `${this.firstTag ? '' : ']},'}{"category":${json(tag.category)},"slug":${json(tag.slug)},"label":${json(tag.label)},"entries":[`,
    );
    this.firstTag = false;
    this.firstIndexEntry = true;
  }

  async indexEntry(entry: { id: string; title: string }): Promise<void> {
    await this.out(`${this.firstIndexEntry ? '' : ','}${json({ id: entry.id, title: entry.title })}`);
    this.firstIndexEntry = false;
  }

  private async closeSections(): Promise<void> {
    if (!this.sectionsOpen) return;
    await this.out(this.firstSection ? ']' : ']}]');
    this.sectionsOpen = false;
  }

  private async closeExtra(): Promise<void> {
    if (!this.extraOpen) return;
    await this.out(']');
    this.extraOpen = false;
  }

  /** The content hash: valid once every entry and index line has been written. */
  async contentHash(): Promise<string> {
    await this.closeSections();
    await this.closeExtra();
    await this.out(this.indexOpen ? (this.firstTag ? ']}' : ']}]}') : ',"indexByTag":[]}');
    await this.body.close();
    return this.hash.digest('hex');
  }

  async finish(cover: DigestCover, changes: DigestChanges): Promise<string> {
    const path = join(this.dir, `digest.${this.extension}`);
    const file = new FileSink(path);
    await file.write(`{"format":"plenary-digest/1","cover":${json(cover)},"changes":${json(changes)},"content":`);
    await file.append(this.body.path);
    await file.write('}\n');
    await file.close();
    return path;
  }
}

/** An entry with its keys in canonical order (also what entry hashes are computed from). */
export function canonicalEntry(e: DigestEntry): DigestEntry {
  return {
    id: e.id,
    version: e.version,
    contentHash: e.contentHash,
    region: e.region,
    title: e.title,
    attribution: e.attribution,
    cosigners: e.cosigners,
    language: e.language,
    tags: e.tags.map((t) => ({ category: t.category, slug: t.slug, label: t.label })),
    provisions: e.provisions.map((p) => ({ id: p.id, title: p.title })),
    summary: e.summary,
    text: e.text,
  };
}

export function entryHash(e: DigestEntry): string {
  return createHash('sha256')
    .update(JSON.stringify(canonicalEntry(e)), 'utf8')
    .digest('hex');
}
