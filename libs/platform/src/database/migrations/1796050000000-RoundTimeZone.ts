import { MigrationInterface, QueryRunner } from 'typeorm';

export class RoundTimeZone1796050000000 implements MigrationInterface {
  name = 'RoundTimeZone1796050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultation_rounds" ADD "time_zone" text NOT NULL DEFAULT 'UTC'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultation_rounds" DROP COLUMN "time_zone"`);
  }
}
