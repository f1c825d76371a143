import { MigrationInterface, QueryRunner } from 'typeorm';

export class WaitingQueueIndex1795862914624 implements MigrationInterface {
  name = 'WaitingQueueIndex1795862914624';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "submissions_waiting_idx" ON "submissions"  ("submitted_at", "id") WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPEALED')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."submissions_waiting_idx"`);
  }
}
