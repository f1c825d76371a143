/**
 * Dates as staff enter them: a round announces its dates in its reference time zone ("closes
 * 18:00 Vienna time"), so the form's date-time fields are read and written in that zone, whatever
 * the staff member's own. Framework-free, on Intl only (no time-zone library in the bundle).
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The wall-clock parts of `instant` in `zone`. */
function partsIn(instant: Date, zone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds (Vienna in summer: +2 h). */
export function zoneOffsetMs(instant: Date, zone: string): number {
  const p = partsIn(instant, zone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** An instant as the value of an `<input type="datetime-local">` in `zone`: "2026-03-29T18:00". */
export function toZonedInput(iso: string, zone: string): string {
  const p = partsIn(new Date(iso), zone);
  return `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant that a wall-clock time in `zone` names, as an ISO string in UTC; null when the value
 * is not a date-time. A time that the clocks skip (the spring change) is read one hour later, as
 * a clock on the wall would show it; a time that happens twice (autumn) is the first of the two.
 */
export function fromZonedInput(value: string, zone: string): string | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  // Date.UTC rolls 2026-02-31 over into March: such a date is not a date.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  // The zone's offset around that wall time: try the offset an hour before and after, and take the
  // earliest instant whose wall-clock reading in the zone is the one asked for.
  const candidates = [wall - 3 * 3_600_000, wall, wall + 3 * 3_600_000]
    .map((probe) => wall - zoneOffsetMs(new Date(probe), zone))
    .filter((t, i, all) => all.indexOf(t) === i)
    .sort((a, b) => a - b);
  const exact = candidates.find(
    (t) => toZonedInput(new Date(t).toISOString(), zone) === `${value.trim().slice(0, 16)}`,
  );
  if (exact !== undefined) return new Date(exact).toISOString();
  // In a gap: the instant after the change, read with the offset before it (18:30 → 19:30 summer time).
  return new Date(wall - zoneOffsetMs(new Date(wall - 3 * 3_600_000), zone)).toISOString();
}

/** The time zones a round can announce its dates in (the browser's list, as the api's). */
export function timeZones(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return supported.includes('UTC') ? supported : ['UTC', ...supported];
}

/** The staff member's own time zone (the browser's). */
export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
