import { describe, expect, it } from 'vitest';
import { formatValue, summarise } from './audit-summary';

describe('audit before/after summaries', () => {
  it('lists each field once with both sides, marking what changed', () => {
    expect(summarise({ roles: [], name: 'A' }, { roles: ['MODERATOR'], name: 'A' })).toEqual([
      { field: 'roles', before: '—', after: 'MODERATOR', changed: true },
      { field: 'name', before: 'A', after: 'A', changed: false },
    ]);
  });

  it('shows fields present on one side only', () => {
    expect(summarise(null, { reason: 'Court order 12/2026' })).toEqual([
      { field: 'reason', before: null, after: 'Court order 12/2026', changed: true },
    ]);
    expect(summarise({ status: 'PENDING' }, { status: 'VERIFIED', note: null })).toEqual([
      { field: 'status', before: 'PENDING', after: 'VERIFIED', changed: true },
      { field: 'note', before: null, after: '—', changed: true },
    ]);
  });

  it('formats dates, lists, nested objects and booleans in one line', () => {
    const date = (iso: string) => `<${iso.slice(0, 10)}>`;
    expect(formatValue('2026-03-01T10:00:00.000Z', date)).toBe('<2026-03-01>');
    expect(formatValue('2026-03-01', date)).toBe('2026-03-01');
    expect(formatValue(['ar', 'zh'])).toBe('ar, zh');
    expect(formatValue({ sessionId: 'x', edition: 'PUBLIC' })).toBe('sessionId: x; edition: PUBLIC');
    expect(formatValue(false)).toBe('false');
    expect(formatValue(undefined)).toBe('—');
  });

  it('ignores summaries that are not objects', () => {
    expect(summarise('x', [1, 2])).toEqual([]);
  });
});
