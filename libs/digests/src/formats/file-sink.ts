import { createReadStream, createWriteStream, WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Text is handed to the file in pieces of about this many characters, not one write per call. */
const FLUSH_AT = 64 * 1024;

/**
 * Writes text to a file with back-pressure, so a big digest never piles up in memory. Writers
 * call `write` for every cell and tag; those pieces are gathered up to FLUSH_AT characters before
 * they go to the stream (a write per piece cost ≈ a fifth of a compile in system calls).
 */
export class FileSink {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingLength === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Appends another file's content, streamed. */
  async append(path: string): Promise<void> {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) await this.write(chunk as string);
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

export const escapeXml = escapeHtml;
