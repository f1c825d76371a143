import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyLease1796600000211 implements MigrationInterface {
  name = 'IdempotencyLease1796600000211';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD "lease_until" TIMESTAMP WITH TIME ZONE, ADD "committed_at" TIMESTAMP WITH TIME ZONE`,
    );
    // Keys held when this runs belong to requests of an api that stopped: whether they wrote
    // anything is unknown, so they count as written, with the answer lost (never run twice).
    await queryRunner.query(
      `UPDATE "idempotency_keys" SET "lease_until" = "created_at", "committed_at" = "created_at" WHERE "response" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "committed_at", DROP COLUMN "lease_until"`);
  }
}
