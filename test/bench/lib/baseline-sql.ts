/**
 * The baseline's SQL: what a hand-written data layer would send for the same work, with none of
 * the app's checks, loaders or mapping. Used by the bare `pg` server (M2) and the bare writes (M1, M3).
 */

/** One queue page with organisation, tags and round, in one statement (oldest waiting first, keyset). */
export function queuePageSql(withCursor: boolean): string {
  return `
    SELECT s.id, s.title, s.summary, s.language, s.status, s.region, s.version, s.submitted_at, s.disclosure,
           o.id AS org_id, o.name AS org_name, o.country AS org_country,
           r.id AS round_id, r.title AS round_title, r.region AS round_region, r.closes_at AS round_closes_at,
           COALESCE((SELECT json_agg(json_build_object('id', t.id, 'category', t.category, 'slug', t.slug, 'label', t.label) ORDER BY t.category, t.label)
                       FROM submission_tags st JOIN tags t ON t.id = st.tag_id WHERE st.submission_id = s.id), '[]') AS tags
      FROM submissions s
      JOIN organisations o ON o.id = s.organisation_id
      JOIN consultation_rounds r ON r.id = s.round_id
     WHERE s.status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPEALED')
       ${withCursor ? 'AND (s.submitted_at, s.id) > ($2, $3)' : ''}
     ORDER BY s.submitted_at, s.id
     LIMIT $1`;
}

export interface QueueRow {
  id: string;
  title: string;
  summary: string;
  language: string;
  status: string;
  region: string;
  version: number;
  submitted_at: Date;
  disclosure: string;
  org_id: string;
  org_name: string;
  org_country: string;
  round_id: string;
  round_title: string;
  round_region: string;
  round_closes_at: Date;
  tags: { id: string; category: string; slug: string; label: string }[];
}

export const cursorOf = (submittedAt: Date, id: string): string =>
  Buffer.from(JSON.stringify([submittedAt.getTime(), id])).toString('base64url');

/** The same JSON shape as the GraphQL connection, so both sides serialise the same amount. */
export function queuePageJson(rows: QueueRow[], first: number): string {
  const page = rows.slice(0, first);
  const edges = page.map((r) => ({
    cursor: cursorOf(r.submitted_at, r.id),
    node: {
      waitingSince: r.submitted_at,
      submission: {
        id: r.id,
        title: r.title,
        summary: r.summary,
        language: r.language,
        status: r.status,
        region: r.region,
        version: r.version,
        submittedAt: r.submitted_at,
        attribution:
          r.disclosure === 'ANONYMOUS'
            ? { text: `a civil-society organisation from ${r.region}`, masked: true }
            : { text: r.org_name, masked: false },
        organisation: r.disclosure === 'ANONYMOUS' ? null : { id: r.org_id, name: r.org_name, country: r.org_country },
        tags: r.tags,
        round: { id: r.round_id, title: r.round_title, region: r.round_region, closesAt: r.round_closes_at },
      },
    },
  }));
  return JSON.stringify({
    data: {
      moderationQueue: {
        edges,
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      },
    },
  });
}
