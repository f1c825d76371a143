import { describe, expect, it } from 'vitest';
import { fromZonedInput, toZonedInput, zoneOffsetMs } from './zoned-time';

describe('zoned date-time fields', () => {
  it('reads a wall-clock time in the round’s zone, summer and winter', () => {
    expect(fromZonedInput('2026-07-01T18:00', 'Europe/Vienna')).toBe('2026-07-01T16:00:00.000Z');
    expect(fromZonedInput('2026-01-15T18:00', 'Europe/Vienna')).toBe('2026-01-15T17:00:00.000Z');
    expect(fromZonedInput('2026-03-10T09:30', 'Asia/Bangkok')).toBe('2026-03-10T02:30:00.000Z');
    expect(fromZonedInput('2026-03-10T09:30', 'America/Lima')).toBe('2026-03-10T14:30:00.000Z');
    expect(fromZonedInput('2026-03-10T09:30', 'UTC')).toBe('2026-03-10T09:30:00.000Z');
    // Half-hour and 45-minute offsets.
    expect(fromZonedInput('2026-03-10T12:00', 'Asia/Kolkata')).toBe('2026-03-10T06:30:00.000Z');
    expect(fromZonedInput('2026-03-10T12:00', 'Asia/Kathmandu')).toBe('2026-03-10T06:15:00.000Z');
  });

  it('writes an instant as the zone’s wall clock', () => {
    expect(toZonedInput('2026-07-01T16:00:00.000Z', 'Europe/Vienna')).toBe('2026-07-01T18:00');
    expect(toZonedInput('2026-12-31T23:30:00.000Z', 'Asia/Bangkok')).toBe('2027-01-01T06:30');
    expect(toZonedInput('2026-03-10T14:30:00.000Z', 'America/Lima')).toBe('2026-03-10T09:30');
  });

  it('round-trips every quarter hour across both clock changes in Vienna', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const value = `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const iso = fromZonedInput(value, 'Europe/Vienna');
        expect(iso).not.toBeNull();
        const skipped = day === '2026-03-29' && minutes >= 120 && minutes < 180;
        if (!skipped) expect(toZonedInput(iso!, 'Europe/Vienna')).toBe(value);
      }
    }
  });

  it('reads a skipped time (spring) one hour later and a repeated time (autumn) as the first', () => {
    expect(fromZonedInput('2026-03-29T02:30', 'Europe/Vienna')).toBe('2026-03-29T01:30:00.000Z');
    expect(toZonedInput('2026-03-29T01:30:00.000Z', 'Europe/Vienna')).toBe('2026-03-29T03:30');
    expect(fromZonedInput('2026-10-25T02:30', 'Europe/Vienna')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses what is not a date-time', () => {
    expect(fromZonedInput('', 'UTC')).toBeNull();
    expect(fromZonedInput('2026-02-31T10:00', 'UTC')).toBeNull();
    expect(fromZonedInput('tomorrow', 'UTC')).toBeNull();
  });

  it('knows the offset of a zone at an instant', () => {
    expect(zoneOffsetMs(new Date('2026-07-01T12:00:00Z'), 'Europe/Vienna')).toBe(2 * 3_600_000);
    expect(zoneOffsetMs(new Date('2026-01-01T12:00:00Z'), 'America/Lima')).toBe(-5 * 3_600_000);
  });
});
