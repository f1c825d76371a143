import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConsultationReadViews } from '@app/consultations';
import { DigestSectionEntry, DigestSectionReader, DigestSectionRegistry } from '@app/digests';
import { Region } from '@app/identity';
import { TaxonomyReadViews } from '@app/taxonomy';
import { EventType } from './entities';
import { outcomeSpeakers } from './services/event-rules';

/** How each kind of event is named in the digest (in English, as every digest heading). */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  [EventType.TRAINING]: 'Training',
  [EventType.SIDE_MEETING]: 'Side meeting (Track 1.5/2)',
  [EventType.REGIONAL_MEETING]: 'Regional meeting',
  [EventType.OUTREACH_FORUM]: 'Policy outreach forum',
};

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
         e.chatham_house, o.speakers, o.key_messages,
         (SELECT json_agg(json_build_object('category', t.category, 'slug', t.slug, 'label', t.label) ORDER BY t.category, t.slug)
            FROM ${TaxonomyReadViews.tags} t WHERE t.id = ANY(o.tag_ids)) AS tags,
         (SELECT json_agg(json_build_object('id', p.id, 'title', p.title) ORDER BY p.position)
            FROM ${ConsultationReadViews.provisions} p WHERE p.id = ANY(o.provision_ids)) AS provisions
    FROM event_outcomes o
    JOIN programme_events e ON e.id = o.event_id
   WHERE e.session_id = $1 AND e.status <> 'CANCELLED'
   ORDER BY e.starts_at, e.title COLLATE "C", e.id`;

export function toDigestSectionEntry(row: OutcomeRow): DigestSectionEntry {
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

/**
 * The programme's section of every session's digest: "Side meetings and trainings", the outcomes
 * of the events held beside the session. Both editions show the same outcomes (they are public).
 */
@Injectable()
export class ProgrammeDigestSection implements OnModuleInit {
  constructor(private readonly registry: DigestSectionRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'side-meetings',
      title: 'Side meetings and trainings',
      entries: async (reader: DigestSectionReader, sessionId: string) =>
        ((await reader.query(OUTCOMES_SQL, [sessionId])) as OutcomeRow[]).map(toDigestSectionEntry),
    });
  }
}
