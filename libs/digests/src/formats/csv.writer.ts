import { join } from 'node:path';
import { DigestChanges, DigestCover, DigestEntry, DigestSection, DigestWriter, REGION_TITLES } from './digest-model';
import { sectionEntryHash, sectionEntryViews, viewText } from './section-entries';
import { FileSink } from './file-sink';

/**
 * A cell safe from formula injection: text a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) gets a leading apostrophe; every cell is quoted.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const HEADER = [
  'region',
  'title',
  'attribution',
  'co_signers',
  'language',
  'tags',
  'provisions',
  'summary',
  'text',
  'submission_id',
  'version',
  'content_hash',
];

/** One row per entry, in digest order; the cover is not repeated in every row. */
export class CsvWriter implements DigestWriter {
  readonly extension = 'csv';
  private readonly sink: FileSink;

  constructor(dir: string) {
    this.sink = new FileSink(join(dir, `digest.${this.extension}`));
  }

  async start(): Promise<void> {
    // UTF-8 byte-order mark so spreadsheet programs read Arabic and Chinese correctly.
    await this.sink.write(`\uFEFF${HEADER.join(',')}\r\n`);
  }

  async section(): Promise<void> {}

  async entry(e: DigestEntry): Promise<void> {
    const row = [
      REGION_TITLES[e.region],
      e.title,
      e.attribution,
      e.cosigners.join('; '),
      e.language,
      e.tags.map((t) => t.label).join('; '),
      e.provisions.map((p) => p.title).join('; '),
      e.summary,
      e.text,
      e.id,
      e.version,
      e.contentHash,
    ];
    await this.sink.write(`${row.map(csvCell).join(',')}\r\n`);
  }

  /**
   * An added section's entries as rows of the same table (one table keeps the file a plain CSV):
   * the region column holds an event's regions, the attribution its speakers or a publication's
   * authors, the summary says which section and kind of item it is and when (for a publication, also
   * where to read it), the text its key messages or abstract, and the id column the item's id.
   */
  async extraSection(section: DigestSection): Promise<void> {
    for (const v of sectionEntryViews(section)) {
      const row = [
        v.csv.regions,
        v.title,
        v.csv.attribution,
        '',
        v.language ?? '',
        v.tags.map((t) => t.label).join('; '),
        v.provisions.map((p) => p.title).join('; '),
        `${section.title}: ${v.csv.summary}`,
        viewText(v),
        v.id,
        v.version,
        sectionEntryHash(v),
      ];
      await this.sink.write(`${row.map(csvCell).join(',')}\r\n`);
    }
  }

  async indexTag(): Promise<void> {}

  async indexEntry(): Promise<void> {}

  async finish(_cover: DigestCover, _changes: DigestChanges): Promise<string> {
    await this.sink.close();
    return this.sink.path;
  }
}
