import { Region } from '@app/identity';
import { DigestEdition } from '../entities';

/** One entry of a digest: a submission's approved version, attributed as the edition allows. */
export interface DigestEntry {
  id: string;
  version: number;
  contentHash: string;
  region: Region;
  title: string;
  attribution: string;
  cosigners: string[];
  language: string;
  tags: { category: string; slug: string; label: string }[];
  provisions: { id: string; title: string }[];
  summary: string;
  text: string;
}

export interface RegionStats {
  region: Region;
  submissions: number;
  withGenderTag: number;
  withHumanRightsTag: number;
}

export interface DigestStatistics {
  submissions: number;
  byRegion: RegionStats[];
  byTag: { category: string; slug: string; label: string; submissions: number }[];
}

export interface DigestSession {
  id: string;
  title: string;
  processName: string;
  location: string;
  startsAt: string;
  endsAt: string;
}

/** What every format knows before the first entry. */
export interface DigestContext {
  session: DigestSession;
  edition: DigestEdition;
  statistics: DigestStatistics;
}

/** Known only once every entry is written: shown at the top of each file, outside the hashed content. */
export interface DigestCover {
  version: number;
  contentHash: string;
  submissionCount: number;
  compiledAt: string;
}

export interface DigestChanges {
  previousVersion: number | null;
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  changed: { id: string; title: string }[];
}

export interface IndexTag {
  category: string;
  slug: string;
  label: string;
}

/**
 * A file format. Entries stream through `entry()` in digest order; `finish()` writes the cover,
 * statistics and changes in front of them and returns the finished file's path.
 */
export interface DigestWriter {
  readonly extension: string;
  start(context: DigestContext): Promise<void>;
  section(region: Region): Promise<void>;
  entry(entry: DigestEntry): Promise<void>;
  indexTag(tag: IndexTag): Promise<void>;
  indexEntry(entry: { id: string; title: string }): Promise<void>;
  finish(cover: DigestCover, changes: DigestChanges): Promise<string>;
}

export const REGION_TITLES: Record<Region, string> = {
  [Region.AG]: 'African Group',
  [Region.APG]: 'Asia-Pacific Group',
  [Region.EEG]: 'Eastern European Group',
  [Region.GRULAC]: 'Latin American and Caribbean Group',
  [Region.WEOG]: 'Western European and Others Group',
};

/** Right-to-left scripts among the languages Plenary accepts. */
export const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

export const EDITION_TITLES: Record<DigestEdition, string> = {
  [DigestEdition.PUBLIC]: 'Public edition',
  [DigestEdition.INTERNAL]: 'Internal edition (not for publication)',
};
