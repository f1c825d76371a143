import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Prints the digest's HTML to PDF with headless Chromium. Chromium shapes text with HarfBuzz, so
 * Arabic is joined and laid out right to left and Chinese and Cyrillic use the Noto fonts — a
 * JavaScript PDF library would need per-script shaping of its own. It runs as a separate
 * process, so the worker's memory does not grow with the document.
 */
export async function printPdf(
  chromiumPath: string,
  htmlPath: string,
  pdfPath: string,
  timeoutMs: number,
): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'plenary-chromium-'));
  try {
    await run(
      chromiumPath,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        `--user-data-dir=${profile}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdfPath}`,
        pathToFileURL(htmlPath).href,
      ],
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
    );
    const info = await stat(pdfPath);
    if (info.size === 0) throw new Error('Chromium wrote an empty PDF');
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
