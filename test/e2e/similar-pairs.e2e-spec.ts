import { ProvisionService } from '@app/consultations';
import { Region } from '@app/identity';
import { SIMILARITY_THRESHOLD, SimilarityService, SimilaritySweepProcessor } from '@app/moderation';
import { SubmissionCommandService } from '@app/submissions';
import { TagService } from '@app/taxonomy';
import {
  addMember,
  createModerator,
  createSessionAndOpenRound,
  createStaff,
  eventually,
  insertApprovedSubmissions,
  TestPlenary,
  TestUser,
} from '@app/testing';
import {
  claim,
  dataOf,
  decide,
  QUEUE,
  QueuePage,
  randomWords,
  SIMILAR,
  submitted,
  submittingOrg,
  SubmittingOrg,
  uniqueText,
} from './support/moderation.operations';

/**
 * Issue 16: a submission's near-duplicates are found once per submitted version, by a worker job the
 * submit enqueues, and stored both ways round; the queue's "has similar" flag and filter read them
 * instead of probing the trigram index for every item at every read. Until a version is checked,
 * the flag is computed live, so it is never wrong in the meantime.
 */
describe('near-duplicates stored per submitted version (api over HTTP, with a worker)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let moderator: TestUser;
  let first: SubmittingOrg;
  let second: SubmittingOrg;
  let roundId: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    [staff, moderator, first, second] = await Promise.all([
      createStaff(plenary),
      createModerator(plenary),
      submittingOrg(plenary),
      submittingOrg(plenary),
    ]);
    ({ roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG }));
    await plenary.startWorker();
  }, 120_000);

  afterAll(async () => {
    await plenary.close();
  });

  const checkedVersion = async (id: string): Promise<number | undefined> =>
    (await plenary.dataSource.query(`SELECT version FROM similarity_checks WHERE submission_id = $1`, [id]))[0]
      ?.version;
  const pairsOf = async (id: string): Promise<{ submission_id: string; similar_id: string; score: number }[]> =>
    plenary.dataSource.query(
      `SELECT submission_id, similar_id, score FROM similar_pairs WHERE $1 IN (submission_id, similar_id) ORDER BY 1, 2`,
      [id],
    );
  const flags = async (token = moderator.token, filter: Record<string, unknown> = {}) =>
    new Map(
      dataOf(
        await plenary.gql<QueuePage>(QUEUE, { f: { roundId, ...filter }, first: 100 }, token),
      ).moderationQueue.edges.map((e) => [e.node.submission.id, e.node.submission.hasSimilar]),
    );

  const similarOf = async (id: string, token = moderator.token) =>
    dataOf(
      await plenary.gql<{ similarSubmissions: { score: number; submission: { id: string } }[] }>(
        SIMILAR,
        { id },
        token,
      ),
    ).similarSubmissions;

  it('a submit stores the pairs both ways round; the flag and the filter read them', async () => {
    const text = uniqueText();
    const original = await submitted(plenary, first, roundId, { text });
    const copy = await submitted(plenary, second, roundId, { text: { ...text, title: `${text.title} (copy)` } });
    const alone = await submitted(plenary, first, roundId);

    for (const s of [original, copy, alone]) await eventually(async () => (await checkedVersion(s.id)) === 1);
    const pairs = await pairsOf(original.id);
    expect(pairs.map((p) => [p.submission_id, p.similar_id])).toEqual(
      [
        [original.id, copy.id],
        [copy.id, original.id],
      ].sort((a, b) => a[0].localeCompare(b[0])),
    );
    for (const p of pairs) expect(p.score).toBeGreaterThanOrEqual(0.35);
    expect(await pairsOf(alone.id)).toEqual([]);

    const seen = await flags();
    expect(seen.get(original.id)).toBe(true);
    expect(seen.get(copy.id)).toBe(true);
    expect(seen.get(alone.id)).toBe(false);
    const [stored] = (await similarOf(original.id)).filter((s) => s.submission.id === copy.id);
    expect(stored.score).toBeCloseTo(pairs[0].score, 3);
    const filtered = await flags(moderator.token, { hasSimilar: true });
    expect([...filtered.keys()]).toEqual(expect.arrayContaining([original.id, copy.id]));
    expect(filtered.has(alone.id)).toBe(false);

    // Read from the stored pairs, not recomputed: with the pairs gone (and the version still
    // marked checked), the same near-duplicates no longer count.
    await plenary.dataSource.query(`DELETE FROM similar_pairs WHERE $1 IN (submission_id, similar_id)`, [original.id]);
    expect((await flags()).get(original.id)).toBe(false);
    expect((await flags(moderator.token, { hasSimilar: true })).has(original.id)).toBe(false);
    expect(await similarOf(original.id)).toEqual([]);
    // A version not yet checked is computed live: the flag is right before the job has run.
    await plenary.dataSource.query(`DELETE FROM similarity_checks WHERE submission_id = $1`, [original.id]);
    expect((await flags()).get(original.id)).toBe(true);
    expect((await similarOf(original.id)).map((s) => s.submission.id)).toEqual([copy.id]);
    // Checked again, the pairs are back.
    expect(await plenary.get(SimilarityService).refresh(original.id, 1)).toBe(true);
    expect(await pairsOf(original.id)).toHaveLength(2);
    expect(await checkedVersion(original.id)).toBe(1);
  });

  it('the viewer’s own organisations and who may be seen are decided at read time', async () => {
    const text = uniqueText();
    const mine = await submitted(plenary, first, roundId, { text });
    const theirs = await submitted(plenary, second, roundId, { text: { ...text, summary: `${text.summary} again` } });
    for (const s of [mine, theirs]) await eventually(async () => (await checkedVersion(s.id)) === 1);

    const colleague = await createModerator(plenary);
    await addMember(plenary, first.id, colleague.user.id);
    // The colleague belongs to the first organisation: its item is not theirs to see, nor a near-duplicate of the other.
    const seen = await flags(colleague.token);
    expect(seen.has(mine.id)).toBe(false);
    expect(seen.get(theirs.id)).toBe(false);
    expect(await similarOf(theirs.id, colleague.token)).toEqual([]);
    expect((await flags()).get(theirs.id)).toBe(true);
    expect((await similarOf(theirs.id)).map((s) => s.submission.id)).toEqual([mine.id]);
  });

  it('a new version replaces the pairs of the old one', async () => {
    const text = uniqueText();
    const original = await submitted(plenary, first, roundId, { text });
    const revised = await submitted(plenary, second, roundId, { text: { ...text, title: `${text.title} draft two` } });
    for (const s of [original, revised]) await eventually(async () => (await checkedVersion(s.id)) === 1);
    expect(await pairsOf(revised.id)).toHaveLength(2);

    // Changes requested; the submitter rewrites it completely and submits version 2.
    const claimed = await claim(plenary, moderator.token, revised.id);
    await decide(plenary, moderator.token, claimed, {
      decision: 'REQUEST_CHANGES',
      reasonCode: 'NEEDS_CLARIFICATION',
      message: 'Please say what you propose.',
    });
    const commands = plenary.get(SubmissionCommandService);
    const edited = await commands.update(second.admin.actor, revised.id, (await current(revised.id)).version, {
      title: `Position ${randomWords(3)}`,
      summary: randomWords(12),
      body: randomWords(60),
    });
    await commands.submit(second.admin.actor, revised.id, edited.version);
    await eventually(async () => (await checkedVersion(revised.id)) === 2);

    expect(await pairsOf(revised.id)).toEqual([]);
    const seen = await flags();
    expect(seen.get(original.id)).toBe(false);
    expect(seen.get(revised.id)).toBe(false);
  });

  it('the sweep checks submissions that no job announced (data from before, a lost job)', async () => {
    await insertApprovedSubmissions(plenary.dataSource, { roundId, organisationId: first.id, count: 12 });
    const bulk: { id: string }[] = await plenary.dataSource.query(
      `SELECT s.id FROM submissions s LEFT JOIN similarity_checks k ON k.submission_id = s.id WHERE k.submission_id IS NULL`,
    );
    expect(bulk).toHaveLength(12);

    // The worker's processor (its one dependency is the api's own service).
    await new SimilaritySweepProcessor(plenary.get(SimilarityService)).handle();

    const [{ unchecked }] = await plenary.dataSource.query(
      `SELECT count(*)::int AS unchecked FROM submissions s LEFT JOIN similarity_checks k ON k.submission_id = s.id
        WHERE s.current_version > 0 AND k.version IS DISTINCT FROM s.current_version`,
    );
    expect(unchecked).toBe(0);
    // The bulk texts are one campaign: each is stored with its near-duplicates.
    for (const { id } of bulk) expect((await pairsOf(id)).length).toBeGreaterThan(0);
  });

  it('a stored score is pg_trgm’s similarity() of the two texts, in every UN script (compared as trigram sets)', async () => {
    const texts = [
      'The Convention should protect the work of human rights defenders and journalists online.',
      'The Convention should protect the work of human-rights defenders and of journalists on line.',
      'La Convention devrait protéger le travail des défenseurs des droits humains et des journalistes.',
      'La Convención debería proteger la labor de las personas defensoras de derechos humanos.',
      'Конвенция должна защищать работу правозащитников и журналистов в интернете.',
      'Конвенция должна защищать работу правозащитников, журналистов и блогеров в интернете.',
      'ينبغي أن تحمي الاتفاقية عمل المدافعين عن حقوق الإنسان والصحفيين على الإنترنت.',
      'ينبغي أن تحمي الاتفاقية عمل المدافعات والمدافعين عن حقوق الإنسان والصحفيين.',
      '公约应当保护人权维护者和记者在网络上的工作。',
      '公约应当保护人权维护者、记者和博主在网络上的工作。',
    ];
    const rows = await pairsScored(texts);
    expect(rows).toHaveLength(45);
    for (const r of rows) {
      expect({ pair: [r.a, r.b], score: r.sets }).toEqual({ pair: [r.a, r.b], score: r.texts });
      // The bitmaps never rule out a pair at its own score.
      expect({ pair: [r.a, r.b], kept: r.keptAtOwnScore }).toEqual({ pair: [r.a, r.b], kept: true });
    }
    // Not trivially equal: each language's two versions are near-duplicates, other pairs are not.
    expect(rows.filter((r) => r.sets >= SIMILARITY_THRESHOLD).map((r) => [r.a, r.b])).toEqual([
      [1, 2],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(rows.filter((r) => r.kept).length).toBeLessThan(10);
  });

  it('on long texts (where the bitmaps fold many trigrams together) the bitmaps still never rule out a near-duplicate', async () => {
    // 1,000-character texts of common words, a third of them edited copies of another.
    const common = 'the convention should protect human rights defenders data retention access states parties'.split(
      ' ',
    );
    const text = () =>
      Array.from({ length: 160 }, (_, i) => (i % 3 === 0 ? randomWords(1) : common[i % common.length])).join(' ');
    const texts: string[] = [];
    for (let i = 0; i < 30; i++) {
      const words = (i % 3 === 2 ? texts[i - 1] : text()).split(' ');
      if (i % 3 === 2) for (let k = 0; k < words.length; k += 7) words[k] = randomWords(1);
      texts.push(words.join(' ').slice(0, 1000));
    }
    const rows = await pairsScored(texts);
    expect(rows).toHaveLength(435);
    for (const r of rows) {
      expect(r.sets).toBeCloseTo(r.texts, 6);
      expect({ pair: [r.a, r.b], kept: r.keptAtOwnScore }).toEqual({ pair: [r.a, r.b], kept: true });
      // Whatever the bitmaps keep at the threshold includes every near-duplicate.
      if (r.sets >= SIMILARITY_THRESHOLD) expect(r.kept).toBe(true);
    }
    // The edited copies are near-duplicates; the bitmaps rule out most of the other pairs.
    expect(rows.filter((r) => r.sets >= SIMILARITY_THRESHOLD).length).toBeGreaterThanOrEqual(10);
    expect(rows.filter((r) => !r.kept).length).toBeGreaterThan(rows.length * 0.8);
  });

  /**
   * Every pair of `texts` (numbered from 1): pg_trgm's similarity() of the texts, trigram_similarity()
   * of their sets, and whether may_be_similar() keeps the pair at the threshold and at its own score.
   */
  async function pairsScored(
    texts: string[],
  ): Promise<{ a: number; b: number; texts: number; sets: number; kept: boolean; keptAtOwnScore: boolean }[]> {
    const rows: { a: number; b: number; texts: number; sets: number; kept: boolean; kept_at_own: boolean }[] =
      await plenary.dataSource.query(
        `WITH sig AS (SELECT n::int, t, g, trigram_bits(g) AS b
                        FROM unnest($1::text[]) WITH ORDINALITY x(t, n), similarity_trigrams(t) g),
              pair AS (SELECT a.n AS a, b.n AS b, similarity(a.t, b.t) AS texts, trigram_similarity(a.g, b.g) AS sets,
                              a.b AS a_bits, icount(a.g) AS a_count, bit_count(a.b)::int AS a_set,
                              b.b AS b_bits, icount(b.g) AS b_count, bit_count(b.b)::int AS b_set
                         FROM sig a JOIN sig b ON a.n < b.n)
         SELECT a, b, texts, sets,
                may_be_similar(a_bits, a_count, a_set, b_bits, b_count, b_set, $2) AS kept,
                may_be_similar(a_bits, a_count, a_set, b_bits, b_count, b_set, sets - 1e-6) AS kept_at_own
           FROM pair ORDER BY a, b`,
        [texts, SIMILARITY_THRESHOLD],
      );
    return rows.map(({ kept_at_own, ...r }) => ({ ...r, keptAtOwnScore: kept_at_own }));
  }

  it('near-duplicates checked at the same moment find each other (each signature is committed before its search)', async () => {
    const similarity = plenary.get(SimilarityService);
    for (let round = 0; round < 5; round++) {
      const text = uniqueText();
      const a = await submitted(plenary, first, roundId, { text });
      const b = await submitted(plenary, second, roundId, { text: { ...text, title: `${text.title} ${round}` } });
      for (const s of [a, b]) await eventually(async () => (await checkedVersion(s.id)) === 1);
      // As if neither had ever been checked, then both checked at once.
      await plenary.dataSource.query(
        `DELETE FROM similar_pairs WHERE submission_id = ANY($1::uuid[]) OR similar_id = ANY($1::uuid[])`,
        [[a.id, b.id]],
      );
      await plenary.dataSource.query(`DELETE FROM similarity_signatures WHERE submission_id = ANY($1::uuid[])`, [
        [a.id, b.id],
      ]);
      expect(await Promise.all([similarity.refresh(a.id, 1), similarity.refresh(b.id, 1)])).toEqual([true, true]);
      expect((await pairsOf(a.id)).map((p) => [p.submission_id, p.similar_id])).toEqual(
        [
          [a.id, b.id],
          [b.id, a.id],
        ].sort((x, y) => x[0].localeCompare(y[0])),
      );
    }
  });

  async function current(id: string): Promise<{ version: number }> {
    const [row] = await plenary.dataSource.query(`SELECT version FROM submissions WHERE id = $1`, [id]);
    return row;
  }
});
