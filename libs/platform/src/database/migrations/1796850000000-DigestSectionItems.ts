import { MigrationInterface, QueryRunner } from 'typeorm';

export class DigestSectionItems1796850000000 implements MigrationInterface {
  name = 'DigestSectionItems1796850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "digest_items" ADD "section" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "digest_items" DROP COLUMN "section"`);
  }
}
