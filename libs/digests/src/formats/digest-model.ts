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
 * An entry of the "Side meetings and trainings" section (kind `outcomes`): an event's recorded
 * outcome. Nothing in it is hidden from either edition, so its source includes only what the public
 * may read.
 */
export interface DigestOutcomeEntry {
  /** The event's id: changes between versions are matched on it. */
  id: string;
  /** The outcome's own version: a change to it changes the entry. */
  version: number;
  title: string;
  /** What kind of event it is, as a code (e.g. SIDE_MEETING) and as the digest shows it. */
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

/** A cited publication's open-access file, as anyone downloads it. */
export interface DigestCitationFile {
  /** The absolute public download link. */
  url: string;
  name: string;
  bytes: number;
  sha256: string;
}

/**
 * An entry of the "Publications" section (kind `citations`): a published publication of the
 * programme that informs the session. Only what the public reads of it: never a draft, the storage
 * key or who prepared it.
 */
export interface DigestCitationEntry {
  /** The publication's id: changes between versions are matched on it. */
  id: string;
  /** The publication's own version: any edit (or a new file) changes the entry. */
  version: number;
  title: string;
  /** What kind of publication it is, as a code (e.g. REPORT) and as the digest shows it. */
  kind: string;
  kindLabel: string;
  /** People who agreed to be named, in the publication's order. */
  authors: string[];
  publishedAt: string;
  /** The language it is written in, which sets the text's direction. */
  language: string;
  /** Its DOI (10.1234/abcd); the writers link it through https://doi.org/. */
  doi: string | null;
  /** Where it is published elsewhere (https). */
  url: string | null;
  file: DigestCitationFile | null;
  tags: { category: string; slug: string; label: string }[];
  provisions: { id: string; title: string }[];
  /** Plain text (not Markdown), as the publication pages show it. */
  abstract: string;
}

/** The entries each kind of added section holds. */
export interface DigestSectionEntries {
  outcomes: DigestOutcomeEntry;
  citations: DigestCitationEntry;
}
export type DigestSectionKind = keyof DigestSectionEntries;

/** An added section of one kind: every entry of a section has the same shape. */
export interface DigestSectionOf<K extends DigestSectionKind> {
  kind: K;
  key: string;
  title: string;
  entries: DigestSectionEntries[K][];
}

/** A section another context adds after the regions' submissions; only non-empty ones reach the writers. */
export type DigestSection = { [K in DigestSectionKind]: DigestSectionOf<K> }[DigestSectionKind];

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

/**
 * One changed item: a submission, or (with `section`, that section's title, and `sectionKey`, its
 * key) an entry of an added section.
 */
export interface DigestChange {
  id: string;
  title: string;
  section?: string;
  sectionKey?: string;
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

export const EDITION_TITLES: Record<DigestEdition, string> = {
  [DigestEdition.PUBLIC]: 'Public edition',
  [DigestEdition.INTERNAL]: 'Internal edition (not for publication)',
};
