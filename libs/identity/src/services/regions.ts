import { isISO31661Alpha2 } from 'class-validator';
import groups from '../reference/un-regional-groups.json';
import { Region } from '../entities';

const BY_COUNTRY = new Map<string, Region | null>(
  groups.countries.map((c) => [c.iso2, (c.group as Region | null) ?? null]),
);

/** True for ISO 3166-1 alpha-2 codes and the few user-assigned ones the reference lists (XK). */
export function isKnownCountry(code: string): boolean {
  return isISO31661Alpha2(code) || BY_COUNTRY.has(code);
}

/**
 * The UN regional group of a country, or null where it is in none (Kosovo, Taiwan, Hong Kong,
 * Macao, the Holy See, or a code the reference lacks) — then the organisation chooses.
 */
export function regionOfCountry(code: string): Region | null {
  return BY_COUNTRY.get(code) ?? null;
}

/** Every country the reference lists, with its UN regional group (null: the organisation chooses). */
export function listCountries(): { code: string; region: Region | null }[] {
  return [...BY_COUNTRY].map(([code, region]) => ({ code, region }));
}
