import { createReadStream, createWriteStream, WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Writes text to a file with back-pressure, so a big digest never piles up in memory. */
export class FileSink {
  private readonly stream: WriteStream;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Appends another file's content, streamed. */
  async append(path: string): Promise<void> {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) await this.write(chunk as string);
  }

  async close(): Promise<void> {
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
