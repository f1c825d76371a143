import { createHash } from 'node:crypto';
import {
  DigestCitationEntry,
  DigestOutcomeEntry,
  DigestSection,
  DigestSectionKind,
  DigestSectionOf,
  REGION_TITLES,
} from './digest-model';

/** An absolute link an added section's entry shows, with what it leads to (in English). */
export interface SectionEntryLink {
  label: string;
  href: string;
}

/**
 * What every format shows of an added section's entry, whatever its kind. Each kind's rules (its
 * details line, links, body, CSV columns and canonical JSON) are decided here once; the writers only
 * lay the view out.
 */
export interface SectionEntryView {
  id: string;
  version: number;
  title: string;
  /** The id of its HTML <article>. */
  anchor: string;
  /** Its one language (sets lang and dir), or null: laid out as its text starts. */
  language: string | null;
  /** The details line's parts, in English, in order. */
  meta: string[];
  /** Shown under the details line; none for an outcome. */
  links: SectionEntryLink[];
  /** The body: Markdown (an outcome's key messages) or plain text (a publication's abstract). */
  text: { markdown: string } | { plain: string };
  tags: { category: string; slug: string; label: string }[];
  provisions: { id: string; title: string }[];
  /** The CSV row's columns whose meaning differs by kind (the summary follows the section's title). */
  csv: { regions: string; attribution: string; summary: string };
  /** The entry as the JSON holds it, keys in canonical order: also what its hashes are computed from. */
  canonical: DigestOutcomeEntry | DigestCitationEntry;
}

/** A link or a plain text's form of a link: "DOI: https://doi.org/…". */
export const linkText = (l: SectionEntryLink): string => `${l.label}: ${l.href}`;

/** The body as one string: the Markdown or the plain text. */
export const viewText = (v: SectionEntryView): string => ('markdown' in v.text ? v.text.markdown : v.text.plain);

/** A plain text's paragraphs (separated by blank lines), each on one line. */
export const plainParagraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

const tagsPart = (tags: { label: string }[]): string =>
  tags.length ? `tags: ${tags.map((t) => t.label).join(', ')}` : '';
const provisionsPart = (provisions: { title: string }[]): string =>
  provisions.length ? `provisions: ${provisions.map((p) => p.title).join(', ')}` : '';

// ---- Outcomes ("Side meetings and trainings") ----

/**
 * When an outcome's event took place, in its reference time zone:
 * "12 January 2030, 10:00–12:00 (Europe/Vienna)".
 */
export function sectionEntryWhen(e: Pick<DigestOutcomeEntry, 'startsAt' | 'endsAt' | 'timeZone'>): string {
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

/** Who an outcome is attributed to, in the words every format uses. */
export function sectionEntryAttribution(e: Pick<DigestOutcomeEntry, 'chathamHouse' | 'speakers'>): string {
  if (e.chathamHouse) return 'Held under the Chatham House Rule: not attributed';
  return e.speakers.length ? `Speakers: ${e.speakers.join('; ')}` : '';
}

function canonicalOutcome(e: DigestOutcomeEntry): DigestOutcomeEntry {
  return {
    id: e.id,
    version: e.version,
    title: e.title,
    type: e.type,
    typeLabel: e.typeLabel,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    regions: [...e.regions],
    language: e.language,
    chathamHouse: e.chathamHouse,
    speakers: e.chathamHouse ? [] : [...e.speakers],
    tags: e.tags.map((t) => ({ category: t.category, slug: t.slug, label: t.label })),
    provisions: e.provisions.map((p) => ({ id: p.id, title: p.title })),
    keyMessages: e.keyMessages,
  };
}

function outcomeView(e: DigestOutcomeEntry): SectionEntryView {
  const regions = e.regions.map((r) => REGION_TITLES[r]);
  return {
    id: e.id,
    version: e.version,
    title: e.title,
    anchor: `o-${e.id}`,
    language: e.language,
    meta: [
      e.typeLabel,
      sectionEntryWhen(e),
      regions.join(', '),
      sectionEntryAttribution(e),
      tagsPart(e.tags),
      provisionsPart(e.provisions),
    ].filter(Boolean),
    links: [],
    text: { markdown: e.keyMessages },
    tags: e.tags,
    provisions: e.provisions,
    csv: {
      regions: regions.join('; '),
      attribution: sectionEntryAttribution(e),
      summary: `${e.typeLabel}, ${sectionEntryWhen(e)}`,
    },
    canonical: canonicalOutcome(e),
  };
}

// ---- Citations ("Publications") ----

/** A DOI as a resolver link; each part percent-encoded, so any DOI makes a valid URL. */
export const doiLink = (doi: string): string => `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;

/** The day a publication was published, as every format says it: "12 January 2030" (UTC). */
export const citationDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );

/** A file's size for readers: "840 KB", "12.5 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Who a publication is by: its authors, who agreed to be named. */
const citationAttribution = (e: DigestCitationEntry): string =>
  e.authors.length ? `Authors: ${e.authors.join('; ')}` : '';

/** Where a publication is read: its DOI, its link elsewhere, its open-access file here. */
function citationLinks(e: DigestCitationEntry): SectionEntryLink[] {
  const links: SectionEntryLink[] = [];
  if (e.doi) links.push({ label: `DOI ${e.doi}`, href: doiLink(e.doi) });
  if (e.url) links.push({ label: 'Published at', href: e.url });
  if (e.file) links.push({ label: `Open-access file (${e.file.name}, ${fileSize(e.file.bytes)})`, href: e.file.url });
  return links;
}

function canonicalCitation(e: DigestCitationEntry): DigestCitationEntry {
  return {
    id: e.id,
    version: e.version,
    title: e.title,
    kind: e.kind,
    kindLabel: e.kindLabel,
    authors: [...e.authors],
    publishedAt: e.publishedAt,
    language: e.language,
    doi: e.doi,
    url: e.url,
    file: e.file ? { url: e.file.url, name: e.file.name, bytes: e.file.bytes, sha256: e.file.sha256 } : null,
    tags: e.tags.map((t) => ({ category: t.category, slug: t.slug, label: t.label })),
    provisions: e.provisions.map((p) => ({ id: p.id, title: p.title })),
    abstract: e.abstract,
  };
}

function citationView(e: DigestCitationEntry): SectionEntryView {
  const published = `published ${citationDate(e.publishedAt)}`;
  const links = citationLinks(e);
  return {
    id: e.id,
    version: e.version,
    title: e.title,
    anchor: `p-${e.id}`,
    language: e.language,
    meta: [
      e.kindLabel,
      citationAttribution(e),
      published,
      `language: ${e.language}`,
      tagsPart(e.tags),
      provisionsPart(e.provisions),
    ].filter(Boolean),
    links,
    text: { plain: e.abstract },
    tags: e.tags,
    provisions: e.provisions,
    csv: {
      regions: '',
      attribution: citationAttribution(e),
      summary: [`${e.kindLabel}, ${published}`, ...links.map(linkText)].join(', '),
    },
    canonical: canonicalCitation(e),
  };
}

const VIEWS: { [K in DigestSectionKind]: (section: DigestSectionOf<K>) => SectionEntryView[] } = {
  outcomes: (section) => section.entries.map(outcomeView),
  citations: (section) => section.entries.map(citationView),
};

/** The views of an added section's entries, in its order. */
export function sectionEntryViews(section: DigestSection): SectionEntryView[] {
  return (VIEWS[section.kind] as (s: DigestSection) => SectionEntryView[])(section);
}

/** An added section's entry's hash, for the change list (what its canonical JSON says). */
export function sectionEntryHash(view: SectionEntryView): string {
  return createHash('sha256').update(JSON.stringify(view.canonical), 'utf8').digest('hex');
}
