import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near-duplicates found by comparing stored trigram sets instead of texts. pg_trgm's similarity()
 * of two texts is the share of trigrams they have in common (common ÷ all distinct). Computed on
 * stored sets, the same figure needs neither text cut into trigrams again; and a bitmap of each set
 * bounds it from above for a microsecond, so most pairs are ruled out before it is computed.
 *
 * - similarity_trigrams(text): a text's trigrams (show_trgm), each as the first 32 bits of its MD5
 *   (stable across PostgreSQL versions, unlike hashtext), distinct and sorted.
 * - trigram_bits(set): the set folded into 4,096 bits (bit `t & 4095` for each trigram t).
 * - trigram_similarity(a, b): common ÷ all distinct, as similarity() computes it (intarray's
 *   intersection, computed once: ≈ 20 µs for two sets of 800).
 * - trigram_similarity_bound(bits a, count a, bits b, count b): at least trigram_similarity. Each
 *   bit set in a's bitmap and not in b's stands for at least one trigram of a that b lacks, so the
 *   trigrams they share are at most a's count less those bits (and the same from b's side).
 *   For two unrelated texts of 800 trigrams it is ≈ 0.15, under the 0.35 threshold.
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
      `CREATE FUNCTION trigram_bits(trigrams integer[]) RETURNS bit(4096) LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS
       $$ DECLARE bits bit(4096) := repeat('0', 4096)::bit(4096); t integer;
          BEGIN
            FOREACH t IN ARRAY trigrams LOOP bits := set_bit(bits, t & 4095, 1); END LOOP;
            RETURN bits;
          END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION trigram_similarity(a integer[], b integer[]) RETURNS real LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
       $$ SELECT common::real / nullif(icount(a) + icount(b) - common, 0) FROM icount(a & b) common $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION trigram_similarity_bound(a bit(4096), a_count integer, b bit(4096), b_count integer) RETURNS real
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
       $$ SELECT common::real / nullif(a_count + b_count - common, 0)
            FROM least(a_count - bit_count(a & ~b)::integer, b_count - bit_count(b & ~a)::integer) common $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "similarity_signatures" ("submission_id" uuid NOT NULL, "version" integer NOT NULL, "trigrams" integer array NOT NULL, "trigram_count" integer NOT NULL, "bits" bit(4096) NOT NULL, CONSTRAINT "PK_similarity_signatures" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_signatures" ADD CONSTRAINT "FK_similarity_signatures_submission" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The text compared (SIMILARITY_DOC when this was written), of every submitted version.
    await queryRunner.query(
      `INSERT INTO similarity_signatures (submission_id, version, trigrams, trigram_count, bits)
       SELECT id, current_version, t, icount(t), trigram_bits(t)
         FROM (SELECT s.id, s.current_version, similarity_trigrams(s.title || ' ' || s.summary || ' ' || left(s.body, 1000)) AS t
                 FROM submissions s WHERE s.current_version > 0 AND s.status <> 'DRAFT') x`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "similarity_signatures"`);
    await queryRunner.query(`DROP FUNCTION trigram_similarity_bound(bit, integer, bit, integer)`);
    await queryRunner.query(`DROP FUNCTION trigram_similarity(integer[], integer[])`);
    await queryRunner.query(`DROP FUNCTION trigram_bits(integer[])`);
    await queryRunner.query(`DROP FUNCTION similarity_trigrams(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS intarray`);
  }
}
