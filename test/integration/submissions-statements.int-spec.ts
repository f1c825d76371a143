import { Region } from '@app/identity';
import { TagService } from '@app/taxonomy';
import { CosignatureService, Disclosure } from '@app/submissions';
import { ProvisionService } from '@app/consultations';
import {
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createUser,
  TestPlenary,
  TestUser,
} from '@app/testing';

/** Building the fixtures goes through the real services and GraphQL: allow for a busy machine. */
const SETUP_TIMEOUT_MS = 180_000;

/**
 * No N+1: a list of submissions with their organisation, round, tags and co-signers costs the same
 * number of SQL statements for 5 rows as for 50, for staff and for the public.
 */

const LIST = `query($f: SubmissionFilterInput) {
  submissions(filter: $f, first: 100) {
    edges { node {
      id
      organisation { name }
      round { title }
      tags { slug }
      cosigners { attribution { text } organisation { name } }
    } }
  }
}`;

interface Node {
  id: string;
  organisation: { name: string } | null;
  round: { title: string };
  tags: { slug: string }[];
  cosigners: { attribution: { text: string }; organisation: { name: string } | null }[];
}

const DISCLOSURES = [Disclosure.NAMED, Disclosure.REGION_ONLY, Disclosure.ANONYMOUS];
const TAGS_PER_SUBMISSION = 3;

describe('listing submissions issues a fixed number of SQL statements (api + PostgreSQL)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  const rounds: Record<5 | 50, string> = { 5: '', 50: '' };

  /** `count` SUBMITTED submissions in `roundId`, inserted in one statement; each co-signed and tagged, then approved. */
  async function fill(
    roundId: string,
    count: number,
    submitter: { orgId: string; author: TestUser },
    cosigners: { orgId: string; admin: TestUser }[],
  ): Promise<void> {
    const rows: { id: string }[] = await plenary.dataSource.query(
      `INSERT INTO submissions (round_id, session_id, region, organisation_id, author_id, title, summary, body, language, disclosure,
                                status, current_version, content_hash, submitted_at, version)
       SELECT r.id, r.session_id, r.region, $2, $3, 'Position ' || i, 'Summary ' || i, 'Body of position ' || i, 'en',
              ($4::text[])[1 + i % 3]::disclosure, 'SUBMITTED', 1, md5(i::text), now(), 1
         FROM consultation_rounds r, generate_series(1, $5::int) AS i
        WHERE r.id = $1
       RETURNING id`,
      [roundId, submitter.orgId, submitter.author.user.id, DISCLOSURES, count],
    );
    expect(rows).toHaveLength(count);
    const service = plenary.get(CosignatureService);
    // Every submission gets one co-signer, every other one a second: each co-signer with its own disclosure.
    // One at a time: invite() reads the recipients on a second pool connection inside its transaction,
    // so dozens at once exhaust the suite's pool of 5.
    for (const [i, { id }] of rows.entries()) {
      const signers = i % 2 === 0 ? [cosigners[i % 3], cosigners[(i + 1) % 3]] : [cosigners[i % 3]];
      for (const [k, c] of signers.entries()) {
        const invited = await service.invite(submitter.author.actor, id, c.orgId);
        await service.respond(c.admin.actor, invited.id, true, DISCLOSURES[(i + k) % 3]);
      }
    }
    await plenary.dataSource.query(
      `INSERT INTO submission_tags (submission_id, tag_id)
       SELECT s.id, t.id FROM submissions s, (SELECT id FROM tags ORDER BY category, slug LIMIT $2) t WHERE s.round_id = $1`,
      [roundId, TAGS_PER_SUBMISSION],
    );
    await plenary.dataSource.query(`UPDATE submissions SET status = 'APPROVED' WHERE round_id = $1`, [roundId]);
  }

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    staff = await createStaff(plenary);
    const author = await createUser(plenary, { name: 'Author' });
    const org = await createOrganisation(plenary, author, { country: 'KE', name: 'Statement Counting Org' });
    const cosigners = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const admin = await createUser(plenary, { name: `Co-signer admin ${n}` });
        return {
          orgId: (await createOrganisation(plenary, admin, { country: 'IN', name: `Co-signer ${n}` })).id,
          admin,
        };
      }),
    );
    const first = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG, title: 'Round of five' });
    const second = await createSessionAndOpenRound(plenary, staff.token, {
      region: Region.AG,
      sessionId: first.sessionId,
      title: 'Round of fifty',
    });
    rounds[5] = first.roundId;
    rounds[50] = second.roundId;
    await fill(rounds[5], 5, { orgId: org.id, author }, cosigners);
    await fill(rounds[50], 50, { orgId: org.id, author }, cosigners);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await plenary?.close();
  });

  /** Lists the round's submissions as `token` (the public without) and counts the statements the api ran for it. */
  async function listAndCount(
    size: 5 | 50,
    token: string | undefined,
  ): Promise<{ count: number; nodes: Node[]; statements: string[] }> {
    await new Promise((r) => setTimeout(r, 50)); // let anything the previous request started finish
    plenary.sql.reset();
    const res = await plenary.gql<{ submissions: { edges: { node: Node }[] } }>(
      LIST,
      { f: { roundId: rounds[size] } },
      token,
    );
    const count = plenary.sql.count;
    const statements = [...plenary.sql.statements];
    expect(res.errors).toBeUndefined();
    return { count, statements, nodes: res.data?.submissions.edges.map((e) => e.node) ?? [] };
  }

  it.each<[string, () => string | undefined]>([
    ['staff', () => staff.token],
    ['the public', () => undefined],
  ])('as %s: the same number of statements for 5 and for 50 submissions', async (who, token) => {
    const five = await listAndCount(5, token());
    const fifty = await listAndCount(50, token());
    console.log(
      `SQL statements listing submissions with organisation, round, tags and co-signers as ${who}: 5 rows → ${five.count}, 50 rows → ${fifty.count}\n${fifty.statements.map((s) => `  ${s.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n')}`,
    );

    // The lists are full: every field was really loaded, so the count covers its loaders.
    for (const [size, { nodes }] of [
      [5, five],
      [50, fifty],
    ] as const) {
      expect(nodes).toHaveLength(size);
      // Each submission carries all its tags, also where the same tags are on every row.
      expect(nodes.map((n) => n.tags.length)).toEqual(nodes.map(() => TAGS_PER_SUBMISSION));
      expect(new Set(nodes.map((n) => n.tags.map((t) => t.slug).join()))).toHaveProperty('size', 1);
      expect(nodes.every((n) => n.cosigners.length >= 1)).toBe(true);
      expect(nodes.some((n) => n.organisation?.name === 'Statement Counting Org')).toBe(true);
      expect(nodes.some((n) => n.cosigners.some((c) => c.organisation !== null))).toBe(true);
      expect(new Set(nodes.map((n) => n.round.title))).toEqual(
        new Set([size === 5 ? 'Round of five' : 'Round of fifty']),
      );
    }
    expect(fifty.count).toBe(five.count);
    expect(five.count).toBeLessThanOrEqual(10);
  });
});
