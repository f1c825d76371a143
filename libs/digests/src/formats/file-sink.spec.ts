import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSink } from './file-sink';

describe('FileSink', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plenary-sink-'));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps every piece, in order, across the points where it hands text to the file', async () => {
    const sink = new FileSink(join(dir, 'out.txt'));
    const pieces = Array.from({ length: 20_000 }, (_, i) => `${i}:حقوق·人权·${'x'.repeat(i % 13)}\n`);
    for (const piece of pieces) await sink.write(piece);
    await sink.write('x'.repeat(200_000)); // one piece bigger than the gathering size
    await sink.write('end');
    await sink.close();
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe(`${pieces.join('')}${'x'.repeat(200_000)}end`);
  });

  it('appends another sink’s file after its own pending text', async () => {
    const part = new FileSink(join(dir, 'part.txt'));
    await part.write('body');
    await part.close();
    const file = new FileSink(join(dir, 'whole.txt'));
    await file.write('head|');
    await file.append(part.path);
    await file.write('|tail');
    await file.close();
    expect(await readFile(join(dir, 'whole.txt'), 'utf8')).toBe('head|body|tail');
  });
});
