import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConsultationReadViews } from '@app/consultations';
import { DigestCitationEntry, DigestOutcomeEntry, DigestSectionReader, DigestSectionRegistry } from '@app/digests';
import { Region } from '@app/identity';
import { PlatformConfig } from '@app/platform';
import { TaxonomyReadViews } from '@app/taxonomy';
import { EventType, PublicationKind } from './entities';
import { outcomeSpeakers } from './services/event-rules';
import { publicationFilePath } from './services/publication.service';

/** How each kind of event is named in the digest (in English, as every digest heading). */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  [EventType.TRAINING]: 'Training',
  [EventType.SIDE_MEETING]: 'Side meeting (Track 1.5/2)',
  [EventType.REGIONAL_MEETING]: 'Regional meeting',
  [EventType.OUTREACH_FORUM]: 'Policy outreach forum',
};

/** How each kind of publication is named in the digest. */
export const PUBLICATION_KIND_LABELS: Record<PublicationKind, string> = {
  [PublicationKind.REPORT]: 'Report',
  [PublicationKind.JOURNAL_ARTICLE]: 'Journal article',
  [PublicationKind.BRIEF]: 'Policy brief',
};

/**
 * The tags and provisions of the row `alias` names, as an entry shows them: the same read views
 * and order for every section (the subqueries' own aliases are ones no section's query uses).
 */
const tagsOf = (alias: string) =>
  `(SELECT json_agg(json_build_object('category', tg.category, 'slug', tg.slug, 'label', tg.label) ORDER BY tg.category, tg.slug)
      FROM ${TaxonomyReadViews.tags} tg WHERE tg.id = ANY(${alias}.tag_ids))`;
const provisionsOf = (alias: string) =>
  `(SELECT json_agg(json_build_object('id', pv.id, 'title', pv.title) ORDER BY pv.position)
      FROM ${ConsultationReadViews.provisions} pv WHERE pv.id = ANY(${alias}.provision_ids))`;

interface OutcomeRow {
  id: string;
  version: number;
  title: string;
  type: EventType;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  regions: Region[];
  languages: string[];
  chatham_house: boolean;
  speakers: string[];
  key_messages: string;
  tags: { category: string; slug: string; label: string }[] | null;
  provisions: { id: string; title: string }[] | null;
}

/**
 * The outcomes a session's digest shows: recorded outcomes of its events that were not cancelled
 * (an outcome is public once recorded), by start, then title and id. Only the columns the public
 * reads of an outcome and its event: never the online link, the participants or their answers.
 */
const OUTCOMES_SQL = `
  SELECT e.id, o.version, e.title, e.type, e.starts_at, e.ends_at, e.time_zone, e.regions::text[] AS regions, e.languages,
         e.chatham_house, o.speakers, o.key_messages, ${tagsOf('o')} AS tags, ${provisionsOf('o')} AS provisions
    FROM event_outcomes o
    JOIN programme_events e ON e.id = o.event_id
   WHERE e.session_id = $1 AND e.status <> 'CANCELLED'
   ORDER BY e.starts_at, e.title COLLATE "C", e.id`;

export function toDigestOutcomeEntry(row: OutcomeRow): DigestOutcomeEntry {
  return {
    id: row.id,
    version: Number(row.version),
    title: row.title,
    type: row.type,
    typeLabel: EVENT_TYPE_LABELS[row.type],
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    timeZone: row.time_zone,
    regions: [...row.regions].sort(),
    language: row.languages.length === 1 ? row.languages[0] : null,
    chathamHouse: row.chatham_house,
    // Chatham House: nobody is named, whatever is stored.
    speakers: outcomeSpeakers({ chathamHouse: row.chatham_house }, { speakers: row.speakers }),
    tags: row.tags ?? [],
    provisions: row.provisions ?? [],
    keyMessages: row.key_messages,
  };
}

interface CitationRow {
  id: string;
  version: number;
  kind: PublicationKind;
  title: string;
  authors: string[];
  published_at: Date;
  language: string;
  doi: string | null;
  url: string | null;
  has_file: boolean;
  file_name: string | null;
  file_bytes: string | null;
  file_sha256: string | null;
  abstract: string;
  tags: { category: string; slug: string; label: string }[] | null;
  provisions: { id: string; title: string }[] | null;
}

/**
 * The publications a session's digest cites: the PUBLISHED ones that inform it (a draft is never
 * read), by publication date, then title and id. Only what the public reads of a publication: not
 * where its file is stored, who prepared it or anything of a draft.
 */
const CITATIONS_SQL = `
  SELECT p.id, p.version, p.kind, p.title, p.authors, p.published_at, p.language, p.doi, p.url,
         p.file_key IS NOT NULL AS has_file, p.file_name, p.file_bytes, p.file_sha256, p.abstract,
         ${tagsOf('p')} AS tags, ${provisionsOf('p')} AS provisions
    FROM publications p
   WHERE p.session_id = $1 AND p.status = 'PUBLISHED'
   ORDER BY p.published_at, p.title COLLATE "C", p.id`;

/** A cited publication; its file is linked where anyone downloads it (`publicUrl` is PUBLIC_URL). */
export function toDigestCitationEntry(row: CitationRow, publicUrl: string): DigestCitationEntry {
  const file =
    row.has_file && row.file_name && row.file_bytes !== null && row.file_sha256
      ? {
          url: `${publicUrl}${publicationFilePath(row.id)}`,
          name: row.file_name,
          bytes: Number(row.file_bytes),
          sha256: row.file_sha256,
        }
      : null;
  return {
    id: row.id,
    version: Number(row.version),
    title: row.title,
    kind: row.kind,
    kindLabel: PUBLICATION_KIND_LABELS[row.kind],
    authors: row.authors,
    publishedAt: new Date(row.published_at).toISOString(),
    language: row.language,
    doi: row.doi,
    url: row.url,
    file,
    tags: row.tags ?? [],
    provisions: row.provisions ?? [],
    abstract: row.abstract,
  };
}

/**
 * The programme's sections of every session's digest: "Side meetings and trainings", the outcomes
 * of the events held beside the session, and "Publications", the published publications that
 * inform it. Both editions show the same entries (they are public).
 */
@Injectable()
export class ProgrammeDigestSection implements OnModuleInit {
  constructor(
    private readonly registry: DigestSectionRegistry,
    private readonly config: PlatformConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      kind: 'outcomes',
      key: 'side-meetings',
      title: 'Side meetings and trainings',
      entries: async (reader: DigestSectionReader, sessionId: string) =>
        ((await reader.query(OUTCOMES_SQL, [sessionId])) as OutcomeRow[]).map(toDigestOutcomeEntry),
    });
    this.registry.register({
      kind: 'citations',
      key: 'publications',
      title: 'Publications',
      entries: async (reader: DigestSectionReader, sessionId: string) =>
        ((await reader.query(CITATIONS_SQL, [sessionId])) as CitationRow[]).map((row) =>
          toDigestCitationEntry(row, this.config.PUBLIC_URL),
        ),
    });
  }
}
