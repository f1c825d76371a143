import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { printPdf } from './pdf.printer';

/**
 * A Chromium killed on a timeout cannot remove its own temporary files. Where the work root is too
 * long for its singleton socket to go inside the profile, the socket's directory sits in the work
 * root beside the profile; the printer removes both.
 */
describe('printPdf killed on its timeout, in a long work root', () => {
  const savedTmpdir = process.env.TMPDIR;
  let root: string;
  let files: string;
  let server: Server;
  let requests = 0;

  beforeAll(async () => {
    // Long enough that `<root>/plenary-chromium-<pid>-XXXXXX/t/org.chromium.Chromium.XXXXXX/SingletonSocket`
    // is over the 107 bytes of a Unix socket path.
    root = mkdtempSync(join(os.tmpdir(), 'plenary-pdf-printer-work-root-with-a-long-name-'));
    files = mkdtempSync(join(os.tmpdir(), 'plenary-pdf-printer-files-'));
    // Answers nothing: the page never finishes loading, so Chromium never prints.
    server = createServer(() => requests++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    // The worker's TMPDIR: its work root, and Chromium's (jest gives the test a copy of process.env,
    // which node's tmpdir does not read).
    process.env.TMPDIR = root;
    jest.spyOn(os, 'tmpdir').mockReturnValue(root);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    process.env.TMPDIR = savedTmpdir;
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    rmSync(root, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  });

  it('leaves nothing in the work root', async () => {
    const { port } = server.address() as AddressInfo;
    const html = join(files, 'page.html');
    writeFileSync(html, `<html><body><img src="http://127.0.0.1:${port}/never.png"></body></html>`);
    const seen = new Set<string>();
    const watch = setInterval(() => readdirSync(root).forEach((n) => seen.add(n.slice(0, -6))), 50);
    try {
      await expect(printPdf('/usr/bin/chromium', html, join(files, 'page.pdf'), 10_000)).rejects.toThrow(/timed out/);
    } finally {
      clearInterval(watch);
    }
    // Chromium was loading the page (past its start-up), with its socket's directory beside the profile…
    expect(requests).toBeGreaterThan(0);
    expect([...seen].sort()).toEqual(['org.chromium.Chromium.', `plenary-chromium-${process.pid}-`]);
    // …and neither is left.
    expect(readdirSync(root)).toEqual([]);
  }, 60_000);
});
