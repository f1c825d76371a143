import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  DISCLOSURES,
  namesOrganisationOutside,
  ORGANISATION_VISIBILITY,
  PERSON_VISIBILITY,
} from './disclosure';

describe('disclosure table', () => {
  it('has a cell for every level and audience', () => {
    for (const level of DISCLOSURES)
      expect(Object.keys(ORGANISATION_VISIBILITY[level]).sort()).toEqual([...AUDIENCES].sort());
  });

  it('follows PRODUCT.md: public outputs per level', () => {
    expect(ORGANISATION_VISIBILITY.NAMED.public).toBe('name');
    expect(ORGANISATION_VISIBILITY.REGION_ONLY.public).toBe('region');
    expect(ORGANISATION_VISIBILITY.ANONYMOUS.public).toBe('region');
    expect(ORGANISATION_VISIBILITY.INTERNAL_ONLY.public).toBe('nothing');
  });

  it('keeps ANONYMOUS from everyone outside the organisation, staff only by a recorded reveal', () => {
    expect(namesOrganisationOutside('ANONYMOUS')).toBe(false);
    expect(ORGANISATION_VISIBILITY.ANONYMOUS.moderators).not.toBe('name');
    expect(ORGANISATION_VISIBILITY.ANONYMOUS.staff).toBe('revealOnly');
    expect(ORGANISATION_VISIBILITY.ANONYMOUS.digest).toBe('region');
  });

  it('lets moderators see the organisation for every level but ANONYMOUS', () => {
    expect(DISCLOSURES.filter((l) => ORGANISATION_VISIBILITY[l].moderators === 'name')).toEqual([
      'NAMED',
      'REGION_ONLY',
      'INTERNAL_ONLY',
    ]);
  });

  it('never shows the person’s name outside their organisation', () => {
    expect(Object.values(PERSON_VISIBILITY).every((v) => v === 'nothing')).toBe(true);
  });
});
