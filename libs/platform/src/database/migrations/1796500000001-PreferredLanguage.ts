import { MigrationInterface, QueryRunner } from 'typeorm';

export class PreferredLanguage1796500000001 implements MigrationInterface {
  name = 'PreferredLanguage1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "preferred_language" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "preferred_language"`);
  }
}
