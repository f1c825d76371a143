import { Region } from '@app/identity';
import { Disclosure, SubmissionSql, SubmissionViewer, viewerOf } from '@app/submissions';
import { DigestEdition } from '../entities';

/**
 * What each edition includes and whose names it shows. PUBLIC: approved submissions whose
 * disclosure may be published, attributed as the public sees them. INTERNAL: every approved
 * submission, attributed as staff see them (REGION_ONLY named, ANONYMOUS still masked).
 * Attribution itself goes through the API's disclosure policy and mapper.
 */
export function editionViewer(edition: DigestEdition): SubmissionViewer {
  return edition === DigestEdition.PUBLIC ? viewerOf(null, []) : { actor: null, orgIds: new Set(), privileged: true };
}

export function editionFilterSql(edition: DigestEdition): string {
  return edition === DigestEdition.PUBLIC ? SubmissionSql.published('s') : SubmissionSql.approved('s');
}

/** Bump when the digest layout changes, so an unchanged world still compiles anew. */
export const DIGEST_FORMAT_VERSION = 'plenary-digest/1';

/**
 * Everything that can change a digest's content, as one hash: the approved versions, disclosures,
 * organisation names and regions, accepted co-signatures, tags and the session itself.
 */
export function fingerprintSql(edition: DigestEdition): string {
  return `
    SELECT md5(concat_ws('|', $2::text,
      (SELECT concat_ws(',', ns.title, ns.process_name, ns.location, ns.starts_at, ns.ends_at) FROM negotiation_sessions ns WHERE ns.id = $1),
      (SELECT string_agg(concat_ws(',', s.id, s.current_version, s.content_hash, s.disclosure, o.name, o.region,
          (SELECT string_agg(concat_ws(':', t.id, t.slug, t.label, t.category), ';' ORDER BY t.id) FROM submission_tags st JOIN tags t ON t.id = st.tag_id WHERE st.submission_id = s.id),
          (SELECT string_agg(concat_ws(':', c.organisation_id, c.disclosure, co.name, co.region), ';' ORDER BY c.organisation_id)
             FROM cosignatures c JOIN organisations co ON co.id = c.organisation_id WHERE c.submission_id = s.id AND c.status = 'ACCEPTED')
        ), '|' ORDER BY s.id)
         FROM submissions s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.session_id = $1 AND ${editionFilterSql(edition)}),
      (SELECT string_agg(concat_ws(':', p.id, p.title, p.position), ';' ORDER BY p.id) FROM treaty_provisions p)
    )) AS fingerprint`;
}

export interface EntryRow {
  id: string;
  region: Region;
  disclosure: Disclosure;
  organisation_id: string;
  org_name: string;
  org_region: Region;
  version: number;
  title: string;
  summary: string;
  body: string;
  language: string;
  content_hash: string;
  provisions: { id: string; title: string }[] | null;
  tags: { category: string; slug: string; label: string }[] | null;
  cosigners: { organisationId: string; disclosure: Disclosure; name: string; region: Region }[] | null;
}

/** The entries in digest order: region, then first treaty provision cited, then title (byte order), then id. */
export function entriesSql(edition: DigestEdition): string {
  return `
    SELECT s.id, s.region, s.disclosure, s.organisation_id, o.name AS org_name, o.region AS org_region,
           v.number AS version, v.title, v.summary, v.body, v.language, v.content_hash,
           (SELECT json_agg(json_build_object('id', p.id, 'title', p.title) ORDER BY p.position) FROM treaty_provisions p WHERE p.id = ANY(v.provision_ids)) AS provisions,
           (SELECT json_agg(json_build_object('category', t.category, 'slug', t.slug, 'label', t.label) ORDER BY t.category, t.slug)
              FROM submission_tags st JOIN tags t ON t.id = st.tag_id WHERE st.submission_id = s.id) AS tags,
           (SELECT json_agg(json_build_object('organisationId', c.organisation_id, 'disclosure', c.disclosure, 'name', co.name, 'region', co.region) ORDER BY co.name COLLATE "C", c.organisation_id)
              FROM cosignatures c JOIN organisations co ON co.id = c.organisation_id WHERE c.submission_id = s.id AND c.status = 'ACCEPTED') AS cosigners
      FROM submissions s
      JOIN organisations o ON o.id = s.organisation_id
      JOIN submission_versions v ON v.submission_id = s.id AND v.number = s.current_version
     WHERE s.session_id = $1 AND ${editionFilterSql(edition)}
     ORDER BY s.region,
              COALESCE((SELECT min(p.position) FROM treaty_provisions p WHERE p.id = ANY(v.provision_ids)), 2147483647),
              v.title COLLATE "C", s.id`;
}

/** (tag, entry) pairs for the index, ordered by category, tag, then entry title. */
export function indexSql(edition: DigestEdition): string {
  return `
    SELECT t.category, t.slug, t.label, s.id, v.title
      FROM submission_tags st
      JOIN tags t ON t.id = st.tag_id
      JOIN submissions s ON s.id = st.submission_id
      JOIN submission_versions v ON v.submission_id = s.id AND v.number = s.current_version
     WHERE s.session_id = $1 AND ${editionFilterSql(edition)}
     ORDER BY t.category, t.slug, v.title COLLATE "C", s.id`;
}

/** Statistics in one statement: per region counts with gender / human-rights coverage, and per tag counts. */
export function statisticsSql(edition: DigestEdition): { byRegion: string; byTag: string } {
  const hasTag = (category: string) =>
    `EXISTS (SELECT 1 FROM submission_tags st JOIN tags t ON t.id = st.tag_id WHERE st.submission_id = s.id AND t.category = '${category}')`;
  return {
    byRegion: `SELECT s.region, count(*)::int AS submissions, count(*) FILTER (WHERE ${hasTag('GENDER')})::int AS "withGenderTag",
                      count(*) FILTER (WHERE ${hasTag('HUMAN_RIGHTS')})::int AS "withHumanRightsTag"
                 FROM submissions s WHERE s.session_id = $1 AND ${editionFilterSql(edition)} GROUP BY s.region ORDER BY s.region`,
    byTag: `SELECT t.category, t.slug, t.label, count(*)::int AS submissions
              FROM submission_tags st JOIN tags t ON t.id = st.tag_id JOIN submissions s ON s.id = st.submission_id
             WHERE s.session_id = $1 AND ${editionFilterSql(edition)}
             GROUP BY t.category, t.slug, t.label ORDER BY t.category, t.slug`,
  };
}
