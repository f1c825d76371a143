import { OrganisationEntity } from '@app/identity';
import {
  canSeeCosignature,
  CosignatureEntity,
  CosignatureStatus,
  cosignerAttribution,
  SubmissionEntity,
  submissionAttribution,
  SubmissionViewer,
} from '@app/submissions';
import { QueryRunner } from 'typeorm';
import { DigestEntity } from '../entities';
import { DigestContext, DigestEntry, DigestStatistics } from '../formats/digest-model';
import { EntryRow, SESSION_SQL, statisticsSql } from './digest-source';

/*
 * What the compiler reads in its snapshot, turned into the digest model the writers take.
 */

/** Statistics and the session, read in the same snapshot as the entries. */
export async function readDigestContext(runner: QueryRunner, digest: DigestEntity): Promise<DigestContext> {
  const [session] = await runner.query(SESSION_SQL, [digest.sessionId]);
  const sql = statisticsSql(digest.edition);
  const byRegion: DigestStatistics['byRegion'] = (await runner.query(sql.byRegion, [digest.sessionId])).map(
    (r: DigestStatistics['byRegion'][number]) => ({
      region: r.region,
      submissions: Number(r.submissions),
      withGenderTag: Number(r.withGenderTag),
      withHumanRightsTag: Number(r.withHumanRightsTag),
    }),
  );
  const byTag: DigestStatistics['byTag'] = (await runner.query(sql.byTag, [digest.sessionId])).map(
    (t: DigestStatistics['byTag'][number]) => ({
      category: t.category,
      slug: t.slug,
      label: t.label,
      submissions: Number(t.submissions),
    }),
  );
  return {
    session: {
      id: session.id,
      title: session.title,
      processName: session.process_name,
      location: session.location,
      startsAt: new Date(session.starts_at).toISOString(),
      endsAt: new Date(session.ends_at).toISOString(),
    },
    edition: digest.edition,
    statistics: { submissions: byRegion.reduce((n, r) => n + r.submissions, 0), byRegion, byTag },
  };
}

/** Attribution through the API's disclosure policy and mapper, as the edition's reader would see it. */
export function toDigestEntry(row: EntryRow, viewer: SubmissionViewer): DigestEntry {
  const submission = {
    id: row.id,
    organisationId: row.organisation_id,
    disclosure: row.disclosure,
    region: row.region,
  } as SubmissionEntity;
  const org = { id: row.organisation_id, name: row.org_name, region: row.org_region } as OrganisationEntity;
  const cosigners = (row.cosigners ?? [])
    .map((c) => ({
      cosignature: {
        organisationId: c.organisationId,
        disclosure: c.disclosure,
        status: CosignatureStatus.ACCEPTED,
      } as CosignatureEntity,
      org: { id: c.organisationId, name: c.name, region: c.region } as OrganisationEntity,
    }))
    .filter((c) => canSeeCosignature(viewer, submission, c.cosignature))
    .map((c) => cosignerAttribution(c.cosignature, submission, viewer, c.org).text)
    // Sorted after masking: the place of a masked co-signer among named ones must not hint at its name.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    id: row.id,
    version: Number(row.version),
    contentHash: row.content_hash,
    region: row.region,
    title: row.title,
    attribution: submissionAttribution(submission, viewer, org).text,
    cosigners,
    language: row.language,
    tags: row.tags ?? [],
    provisions: row.provisions ?? [],
    summary: row.summary,
    text: row.body,
  };
}
