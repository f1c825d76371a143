import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near-duplicates found by comparing stored trigram sets instead of texts. pg_trgm's similarity()
 * of two texts is the share of trigrams they have in common (common ÷ all distinct); computed on
 * stored sorted integer sets (intarray), the same figure costs microseconds instead of a fraction
 * of a millisecond per pair, since neither text is cut into trigrams again.
 *
 * - similarity_trigrams(text): a text's trigrams (show_trgm), each as the first 32 bits of its MD5
 *   (stable across PostgreSQL versions, unlike hashtext), distinct and sorted.
 * - trigram_similarity(a, b): common ÷ all distinct, as similarity() computes it.
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
      `CREATE FUNCTION trigram_similarity(a integer[], b integer[]) RETURNS real LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
       $$ SELECT icount(a & b)::real / nullif(icount(a) + icount(b) - icount(a & b), 0) $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "similarity_signatures" ("submission_id" uuid NOT NULL, "version" integer NOT NULL, "trigrams" integer array NOT NULL, CONSTRAINT "PK_similarity_signatures" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_signatures" ADD CONSTRAINT "FK_similarity_signatures_submission" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The text compared (SIMILARITY_DOC when this was written), of every submitted version.
    await queryRunner.query(
      `INSERT INTO similarity_signatures (submission_id, version, trigrams)
       SELECT s.id, s.current_version, similarity_trigrams(s.title || ' ' || s.summary || ' ' || left(s.body, 1000))
         FROM submissions s WHERE s.current_version > 0 AND s.status <> 'DRAFT'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "similarity_signatures"`);
    await queryRunner.query(`DROP FUNCTION trigram_similarity(integer[], integer[])`);
    await queryRunner.query(`DROP FUNCTION similarity_trigrams(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS intarray`);
  }
}
