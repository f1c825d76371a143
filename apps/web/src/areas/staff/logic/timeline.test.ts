import { describe, expect, it } from 'vitest';
import { layoutTimeline, ticksBetween } from './timeline';

const REGIONS = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'];
const round = (id: string, region: string, opens: string, closes: string, revisions: string) => ({
  id,
  region,
  title: id,
  opensAt: `${opens}T00:00:00Z`,
  closesAt: `${closes}T00:00:00Z`,
  revisionsCloseAt: `${revisions}T00:00:00Z`,
});

describe('session timeline', () => {
  const layout = layoutTimeline(
    [
      round('ag', 'AG', '2026-03-01', '2026-04-01', '2026-04-08'),
      round('weog', 'WEOG', '2026-03-15', '2026-04-15', '2026-04-15'),
    ],
    { startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-05-10T00:00:00Z' },
    REGIONS,
    1000,
    Date.parse('2026-03-20T00:00:00Z'),
  );

  it('has a row per region, empty where a region has no round', () => {
    expect(layout.rows.map((r) => [r.region, r.bars.length])).toEqual([
      ['AG', 1],
      ['APG', 0],
      ['EEG', 0],
      ['GRULAC', 0],
      ['WEOG', 1],
    ]);
  });

  it('places bars in order, inside the drawing, revisions after closing', () => {
    const ag = layout.rows[0].bars[0];
    const weog = layout.rows[4].bars[0];
    expect(ag.x).toBeGreaterThan(0);
    expect(weog.x).toBeGreaterThan(ag.x);
    expect(ag.revisionsX).toBeCloseTo(ag.x + ag.width, 5);
    expect(ag.revisionsWidth).toBeGreaterThan(0);
    expect(weog.revisionsWidth).toBe(0);
    expect(layout.session.x + layout.session.width).toBeLessThan(1000);
    expect(layout.session.x).toBeGreaterThan(weog.x + weog.width);
  });

  it('marks now when it falls in range', () => {
    expect(layout.now).not.toBeNull();
    expect(layout.now!).toBeGreaterThan(layout.rows[0].bars[0].x);
  });

  it('ticks each month start, or each Monday over a short range', () => {
    expect(
      ticksBetween(Date.parse('2026-01-15T00:00:00Z'), Date.parse('2026-06-02T00:00:00Z')).map((t) =>
        new Date(t).toISOString().slice(0, 10),
      ),
    ).toEqual(['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01']);
    const weeks = ticksBetween(Date.parse('2026-03-04T00:00:00Z'), Date.parse('2026-03-25T00:00:00Z'));
    expect(weeks.map((t) => new Date(t).getUTCDay())).toEqual([1, 1, 1]);
  });
});
