import { describe, expect, it } from 'vitest';
import { DraftQueue, MemoryDraftStorage, type SendResult, type StoredDraft } from './draft-queue';

type Text = { title: string; body: string };

function queue(): { q: DraftQueue<Text>; storage: MemoryDraftStorage<Text>; tick: () => void } {
  let t = 0;
  const storage = new MemoryDraftStorage<Text>();
  return { q: new DraftQueue(storage, () => t), storage, tick: () => void t++ };
}

describe('DraftQueue', () => {
  it('keeps only the latest text of a draft, with the version it was based on', async () => {
    const { q } = queue();
    await q.keep('s1', { title: 'A', body: 'one' }, 3);
    await q.keep('s1', { title: 'A', body: 'one two' }, 3);
    expect(await q.pending('s1')).toMatchObject({ value: { body: 'one two' }, baseVersion: 3 });
  });

  it('sends queued drafts oldest first with their base version, and forgets what the server took', async () => {
    const { q, storage, tick } = queue();
    await q.keep('b', { title: 'B', body: 'b' }, 1);
    tick();
    await q.keep('a', { title: 'A', body: 'a' }, 4);
    const seen: [string, number][] = [];
    const report = await q.flush((d) => {
      seen.push([d.key, d.baseVersion]);
      return Promise.resolve({ ok: true, version: d.baseVersion + 1 });
    });
    expect(seen).toEqual([
      ['b', 1],
      ['a', 4],
    ]);
    expect(report).toEqual({ sent: ['b', 'a'], conflicts: [], rejected: [], stoppedOffline: false });
    expect(await storage.all()).toEqual([]);
  });

  it('stops at the first network failure and loses nothing', async () => {
    const { q, storage, tick } = queue();
    await q.keep('a', { title: 'A', body: 'a' }, 1);
    tick();
    await q.keep('b', { title: 'B', body: 'b' }, 1);
    let calls = 0;
    const report = await q.flush(() => {
      calls++;
      return Promise.resolve<SendResult>({ ok: false, reason: 'offline' });
    });
    expect(calls).toBe(1);
    expect(report.stoppedOffline).toBe(true);
    expect((await storage.all()).map((d) => d.key).sort()).toEqual(['a', 'b']);
  });

  it('marks a stale draft as a conflict, keeps it, and does not resend it blindly', async () => {
    const { q } = queue();
    await q.keep('a', { title: 'A', body: 'mine' }, 1);
    const report = await q.flush(() => Promise.resolve<SendResult>({ ok: false, reason: 'conflict' }));
    expect(report.conflicts).toEqual(['a']);
    expect(await q.pending('a')).toMatchObject({ conflict: true, value: { body: 'mine' } });
    let resent = false;
    await q.flush(() => {
      resent = true;
      return Promise.resolve<SendResult>({ ok: true, version: 2 });
    });
    expect(resent).toBe(false);
  });

  it('keeps a newer edit made while an older one was being confirmed', async () => {
    const { q } = queue();
    await q.keep('a', { title: 'A', body: 'v1' }, 1);
    const report = await q.flush(async (d: StoredDraft<Text>) => {
      await q.keep('a', { title: 'A', body: 'v2 typed during the send' }, d.baseVersion);
      return { ok: true, version: 2 };
    });
    expect(report.sent).toEqual(['a']);
    expect(await q.pending('a')).toMatchObject({ value: { body: 'v2 typed during the send' } });
  });

  it('keeps a draft the server refused for its content', async () => {
    const { q } = queue();
    await q.keep('a', { title: '', body: 'x' }, 1);
    const report = await q.flush(() => Promise.resolve<SendResult>({ ok: false, reason: 'rejected' }));
    expect(report.rejected).toEqual(['a']);
    expect(await q.pending('a')).toBeDefined();
  });
});
