import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1795860206313 implements MigrationInterface {
  name = 'Moderation1795860206313';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "moderation_claims" ("submission_id" uuid NOT NULL, "moderator_id" uuid NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1c14df4d957934b36a5373c72bd" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "moderation_claims_moderator_idx" ON "moderation_claims"  ("moderator_id") `);
    await queryRunner.query(
      `CREATE TABLE "tag_reviews" ("submission_id" uuid NOT NULL, "no_gender_considerations" boolean NOT NULL DEFAULT false, "no_human_rights_considerations" boolean NOT NULL DEFAULT false, "has_gender_tag" boolean NOT NULL DEFAULT false, "has_human_rights_tag" boolean NOT NULL DEFAULT false, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_39bd0c7b0cff525b6c4091a11cb" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."moderation_decision" AS ENUM('APPROVE', 'REJECT', 'REQUEST_CHANGES')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."reason_code" AS ENUM('IN_SCOPE', 'OUT_OF_SCOPE', 'DUPLICATE', 'SPAM', 'ABUSIVE_CONTENT', 'INSUFFICIENT_SUBSTANCE', 'PERSONAL_DATA', 'NEEDS_CLARIFICATION', 'MISSING_PROVISIONS', 'FORMATTING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "decision" "public"."moderation_decision" NOT NULL, "reason_code" "public"."reason_code" NOT NULL, "message" text, "version_number" integer NOT NULL, "moderator_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e82d086a52c4233bcb60bc5b67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_decisions_submission_idx" ON "moderation_decisions"  ("submission_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_933d4398b96b47f8aceb7fab524" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_notes_submission_idx" ON "moderation_notes"  ("submission_id", "created_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."appeal_resolution" AS ENUM('UPHOLD', 'OVERTURN')`);
    await queryRunner.query(
      `CREATE TABLE "appeals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "appellant_id" uuid, "reason" text NOT NULL, "resolution" "public"."appeal_resolution", "resolution_message" text, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ebd2050a02aa78081b5346152bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "appeals_submission_key" ON "appeals"  ("submission_id") `);
    await queryRunner.query(`CREATE INDEX "submissions_queue_idx" ON "submissions"  ("status", "submitted_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "moderation_claims" ADD CONSTRAINT "FK_1c14df4d957934b36a5373c72bd" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_claims" ADD CONSTRAINT "FK_16bb853c93dd0e93afd72d10262" FOREIGN KEY ("moderator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tag_reviews" ADD CONSTRAINT "FK_39bd0c7b0cff525b6c4091a11cb" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_decisions" ADD CONSTRAINT "FK_ce02488357af140e1879443b62a" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_notes" ADD CONSTRAINT "FK_82bf53508242c8b58cb29ca932f" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appeals" ADD CONSTRAINT "FK_f799769b92a913305d0af7ff534" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Reviewed addition: near-duplicate detection with pg_trgm on the same text SimilarityService compares.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "submissions_similarity_idx" ON "submissions" USING gin ((title || ' ' || summary || ' ' || left(body, 1000)) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "submissions_similarity_idx"`);
    await queryRunner.query(`ALTER TABLE "appeals" DROP CONSTRAINT "FK_f799769b92a913305d0af7ff534"`);
    await queryRunner.query(`ALTER TABLE "moderation_notes" DROP CONSTRAINT "FK_82bf53508242c8b58cb29ca932f"`);
    await queryRunner.query(`ALTER TABLE "moderation_decisions" DROP CONSTRAINT "FK_ce02488357af140e1879443b62a"`);
    await queryRunner.query(`ALTER TABLE "tag_reviews" DROP CONSTRAINT "FK_39bd0c7b0cff525b6c4091a11cb"`);
    await queryRunner.query(`ALTER TABLE "moderation_claims" DROP CONSTRAINT "FK_16bb853c93dd0e93afd72d10262"`);
    await queryRunner.query(`ALTER TABLE "moderation_claims" DROP CONSTRAINT "FK_1c14df4d957934b36a5373c72bd"`);
    await queryRunner.query(`DROP INDEX "public"."submissions_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."appeals_submission_key"`);
    await queryRunner.query(`DROP TABLE "appeals"`);
    await queryRunner.query(`DROP TYPE "public"."appeal_resolution"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_notes_submission_idx"`);
    await queryRunner.query(`DROP TABLE "moderation_notes"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_decisions_submission_idx"`);
    await queryRunner.query(`DROP TABLE "moderation_decisions"`);
    await queryRunner.query(`DROP TYPE "public"."reason_code"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_decision"`);
    await queryRunner.query(`DROP TABLE "tag_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_claims_moderator_idx"`);
    await queryRunner.query(`DROP TABLE "moderation_claims"`);
  }
}
