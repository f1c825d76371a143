/**
 * Wall-clock times in an event's own time zone (what staff type, "14:00 in Vienna") to and from
 * instants, with the runtime's time-zone data (Intl), whatever the browser's own zone is.
 */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant;
}

/** "2026-03-03T14:00" in `zone` → its ISO instant; null for anything else. */
export function zonedToIso(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let instant = wall - offsetAt(wall, zone);
  instant = wall - offsetAt(instant, zone);
  return new Date(instant).toISOString();
}

/** An ISO instant → "2026-03-03T14:00" as the wall clock in `zone` shows it (for datetime-local inputs). */
export function isoToZoned(iso: string, zone: string): string {
  const instant = new Date(iso).getTime();
  return new Date(instant + offsetAt(instant, zone)).toISOString().slice(0, 16);
}
