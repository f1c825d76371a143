import { execFile } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Region } from '@app/identity';
import {
  DigestChanges,
  DigestContext,
  DigestCover,
  DigestEntry,
  DigestSection,
  DigestWriter,
  IndexTag,
  REGION_TITLES,
} from './digest-model';
import { escapeHtml as h, FileSink } from './file-sink';
import { articleHtml, DOCUMENT_END, documentStart, frontMatterHtml, sectionHtml } from './html.writer';
import { printPdf } from './pdf.printer';

const run = promisify(execFile);

export interface PdfSettings {
  chromiumPath: string;
  timeoutMs: number;
  /** Entries per printed chunk: Chromium's time and memory stay bounded however big the digest. */
  entriesPerChunk: number;
  /** Chunks printed at once, one Chromium each: the memory is this many chunks' worth. */
  printConcurrency: number;
}

/**
 * The default for `printConcurrency`: one print per two cores (a Chromium print keeps about two
 * busy: on 2 cores, two at once took 90.6 s for 2,495 entries against 87.0 s one at a time), and
 * at most one per GiB of memory.
 */
export function defaultPrintConcurrency(): number {
  return Math.max(1, Math.min(Math.floor(availableParallelism() / 2), Math.floor(totalmem() / 2 ** 30)));
}

/**
 * `work` for every item, at most `limit` at a time; the results in the items' order. Every started
 * piece of work is awaited before a failure is thrown (no print left running behind the caller).
 */
async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<R>).value);
}

/**
 * The PDF, printed by headless Chromium from the same HTML as the HTML file, in chunks of a few
 * hundred entries (one Chromium run each, so its memory does not grow with the digest; several
 * chunks at once, as `printConcurrency` says), then joined in order with pdfunite (poppler-utils). Chromium shapes Arabic right to left and draws every UN
 * script with the Noto fonts.
 */
export class PdfWriter implements DigestWriter {
  readonly extension = 'pdf';
  private context?: DigestContext;
  private chunk?: FileSink;
  private readonly chunks: string[] = [];
  private entries = 0;
  private region?: Region;
  private index?: FileSink;
  private inIndexList = false;
  private readonly sections: Pick<DigestSection, 'key' | 'title'>[] = [];

  constructor(
    private readonly dir: string,
    private readonly settings: PdfSettings,
  ) {}

  async start(context: DigestContext): Promise<void> {
    this.context = context;
  }

  async section(region: Region): Promise<void> {
    this.region = region;
    await this.nextChunk();
    await this.chunk?.write(`<h2>${h(REGION_TITLES[region])}</h2>\n`);
  }

  async entry(e: DigestEntry): Promise<void> {
    if (!this.chunk || this.entries >= this.settings.entriesPerChunk) {
      await this.nextChunk();
      if (this.region) await this.chunk?.write(`<h2>${h(REGION_TITLES[this.region])} (continued)</h2>\n`);
    }
    await this.chunk?.write(articleHtml(e));
    this.entries += 1;
  }

  /** An added section starts a chunk of its own (its entries are few: a session's events or publications). */
  async extraSection(section: DigestSection): Promise<void> {
    this.region = undefined;
    await this.nextChunk();
    await this.chunk?.write(`${sectionHtml(section)}</section>\n`);
    this.sections.push({ key: section.key, title: section.title });
  }

  async indexTag(tag: IndexTag): Promise<void> {
    if (!this.index) {
      this.index = new FileSink(join(this.dir, 'pdf-index.html'));
      await this.index.write(`${documentStart('Index by tag')}<h2>Index by tag</h2>\n`);
    }
    if (this.inIndexList) await this.index.write('</ul>\n');
    this.inIndexList = true;
    await this.index.write(`<h3>${h(tag.label)} <span class="meta">(${h(tag.category)})</span></h3><ul>\n`);
  }

  async indexEntry(entry: { id: string; title: string }): Promise<void> {
    await this.index?.write(`<li dir="auto">${h(entry.title)}</li>\n`);
  }

  async finish(cover: DigestCover, changes: DigestChanges): Promise<string> {
    await this.closeChunk();
    const parts = [join(this.dir, 'pdf-front.html'), ...this.chunks];
    const front = new FileSink(parts[0]);
    await front.write(frontMatterHtml(this.context as DigestContext, cover, changes, this.sections) + DOCUMENT_END);
    await front.close();
    if (this.index) {
      await this.index.write(`${this.inIndexList ? '</ul>\n' : ''}${DOCUMENT_END}`);
      await this.index.close();
      parts.push(this.index.path);
    }
    const pdfs = await inParallel(parts, this.settings.printConcurrency, async (html) => {
      const pdf = html.replace(/\.html$/, '.pdf');
      await printPdf(this.settings.chromiumPath, html, pdf, this.settings.timeoutMs);
      await rm(html, { force: true });
      return pdf;
    });
    const path = join(this.dir, `digest.${this.extension}`);
    if (pdfs.length === 1) await rename(pdfs[0], path);
    else await run('pdfunite', [...pdfs, path], { timeout: this.settings.timeoutMs, maxBuffer: 16 * 1024 * 1024 });
    await Promise.all(pdfs.map((p) => rm(p, { force: true })));
    return path;
  }

  private async nextChunk(): Promise<void> {
    await this.closeChunk();
    const path = join(this.dir, `pdf-chunk-${String(this.chunks.length + 1).padStart(5, '0')}.html`);
    this.chunk = new FileSink(path);
    this.chunks.push(path);
    this.entries = 0;
    await this.chunk.write(documentStart((this.context as DigestContext).session.title));
  }

  private async closeChunk(): Promise<void> {
    if (!this.chunk) return;
    await this.chunk.write(DOCUMENT_END);
    await this.chunk.close();
    this.chunk = undefined;
  }
}
