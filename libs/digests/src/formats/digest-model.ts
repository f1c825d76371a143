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

/**
 * An entry of a section another context adds to the digest (see DigestSectionRegistry): an item that
 * is public as it stands, such as a side meeting's recorded outcome. Nothing in it is hidden from
 * either edition, so its source includes only what the public may read.
 */
export interface DigestSectionEntry {
  /** The item's id (for outcomes, the event's): changes between versions are matched on it. */
  id: string;
  /** The item's own version: a change to it changes the entry. */
  version: number;
  title: string;
  /** What kind of item it is, as a code (e.g. SIDE_MEETING) and as the digest shows it. */
  type: string;
  typeLabel: string;
  startsAt: string;
  endsAt: string;
  /** The reference time zone the dates are shown in (IANA). */
  timeZone: string;
  regions: Region[];
  /** The language the item was held in when it was one, which sets the text's direction; null otherwise. */
  language: string | null;
  /** Held under the Chatham House Rule: the entry is attributed to nobody. */
  chathamHouse: boolean;
  /** People who agreed to be named; always empty under the Chatham House Rule. */
  speakers: string[];
  tags: { category: string; slug: string; label: string }[];
  provisions: { id: string; title: string }[];
  /** Markdown; the writers render it as they render a submission's text (HTML sanitised). */
  keyMessages: string;
}

/** A section another context adds after the regions' submissions; only non-empty ones reach the writers. */
export interface DigestSection {
  key: string;
  title: string;
  entries: DigestSectionEntry[];
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

/** One changed item: a submission, or (with `section`, that section's title) an entry of an added section. */
export interface DigestChange {
  id: string;
  title: string;
  section?: string;
}

export interface DigestChanges {
  previousVersion: number | null;
  added: DigestChange[];
  removed: DigestChange[];
  changed: DigestChange[];
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
  /** A section another context adds (never an empty one), after the last region and before the index. */
  extraSection(section: DigestSection): Promise<void>;
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

/** The front matter's link and each format's anchor for an added section. */
export const sectionAnchor = (key: string): string => `section-${key}`;

/**
 * When an entry of an added section took place, in its reference time zone:
 * "12 January 2030, 10:00–12:00 (Europe/Vienna)".
 */
export function sectionEntryWhen(e: Pick<DigestSectionEntry, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: e.timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${format.formatRange(new Date(e.startsAt), new Date(e.endsAt))} (${e.timeZone})`;
}

/** Who an entry of an added section is attributed to, in the words every format uses. */
export function sectionEntryAttribution(e: Pick<DigestSectionEntry, 'chathamHouse' | 'speakers'>): string {
  if (e.chathamHouse) return 'Held under the Chatham House Rule: not attributed';
  return e.speakers.length ? `Speakers: ${e.speakers.join('; ')}` : '';
}

/** An added section entry's details line (type, when, regions, attribution, tags, provisions), parts in order. */
export function sectionEntryMeta(e: DigestSectionEntry): string[] {
  return [
    e.typeLabel,
    sectionEntryWhen(e),
    e.regions.length ? e.regions.map((r) => REGION_TITLES[r]).join(', ') : '',
    sectionEntryAttribution(e),
    e.tags.length ? `tags: ${e.tags.map((t) => t.label).join(', ')}` : '',
    e.provisions.length ? `provisions: ${e.provisions.map((p) => p.title).join(', ')}` : '',
  ].filter(Boolean);
}

export const EDITION_TITLES: Record<DigestEdition, string> = {
  [DigestEdition.PUBLIC]: 'Public edition',
  [DigestEdition.INTERNAL]: 'Internal edition (not for publication)',
};
