import { invariant } from '@app/platform';
import { DigestSettings } from '../compile/digest-settings';
import { DigestFormat } from '../entities';
import { CsvWriter } from './csv.writer';
import { DigestWriter } from './digest-model';
import { DocxWriter } from './docx.writer';
import { HtmlWriter } from './html.writer';
import { JsonWriter } from './json.writer';
import { MarkdownWriter } from './markdown.writer';
import { defaultPrintConcurrency, PdfWriter } from './pdf.writer';

/** One format's writer: what it writes, the Content-Type it is downloaded with, and how one compile makes it. */
export interface DigestWriterRegistration {
  format: DigestFormat;
  contentType: string;
  /** A writer for one compile, writing into its scratch folder `dir`. */
  create(dir: string, settings: DigestSettings): DigestWriter;
}

/**
 * Every format's writer. A new format is a DigestFormat value, its writer, and one line here: the
 * registry refuses to start (api and worker alike) while a DigestFormat has no writer.
 */
export const DIGEST_WRITERS: readonly DigestWriterRegistration[] = [
  // The canonical form first: the digest's content hash is its SHA-256.
  { format: DigestFormat.JSON, contentType: 'application/json; charset=utf-8', create: (dir) => new JsonWriter(dir) },
  { format: DigestFormat.MD, contentType: 'text/markdown; charset=utf-8', create: (dir) => new MarkdownWriter(dir) },
  { format: DigestFormat.HTML, contentType: 'text/html; charset=utf-8', create: (dir) => new HtmlWriter(dir) },
  { format: DigestFormat.CSV, contentType: 'text/csv; charset=utf-8', create: (dir) => new CsvWriter(dir) },
  {
    format: DigestFormat.DOCX,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    create: (dir) => new DocxWriter(dir),
  },
  {
    format: DigestFormat.PDF,
    contentType: 'application/pdf',
    create: (dir, settings) =>
      new PdfWriter(dir, {
        chromiumPath: settings.chromiumPath,
        timeoutMs: settings.pdfTimeoutMs,
        entriesPerChunk: settings.pdfEntriesPerChunk ?? 400,
        printConcurrency: settings.pdfPrintConcurrency ?? defaultPrintConcurrency(),
      }),
  },
];

/** The writers of one compile, by format, with the canonical JSON one apart (its hash is the digest's). */
export interface DigestWriterSet {
  all: { format: DigestFormat; writer: DigestWriter }[];
  json: JsonWriter;
}

/** The writers by format, checked when the app starts: exactly one per DigestFormat. */
export class DigestWriterRegistry {
  private readonly byFormat = new Map<DigestFormat, DigestWriterRegistration>();

  constructor(registrations: readonly DigestWriterRegistration[] = DIGEST_WRITERS) {
    const problems: string[] = [];
    for (const r of registrations) {
      if (this.byFormat.has(r.format)) problems.push(`two writers for ${r.format}`);
      this.byFormat.set(r.format, r);
    }
    const missing = Object.values(DigestFormat).filter((f) => !this.byFormat.has(f));
    if (missing.length > 0) problems.push(`no writer for ${missing.join(', ')}`);
    if (!this.byFormat.has(DigestFormat.JSON)) problems.push('the canonical JSON writer is required');
    if (problems.length > 0) throw new Error(`Digest formats are not all written: ${problems.join('; ')}`);
  }

  contentTypeOf(format: DigestFormat): string {
    const registration = this.byFormat.get(format);
    invariant(registration, `no writer for ${format}`);
    return registration.contentType;
  }

  /** One writer per format for a compile, in registration order. */
  create(dir: string, settings: DigestSettings): DigestWriterSet {
    const all = [...this.byFormat.values()].map((r) => ({ format: r.format, writer: r.create(dir, settings) }));
    const json = all.find((w) => w.format === DigestFormat.JSON)?.writer;
    invariant(json instanceof JsonWriter, 'the JSON format is written by JsonWriter');
    return { all, json };
  }
}
