import { MigrationInterface, QueryRunner } from 'typeorm';

export class Digests1795860530934 implements MigrationInterface {
  name = 'Digests1795860530934';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."digest_edition" AS ENUM('PUBLIC', 'INTERNAL')`);
    await queryRunner.query(
      `CREATE TYPE "public"."digest_status" AS ENUM('QUEUED', 'COMPILING', 'READY', 'UNCHANGED', 'FAILED', 'PUBLISHED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "edition" "public"."digest_edition" NOT NULL, "version" integer, "status" "public"."digest_status" NOT NULL DEFAULT 'QUEUED', "progress" integer NOT NULL DEFAULT '0', "submission_count" integer, "content_hash" text, "input_fingerprint" text, "stats" jsonb, "changes" jsonb, "error" text, "same_as_id" uuid, "requested_by" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3849fbafde59a8a4abf182ad18c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "digests_session_idx" ON "digests"  ("session_id", "edition", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "digests_version_key" ON "digests"  ("session_id", "edition", "version") WHERE status IN ('READY', 'PUBLISHED')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "digests_in_flight_key" ON "digests"  ("session_id", "edition") WHERE status IN ('QUEUED', 'COMPILING')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."digest_format" AS ENUM('json', 'md', 'html', 'pdf', 'docx', 'csv')`);
    await queryRunner.query(
      `CREATE TABLE "digest_files" ("digest_id" uuid NOT NULL, "format" "public"."digest_format" NOT NULL, "bytes" bigint NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, CONSTRAINT "PK_c552f3bd9abbdfadd1817c9b85d" PRIMARY KEY ("digest_id", "format"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "digest_items" ("digest_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "version_number" integer NOT NULL, "title" text NOT NULL, "entry_hash" text NOT NULL, CONSTRAINT "PK_97ee69db94b06de94f25ffce1f9" PRIMARY KEY ("digest_id", "submission_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "digests" ADD CONSTRAINT "FK_b782fe6e7dccfefe727e514be52" FOREIGN KEY ("session_id") REFERENCES "negotiation_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "digest_files" ADD CONSTRAINT "FK_ad7357ddf0faa16a109c447a249" FOREIGN KEY ("digest_id") REFERENCES "digests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "digest_items" ADD CONSTRAINT "FK_61898e89ea56c3e5a82bebfa9ec" FOREIGN KEY ("digest_id") REFERENCES "digests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "digest_items" DROP CONSTRAINT "FK_61898e89ea56c3e5a82bebfa9ec"`);
    await queryRunner.query(`ALTER TABLE "digest_files" DROP CONSTRAINT "FK_ad7357ddf0faa16a109c447a249"`);
    await queryRunner.query(`ALTER TABLE "digests" DROP CONSTRAINT "FK_b782fe6e7dccfefe727e514be52"`);
    await queryRunner.query(`DROP TABLE "digest_items"`);
    await queryRunner.query(`DROP TABLE "digest_files"`);
    await queryRunner.query(`DROP TYPE "public"."digest_format"`);
    await queryRunner.query(`DROP INDEX "public"."digests_in_flight_key"`);
    await queryRunner.query(`DROP INDEX "public"."digests_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."digests_session_idx"`);
    await queryRunner.query(`DROP TABLE "digests"`);
    await queryRunner.query(`DROP TYPE "public"."digest_status"`);
    await queryRunner.query(`DROP TYPE "public"."digest_edition"`);
  }
}
