import { ConsultationReadViews } from '@app/consultations';
import { IdentityReadViews, Region } from '@app/identity';
import {
  Disclosure,
  SubmissionReadViews,
  SubmissionScope,
  SubmissionSql,
  SubmissionViewer,
  viewerOf,
} from '@app/submissions';
import { TagCategory, TaxonomyReadViews } from '@app/taxonomy';
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

/** Which submissions an edition holds (see SubmissionReadViews). */
export function editionScope(edition: DigestEdition): SubmissionScope {
  return edition === DigestEdition.PUBLIC ? 'published' : 'approved';
}

/** Bump when the digest layout changes, so an unchanged world still compiles anew. */
export const DIGEST_FORMAT_VERSION = 'plenary-digest/1';

/*
 * Everything below reads other contexts' data through the read views they own (SubmissionReadViews,
 * IdentityReadViews, TaxonomyReadViews, ConsultationReadViews): SQL subqueries PostgreSQL folds into
 * these statements, so the digest still reads it all in one snapshot and streams it through one
 * cursor, while each table's SQL stays with the context that owns the table.
 */
const SESSIONS = ConsultationReadViews.sessions;
const PROVISIONS = ConsultationReadViews.provisions;
const ORGANISATIONS = IdentityReadViews.organisations;
const TAGS = TaxonomyReadViews.tags;
const TAG_LINKS = SubmissionReadViews.tagLinks;
const COSIGNATURES = SubmissionReadViews.acceptedCosignatures;

/**
 * Everything that can change a digest's content, as one hash: the approved versions, disclosures,
 * organisation names and regions, accepted co-signatures, tags and the session itself.
 */
export function fingerprintSql(edition: DigestEdition): string {
  return `
    SELECT md5(concat_ws('|', $2::text,
      (SELECT concat_ws(',', ns.title, ns.process_name, ns.location, ns.starts_at, ns.ends_at) FROM ${SESSIONS} ns WHERE ns.id = $1),
      (SELECT string_agg(concat_ws(',', s.id, s.current_version, s.content_hash, s.disclosure, o.name, o.region,
          (SELECT string_agg(concat_ws(':', t.id, t.slug, t.label, t.category), ';' ORDER BY t.id) FROM ${TAG_LINKS} st JOIN ${TAGS} t ON t.id = st.tag_id WHERE st.submission_id = s.id),
          (SELECT string_agg(concat_ws(':', c.organisation_id, c.disclosure, co.name, co.region), ';' ORDER BY c.organisation_id)
             FROM ${COSIGNATURES} c JOIN ${ORGANISATIONS} co ON co.id = c.organisation_id WHERE c.submission_id = s.id)
        ), '|' ORDER BY s.id)
         FROM ${SubmissionReadViews.inScope(editionScope(edition))} s JOIN ${ORGANISATIONS} o ON o.id = s.organisation_id
        WHERE s.session_id = $1),
      (SELECT string_agg(concat_ws(':', p.id, p.title, p.position), ';' ORDER BY p.id) FROM ${PROVISIONS} p)
    )) AS fingerprint`;
}

/** The session the digest is for, read in the same snapshot as its entries. */
export const SESSION_SQL = `SELECT id, title, process_name, location, starts_at, ends_at FROM ${SESSIONS} ns WHERE ns.id = $1`;

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
    SELECT v.id, v.region, v.disclosure, v.organisation_id, o.name AS org_name, o.region AS org_region,
           v.version, v.title, v.summary, v.body, v.language, v.content_hash,
           (SELECT json_agg(json_build_object('id', p.id, 'title', p.title) ORDER BY p.position) FROM ${PROVISIONS} p WHERE p.id = ANY(v.provision_ids)) AS provisions,
           (SELECT json_agg(json_build_object('category', t.category, 'slug', t.slug, 'label', t.label) ORDER BY t.category, t.slug)
              FROM ${TAG_LINKS} st JOIN ${TAGS} t ON t.id = st.tag_id WHERE st.submission_id = v.id) AS tags,
           (SELECT json_agg(json_build_object('organisationId', c.organisation_id, 'disclosure', c.disclosure, 'name', co.name, 'region', co.region) ORDER BY co.name COLLATE "C", c.organisation_id)
              FROM ${COSIGNATURES} c JOIN ${ORGANISATIONS} co ON co.id = c.organisation_id WHERE c.submission_id = v.id) AS cosigners
      FROM ${SubmissionReadViews.currentVersionsInScope(editionScope(edition))} v
      JOIN ${ORGANISATIONS} o ON o.id = v.organisation_id
     WHERE v.session_id = $1
     ORDER BY v.region,
              COALESCE((SELECT min(p.position) FROM ${PROVISIONS} p WHERE p.id = ANY(v.provision_ids)), 2147483647),
              v.title COLLATE "C", v.id`;
}

/** (tag, entry) pairs for the index, ordered by category, tag, then entry title. */
export function indexSql(edition: DigestEdition): string {
  return `
    SELECT t.category, t.slug, t.label, v.id, v.title
      FROM ${TAG_LINKS} st
      JOIN ${TAGS} t ON t.id = st.tag_id
      JOIN ${SubmissionReadViews.currentVersionsInScope(editionScope(edition))} v ON v.id = st.submission_id
     WHERE v.session_id = $1
     ORDER BY t.category, t.slug, v.title COLLATE "C", v.id`;
}

/** Statistics in one statement: per region counts with gender / human-rights coverage, and per tag counts. */
export function statisticsSql(edition: DigestEdition): { byRegion: string; byTag: string } {
  const submissions = SubmissionReadViews.inScope(editionScope(edition));
  return {
    byRegion: `SELECT s.region, count(*)::int AS submissions,
                      count(*) FILTER (WHERE ${SubmissionSql.taggedWith(TagCategory.GENDER)})::int AS "withGenderTag",
                      count(*) FILTER (WHERE ${SubmissionSql.taggedWith(TagCategory.HUMAN_RIGHTS)})::int AS "withHumanRightsTag"
                 FROM ${submissions} s WHERE s.session_id = $1 GROUP BY s.region ORDER BY s.region`,
    byTag: `SELECT t.category, t.slug, t.label, count(*)::int AS submissions
              FROM ${TAG_LINKS} st JOIN ${TAGS} t ON t.id = st.tag_id JOIN ${submissions} s ON s.id = st.submission_id
             WHERE s.session_id = $1
             GROUP BY t.category, t.slug, t.label ORDER BY t.category, t.slug`,
  };
}
