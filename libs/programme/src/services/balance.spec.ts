import { OrganisationType, Region } from '@app/identity';
import { GenderIdentity } from '../entities';
import { balanceFigures, BalanceRow, breakdown } from './balance';

const row = (
  region: Region | null,
  organisationType: OrganisationType | null,
  genderIdentity: GenderIdentity | null,
  attended: boolean,
  count: number,
): BalanceRow => ({ region, organisationType, genderIdentity, attended, count });

const counts = (cells: { key: string; count: number | null }[]) =>
  Object.fromEntries(cells.map((c) => [c.key, c.count]));

/**
 * The fixture, counted by hand: 23 registrants.
 *   AG NGO woman ×7 (5 attended) · AG ACADEMIA man ×3 (1 attended) · WEOG NGO woman ×6 (6 attended)
 *   GRULAC NGO non-binary ×2 (0) · no organisation, gender not given ×4 (2 attended) · APG OTHER prefer-not-to-say ×1 (1)
 * Registrants by region: AG 10, WEOG 6, GRULAC 2, APG 1, NONE 4, EEG 0.
 * By type: NGO 15, ACADEMIA 3, OTHER 1, NONE 4. By gender: WOMAN 13, MAN 3, NON_BINARY 2, NOT_STATED 5.
 * Attendees (15): AG 6, WEOG 6, APG 1, NONE 2 · NGO 11, ACADEMIA 1, OTHER 1, NONE 2 · WOMAN 11, MAN 1, NOT_STATED 3.
 */
const ROWS: BalanceRow[] = [
  row(Region.AG, OrganisationType.NGO, GenderIdentity.WOMAN, true, 5),
  row(Region.AG, OrganisationType.NGO, GenderIdentity.WOMAN, false, 2),
  row(Region.AG, OrganisationType.ACADEMIA, GenderIdentity.MAN, true, 1),
  row(Region.AG, OrganisationType.ACADEMIA, GenderIdentity.MAN, false, 2),
  row(Region.WEOG, OrganisationType.NGO, GenderIdentity.WOMAN, true, 6),
  row(Region.GRULAC, OrganisationType.NGO, GenderIdentity.NON_BINARY, false, 2),
  row(null, null, null, true, 2),
  row(null, null, null, false, 2),
  row(Region.APG, OrganisationType.OTHER, GenderIdentity.PREFER_NOT_TO_SAY, true, 1),
];

describe('balance figures', () => {
  it('gives staff the exact counts', () => {
    const b = balanceFigures(ROWS, true);
    expect(b.registrants.total.count).toBe(23);
    expect(counts(b.registrants.byRegion)).toEqual({ AG: 10, APG: 1, EEG: 0, GRULAC: 2, WEOG: 6, NONE: 4 });
    expect(counts(b.registrants.byOrganisationType)).toEqual({
      NGO: 15,
      ACADEMIA: 3,
      PRIVATE_SECTOR: 0,
      TECHNICAL_COMMUNITY: 0,
      OTHER: 1,
      NONE: 4,
    });
    expect(counts(b.registrants.byGender)).toEqual({
      WOMAN: 13,
      MAN: 3,
      NON_BINARY: 2,
      SELF_DESCRIBED: 0,
      NOT_STATED: 5,
    });
    expect(b.attendees.total.count).toBe(15);
    expect(counts(b.attendees.byRegion)).toEqual({ AG: 6, APG: 1, EEG: 0, GRULAC: 0, WEOG: 6, NONE: 2 });
    expect(counts(b.attendees.byGender)).toEqual({
      WOMAN: 11,
      MAN: 1,
      NON_BINARY: 0,
      SELF_DESCRIBED: 0,
      NOT_STATED: 3,
    });
    expect(b.registrants.byGender.find((c) => c.key === 'MAN')).toMatchObject({ fewerThanFive: true, withheld: false });
  });

  it('shows "fewer than 5" everywhere else, and withholds the count that would give a single small one away', () => {
    const b = balanceFigures(ROWS, false);
    expect(b.exact).toBe(false);
    expect(b.registrants.total).toMatchObject({ count: 23, withheld: false });
    // Regions: APG 1, GRULAC 2 and NONE 4 are small (three hidden: none can be worked out).
    expect(counts(b.registrants.byRegion)).toEqual({ AG: 10, APG: null, EEG: 0, GRULAC: null, WEOG: 6, NONE: null });
    // Gender: MAN 3 and NON_BINARY 2 are small; NOT_STATED 5 is shown.
    expect(counts(b.registrants.byGender)).toEqual({
      WOMAN: 13,
      MAN: null,
      NON_BINARY: null,
      SELF_DESCRIBED: 0,
      NOT_STATED: 5,
    });
    // Attendees by type: only OTHER 1 is small — alone it would be 15 − 11 − 1 − 2... so NONE 2 is small too;
    // by gender: MAN 1 and NOT_STATED 3 are small.
    expect(counts(b.attendees.byOrganisationType)).toEqual({
      NGO: 11,
      ACADEMIA: null,
      PRIVATE_SECTOR: 0,
      TECHNICAL_COMMUNITY: 0,
      OTHER: null,
      NONE: null,
    });
    expect(counts(b.attendees.byGender)).toEqual({
      WOMAN: 11,
      MAN: null,
      NON_BINARY: 0,
      SELF_DESCRIBED: 0,
      NOT_STATED: null,
    });
    for (const cell of [...b.registrants.byRegion, ...b.attendees.byGender])
      if (cell.count === null) expect(cell.withheld).toBe(true);
  });

  it('withholds a second count when only one would be hidden (total minus the rest would give it)', () => {
    // 12 people: WOMAN 10, MAN 2 → MAN is small; WOMAN would give it away, so both are withheld.
    const cells = breakdown(
      ['WOMAN', 'MAN', 'NON_BINARY'],
      new Map([
        ['WOMAN', 10],
        ['MAN', 2],
      ]),
      false,
    );
    expect(cells).toEqual([
      { key: 'WOMAN', count: null, fewerThanFive: false, withheld: true },
      { key: 'MAN', count: null, fewerThanFive: true, withheld: true },
      { key: 'NON_BINARY', count: 0, fewerThanFive: false, withheld: false },
    ]);
    // With another count to spare, the smallest one is withheld.
    const three = breakdown(
      ['A', 'B', 'C'],
      new Map([
        ['A', 20],
        ['B', 7],
        ['C', 3],
      ]),
      false,
    );
    expect(counts(three)).toEqual({ A: 20, B: null, C: null });
    // A total below 5 is withheld too (and every count in it).
    const tiny = balanceFigures([row(Region.AG, OrganisationType.NGO, GenderIdentity.WOMAN, true, 3)], false);
    expect(tiny.registrants.total).toMatchObject({ count: null, fewerThanFive: true, withheld: true });
    expect(counts(tiny.registrants.byRegion).AG).toBeNull();
  });
});
