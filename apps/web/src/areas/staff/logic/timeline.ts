/**
 * The timeline of a session's rounds: one row per region, a bar from opening to closing and a
 * lighter one on to the end of revisions, the session itself as a band. Pure geometry in a
 * 0–`width` coordinate space (the SVG flips it for right-to-left pages).
 */
export interface TimelineRound {
  id: string;
  region: string;
  title: string;
  opensAt: string;
  closesAt: string;
  revisionsCloseAt: string;
}

export interface TimelineBar {
  id: string;
  title: string;
  /** Submissions: opensAt → closesAt. */
  x: number;
  width: number;
  /** Revisions: closesAt → revisionsCloseAt. */
  revisionsX: number;
  revisionsWidth: number;
}

export interface TimelineLayout {
  start: number;
  end: number;
  rows: { region: string; bars: TimelineBar[] }[];
  session: { x: number; width: number };
  /** First day of each month in range (or of each week when the range is short). */
  ticks: { x: number; at: number }[];
  /** Where "now" falls, when it is in range. */
  now: number | null;
}

const DAY = 86_400_000;

export function layoutTimeline(
  rounds: TimelineRound[],
  session: { startsAt: string; endsAt: string },
  regions: readonly string[],
  width: number,
  now: number,
): TimelineLayout {
  const times = [
    Date.parse(session.startsAt),
    Date.parse(session.endsAt),
    ...rounds.flatMap((r) => [Date.parse(r.opensAt), Date.parse(r.revisionsCloseAt), Date.parse(r.closesAt)]),
  ];
  // A little room either side, so bars that start or end at the edge are visible as such.
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(DAY, (max - min) * 0.03);
  const start = min - pad;
  const end = max + pad;
  const x = (t: number): number => ((t - start) / (end - start)) * width;
  const span = (from: number, to: number) => ({ x: x(from), width: Math.max(2, x(to) - x(from)) });
  const rows = regions.map((region) => ({
    region,
    bars: rounds
      .filter((r) => r.region === region)
      .map((r) => {
        const open = span(Date.parse(r.opensAt), Date.parse(r.closesAt));
        const revisions = span(Date.parse(r.closesAt), Date.parse(r.revisionsCloseAt));
        return {
          id: r.id,
          title: r.title,
          x: open.x,
          width: open.width,
          revisionsX: revisions.x,
          revisionsWidth: Date.parse(r.revisionsCloseAt) > Date.parse(r.closesAt) ? revisions.width : 0,
        };
      }),
  }));
  return {
    start,
    end,
    rows,
    session: span(Date.parse(session.startsAt), Date.parse(session.endsAt)),
    ticks: ticksBetween(start, end).map((at) => ({ at, x: x(at) })),
    now: now >= start && now <= end ? x(now) : null,
  };
}

/** Month starts (UTC) between start and end; week starts (Mondays) when fewer than three months. */
export function ticksBetween(start: number, end: number): number[] {
  const ticks: number[] = [];
  const from = new Date(start);
  if (end - start < 90 * DAY) {
    const d = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    const monday = d + ((8 - new Date(d).getUTCDay()) % 7) * DAY;
    for (let t = monday; t <= end; t += 7 * DAY) if (t >= start) ticks.push(t);
    return ticks;
  }
  for (let m = Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1); m <= end;) {
    ticks.push(m);
    const d = new Date(m);
    m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return ticks;
}
