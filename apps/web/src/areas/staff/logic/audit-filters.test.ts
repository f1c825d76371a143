import { describe, expect, it } from 'vitest';
import { readFilters, toApiFilter, writeFilters } from './audit-filters';

describe('audit filters in the address', () => {
  it('round-trips through the query string, dropping empty ones', () => {
    const f = readFilters(
      new URLSearchParams('entityType=Submission&action=submission.submitter_revealed&from=2026-03-01'),
    );
    expect(f).toEqual({
      entityType: 'Submission',
      entityId: '',
      action: 'submission.submitter_revealed',
      actor: '',
      from: '2026-03-01',
      to: '',
    });
    expect(writeFilters(f).toString()).toBe(
      'entityType=Submission&action=submission.submitter_revealed&from=2026-03-01',
    );
  });

  it('ignores values the api would refuse (not a uuid, not a day)', () => {
    const f = readFilters(new URLSearchParams('actor=nobody&from=yesterday&to=2026-13-45x'));
    expect(f.actor).toBe('');
    expect(f.from).toBe('');
    expect(f.to).toBe('');
  });

  it('makes "to" include the whole day, in the reader’s own calendar', () => {
    const api = toApiFilter({
      entityType: '',
      entityId: '',
      action: '',
      actor: '',
      from: '2026-03-03',
      to: '2026-03-05',
    });
    expect(new Date(api.from!).getDate()).toBe(3);
    expect(new Date(api.from!).getHours()).toBe(0);
    expect(new Date(api.to!).getDate()).toBe(6);
    expect(Date.parse(api.to!) - Date.parse(api.from!)).toBeGreaterThanOrEqual(3 * 86_400_000 - 3_600_000);
  });

  it('passes the actor as actorId', () => {
    const id = '0b7e6a52-3c1d-4d7a-9a5e-2f6f0c9b1e21';
    expect(toApiFilter(readFilters(new URLSearchParams(`actor=${id}`)))).toEqual({ actorId: id });
  });
});
