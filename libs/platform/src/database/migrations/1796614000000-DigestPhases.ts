import { MigrationInterface, QueryRunner } from 'typeorm';

export class DigestPhases1796614000000 implements MigrationInterface {
  name = 'DigestPhases1796614000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "digests" ADD "phase" text NOT NULL DEFAULT 'QUEUED'`);
    await queryRunner.query(`ALTER TABLE "digests" ADD "phases" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "digests" ADD "error_id" uuid`);
    // Digests compiled before phases were recorded: finished ones are DONE, failed ones FAILED.
    await queryRunner.query(
      `UPDATE "digests" SET "phase" = CASE WHEN "status" = 'FAILED' THEN 'FAILED' WHEN "status" IN ('QUEUED', 'COMPILING') THEN 'QUEUED' ELSE 'DONE' END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "digests" DROP COLUMN "error_id"`);
    await queryRunner.query(`ALTER TABLE "digests" DROP COLUMN "phases"`);
    await queryRunner.query(`ALTER TABLE "digests" DROP COLUMN "phase"`);
  }
}
