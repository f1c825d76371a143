import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near-duplicates found once per submitted version (SimilarityService.refresh, a worker job) instead
 * of by a trigram probe for every queue item each time the queue is read. Existing submissions are
 * checked by the sweep job after this migration; until then their "has similar" is computed live.
 */
export class SimilarPairs1796900000000 implements MigrationInterface {
  name = 'SimilarPairs1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "similarity_checks" ("submission_id" uuid NOT NULL, "version" integer NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b2e4600649329855155a5f90b7" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "similar_pairs" ("submission_id" uuid NOT NULL, "similar_id" uuid NOT NULL, "score" real NOT NULL, CONSTRAINT "PK_302d9665a50dceaa6837c77aa39" PRIMARY KEY ("submission_id", "similar_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "similar_pairs_similar_idx" ON "similar_pairs"  ("similar_id") `);
    await queryRunner.query(
      `ALTER TABLE "similarity_checks" ADD CONSTRAINT "FK_7b2e4600649329855155a5f90b7" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "similar_pairs" ADD CONSTRAINT "FK_fa9a7fafde7af4e051bc5b23696" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "similar_pairs" ADD CONSTRAINT "FK_f9833f97f7d257b69e9848185af" FOREIGN KEY ("similar_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "similar_pairs" DROP CONSTRAINT "FK_f9833f97f7d257b69e9848185af"`);
    await queryRunner.query(`ALTER TABLE "similar_pairs" DROP CONSTRAINT "FK_fa9a7fafde7af4e051bc5b23696"`);
    await queryRunner.query(`ALTER TABLE "similarity_checks" DROP CONSTRAINT "FK_7b2e4600649329855155a5f90b7"`);
    await queryRunner.query(`DROP INDEX "public"."similar_pairs_similar_idx"`);
    await queryRunner.query(`DROP TABLE "similar_pairs"`);
    await queryRunner.query(`DROP TABLE "similarity_checks"`);
  }
}
