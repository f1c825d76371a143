import { describe, expect, it } from 'vitest';
import { isoToZoned, zonedToIso } from './zoned';

describe('wall-clock times in an event’s time zone', () => {
  it('reads 14:00 in Vienna as 13:00 UTC in winter and 12:00 UTC in summer', () => {
    expect(zonedToIso('2026-03-03T14:00', 'Europe/Vienna')).toBe('2026-03-03T13:00:00.000Z');
    expect(zonedToIso('2026-07-03T14:00', 'Europe/Vienna')).toBe('2026-07-03T12:00:00.000Z');
    expect(zonedToIso('2026-03-03T09:30', 'America/New_York')).toBe('2026-03-03T14:30:00.000Z');
    expect(zonedToIso('2026-03-03T09:30', 'UTC')).toBe('2026-03-03T09:30:00.000Z');
    expect(zonedToIso('not a time', 'UTC')).toBeNull();
  });

  it('turns an instant back into the wall clock of the zone', () => {
    for (const zone of ['Europe/Vienna', 'Asia/Kolkata', 'America/Bogota', 'UTC']) {
      expect(isoToZoned(zonedToIso('2026-10-25T09:15', zone)!, zone)).toBe('2026-10-25T09:15');
    }
  });
});
