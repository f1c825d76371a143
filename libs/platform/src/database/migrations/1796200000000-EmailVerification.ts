import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailVerification1796200000000 implements MigrationInterface {
  name = 'EmailVerification1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_verifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1ea2921e767f83cd44c0af203f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "email_verifications_user_id_idx" ON "email_verifications"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "email_verifications_token_hash_key" ON "email_verifications"  ("token_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    // Accounts that exist before verification was introduced (staff made by the CLI, the demo,
    // everyone who registered) keep logging in: they count as verified since they were created.
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
    await queryRunner.query(
      `ALTER TABLE "email_verifications" ADD CONSTRAINT "FK_c4f1838323ae1dff5aa00148915" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_verifications" DROP CONSTRAINT "FK_c4f1838323ae1dff5aa00148915"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DROP INDEX "public"."email_verifications_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."email_verifications_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "email_verifications"`);
  }
}
