import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near-duplicates found by comparing stored trigram sets instead of texts. pg_trgm's similarity()
 * of two texts is the share of trigrams they have in common (common ÷ all distinct). Computed on
 * stored sets, the same figure needs neither text cut into trigrams again; and a bitmap of each set
 * rules most pairs out in about a microsecond, before the figure is computed.
 *
 * - similarity_trigrams(text): a text's trigrams (show_trgm), each as the first 32 bits of its MD5
 *   (stable across PostgreSQL versions, unlike hashtext), distinct and sorted.
 * - trigram_bits(set): the set folded into 8,192 bits (bit `t & 8191` for each trigram t).
 * - trigram_similarity(a, b): common ÷ all distinct, as similarity() computes it (intarray's
 *   intersection, computed once).
 * - may_be_similar(bitmap, count, bits set of a; the same of b; threshold): false only when the two
 *   sets cannot reach the threshold. The trigrams they share are at most the bits both bitmaps
 *   set, plus the trigrams either set lost to the fold (count − bits set): the shared trigrams that
 *   fell on one bit are no more than the set's trigrams that did. Similarity grows with the shared
 *   count, so `shared ≥ threshold ÷ (1 + threshold) × (count a + count b)` is necessary.
 * - similarity_signatures: one per submission, for the version it was computed from; written by
 *   SimilarityService.refresh before it searches. Filled here for every submitted submission.
 */
export class SimilaritySignatures1797000000000 implements MigrationInterface {
  name = 'SimilaritySignatures1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS intarray`);
    await queryRunner.query(
      `CREATE FUNCTION similarity_trigrams(doc text) RETURNS integer[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
       $$ SELECT coalesce(sort(array_agg(DISTINCT ('x' || substr(md5(t), 1, 8))::bit(32)::integer)), '{}')
            FROM unnest(show_trgm(doc)) t $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION trigram_bits(trigrams integer[]) RETURNS bit(8192) LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS
       $$ DECLARE bits bit(8192) := repeat('0', 8192)::bit(8192); t integer;
          BEGIN
            FOREACH t IN ARRAY trigrams LOOP bits := set_bit(bits, t & 8191, 1); END LOOP;
            RETURN bits;
          END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION trigram_similarity(a integer[], b integer[]) RETURNS real LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
       $$ SELECT common::real / nullif(icount(a) + icount(b) - common, 0) FROM icount(a & b) common $$`,
    );
    // One SELECT of one expression, and not STRICT (least() is not): PostgreSQL inlines it into the query.
    await queryRunner.query(
      `CREATE FUNCTION may_be_similar(a bit, a_count integer, a_set integer, b bit, b_count integer, b_set integer, threshold double precision)
       RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT bit_count(a & b) + least(a_count - a_set, b_count - b_set) >= threshold / (1 + threshold) * (a_count + b_count) $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "similarity_signatures" ("submission_id" uuid NOT NULL, "version" integer NOT NULL, "trigrams" integer array NOT NULL, "trigram_count" integer NOT NULL, "bits" bit(8192) NOT NULL, "bits_set" integer NOT NULL, CONSTRAINT "PK_similarity_signatures" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_signatures" ADD CONSTRAINT "FK_similarity_signatures_submission" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The text compared (SIMILARITY_DOC when this was written), of every submitted version.
    await queryRunner.query(
      `INSERT INTO similarity_signatures (submission_id, version, trigrams, trigram_count, bits, bits_set)
       SELECT id, current_version, t, icount(t), b, bit_count(b)
         FROM (SELECT id, current_version, t, trigram_bits(t) AS b
                 FROM (SELECT s.id, s.current_version, similarity_trigrams(s.title || ' ' || s.summary || ' ' || left(s.body, 1000)) AS t
                         FROM submissions s WHERE s.current_version > 0 AND s.status <> 'DRAFT') x) y`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "similarity_signatures"`);
    await queryRunner.query(
      `DROP FUNCTION may_be_similar(bit, integer, integer, bit, integer, integer, double precision)`,
    );
    await queryRunner.query(`DROP FUNCTION trigram_similarity(integer[], integer[])`);
    await queryRunner.query(`DROP FUNCTION trigram_bits(integer[])`);
    await queryRunner.query(`DROP FUNCTION similarity_trigrams(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS intarray`);
  }
}
