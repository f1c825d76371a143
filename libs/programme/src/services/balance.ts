import { OrganisationType, Region } from '@app/identity';
import { GenderIdentity } from '../entities';

/**
 * Balance figures: registrants and attendees by region, organisation type and gender. Outside the
 * staff console a count from 1 to 4 reads "fewer than 5" (SMALL_COUNT), so nobody in a small group
 * can be singled out. Where a breakdown would hide exactly one such count, the smallest other
 * non-zero count is withheld too: otherwise the total minus the shown counts would give it away.
 */
export const SMALL_COUNT = 5;

export const REGION_KEYS = [...Object.values(Region), 'NONE'] as const;
export const ORGANISATION_TYPE_KEYS = [...Object.values(OrganisationType), 'NONE'] as const;
export const GENDER_KEYS = ['WOMAN', 'MAN', 'NON_BINARY', 'SELF_DESCRIBED', 'NOT_STATED'] as const;

/** One row of the grouped counts: a registration's region, organisation type, gender and attendance. */
export interface BalanceRow {
  region: Region | null;
  organisationType: OrganisationType | null;
  genderIdentity: GenderIdentity | null;
  attended: boolean;
  count: number;
}

export interface BalanceCell {
  key: string;
  /** Null when withheld. */
  count: number | null;
  /** True when the count is from 1 to 4 (shown as such to staff, withheld for everyone else). */
  fewerThanFive: boolean;
  /** True when the count is not shown (a small count, or one that would reveal a small count). */
  withheld: boolean;
}

export interface BalanceGroup {
  total: BalanceCell;
  byRegion: BalanceCell[];
  byOrganisationType: BalanceCell[];
  byGender: BalanceCell[];
}

export interface BalanceFigures {
  exact: boolean;
  registrants: BalanceGroup;
  attendees: BalanceGroup;
}

const small = (n: number): boolean => n > 0 && n < SMALL_COUNT;

export const genderKey = (g: GenderIdentity | null): (typeof GENDER_KEYS)[number] =>
  g === null || g === GenderIdentity.PREFER_NOT_TO_SAY ? 'NOT_STATED' : g;

/** One breakdown's cells, in `keys` order, with small counts withheld unless `exact`. */
export function breakdown(keys: readonly string[], counts: Map<string, number>, exact: boolean): BalanceCell[] {
  const cells = keys.map((key) => {
    const n = counts.get(key) ?? 0;
    return { key, n, fewerThanFive: small(n), withheld: !exact && small(n) };
  });
  if (!exact && cells.filter((c) => c.withheld).length === 1) {
    const next = cells
      .filter((c) => !c.withheld && c.n > 0)
      .sort((a, b) => a.n - b.n || keys.indexOf(a.key) - keys.indexOf(b.key))[0];
    if (next) next.withheld = true;
  }
  return cells.map((c) => ({
    key: c.key,
    count: c.withheld ? null : c.n,
    fewerThanFive: c.fewerThanFive,
    withheld: c.withheld,
  }));
}

function group(rows: readonly BalanceRow[], exact: boolean): BalanceGroup {
  const tally = (keyOf: (r: BalanceRow) => string) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(keyOf(r), (m.get(keyOf(r)) ?? 0) + r.count);
    return m;
  };
  const total = rows.reduce((n, r) => n + r.count, 0);
  return {
    total: {
      key: 'TOTAL',
      count: !exact && small(total) ? null : total,
      fewerThanFive: small(total),
      withheld: !exact && small(total),
    },
    byRegion: breakdown(
      REGION_KEYS,
      tally((r) => r.region ?? 'NONE'),
      exact,
    ),
    byOrganisationType: breakdown(
      ORGANISATION_TYPE_KEYS,
      tally((r) => r.organisationType ?? 'NONE'),
      exact,
    ),
    byGender: breakdown(
      GENDER_KEYS,
      tally((r) => genderKey(r.genderIdentity)),
      exact,
    ),
  };
}

/** Registrants (confirmed and waiting) and attendees from grouped counts of live registrations. */
export function balanceFigures(rows: readonly BalanceRow[], exact: boolean): BalanceFigures {
  return {
    exact,
    registrants: group(rows, exact),
    attendees: group(
      rows.filter((r) => r.attended),
      exact,
    ),
  };
}
