import { MigrationInterface, QueryRunner } from 'typeorm';

export class Programme1796800000000 implements MigrationInterface {
  name = 'Programme1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."programme_event_type" AS ENUM('TRAINING', 'SIDE_MEETING', 'REGIONAL_MEETING', 'OUTREACH_FORUM')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."event_format" AS ENUM('IN_PERSON', 'ONLINE', 'HYBRID')`);
    await queryRunner.query(`CREATE TYPE "public"."registration_mode" AS ENUM('OPEN', 'INVITATION_ONLY', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE "public"."event_status" AS ENUM('SCHEDULED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "programme_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."programme_event_type" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "session_id" uuid, "regions" "public"."region" array NOT NULL DEFAULT '{}', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL DEFAULT 'UTC', "format" "public"."event_format" NOT NULL, "venue" text, "online_url" text, "languages" text array NOT NULL DEFAULT '{}', "interpretation" text array NOT NULL DEFAULT '{}', "capacity" integer, "registration_mode" "public"."registration_mode" NOT NULL, "registration_deadline" TIMESTAMP WITH TIME ZONE, "chatham_house" boolean NOT NULL DEFAULT false, "module_ids" uuid array NOT NULL DEFAULT '{}', "status" "public"."event_status" NOT NULL DEFAULT 'SCHEDULED', "cancellation_reason" text, "week_reminder_sent_at" TIMESTAMP WITH TIME ZONE, "day_reminder_sent_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_346eebbfd87222bb6a9de0be52b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "programme_events_session_idx" ON "programme_events"  ("session_id", "starts_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "programme_events_starts_idx" ON "programme_events"  ("starts_at", "id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."registration_status" AS ENUM('CONFIRMED', 'WAITLISTED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."gender_identity" AS ENUM('WOMAN', 'MAN', 'NON_BINARY', 'SELF_DESCRIBED', 'PREFER_NOT_TO_SAY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "user_id" uuid, "organisation_id" uuid, "region" "public"."region", "organisation_type" "public"."organisation_type", "status" "public"."registration_status" NOT NULL, "needs" text NOT NULL DEFAULT '', "gender_identity" "public"."gender_identity", "gender_self_description" text, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invitation_id" uuid, "waitlisted_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "attended" boolean, "attendance_marked_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_953d3b862c2487289a92b2356e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "event_registrations_user_idx" ON "event_registrations"  ("user_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "event_registrations_event_idx" ON "event_registrations"  ("event_id", "status", "waitlisted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_registrations_active_key" ON "event_registrations"  ("event_id", "user_id") WHERE status <> 'CANCELLED' AND user_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TYPE "public"."certificate_status" AS ENUM('QUEUED', 'READY', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "event_certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "registration_id" uuid NOT NULL, "language" text NOT NULL, "status" "public"."certificate_status" NOT NULL DEFAULT 'QUEUED', "storage_key" text, "bytes" bigint, "sha256" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8f56e22b85b4566bf5cf5e98354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_certificates_registration_language_key" ON "event_certificates"  ("registration_id", "language") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "email_normalized" text NOT NULL, "token_hash" text NOT NULL, "invited_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "registration_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48ba3c43da3ae3e1f824f671da7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_invitations_token_hash_key" ON "event_invitations"  ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "event_invitations_email_idx" ON "event_invitations"  ("email_normalized") `);
    await queryRunner.query(
      `CREATE INDEX "event_invitations_event_idx" ON "event_invitations"  ("event_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_outcomes" ("event_id" uuid NOT NULL, "key_messages" text NOT NULL, "tag_ids" uuid array NOT NULL DEFAULT '{}', "provision_ids" text array NOT NULL DEFAULT '{}', "no_gender_considerations" boolean NOT NULL DEFAULT false, "no_human_rights_considerations" boolean NOT NULL DEFAULT false, "speakers" text array NOT NULL DEFAULT '{}', "recorded_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a005e7149030e3aa1b236e71aaa" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."publication_kind" AS ENUM('REPORT', 'JOURNAL_ARTICLE', 'BRIEF')`);
    await queryRunner.query(`CREATE TYPE "public"."publication_status" AS ENUM('DRAFT', 'PUBLISHED')`);
    await queryRunner.query(
      `CREATE TABLE "publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."publication_kind" NOT NULL, "title" text NOT NULL, "authors" text array NOT NULL DEFAULT '{}', "abstract" text NOT NULL DEFAULT '', "language" text NOT NULL, "doi" text, "url" text, "session_id" uuid, "tag_ids" uuid array NOT NULL DEFAULT '{}', "provision_ids" text array NOT NULL DEFAULT '{}', "status" "public"."publication_status" NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "file_key" text, "file_name" text, "file_type" text, "file_bytes" bigint, "file_sha256" text, "search_vector" tsvector, "created_by" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c4e732b044e09139d2f1065fae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "publications_listing_idx" ON "publications"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference_key" text, "title" text NOT NULL, "summary" text NOT NULL, "materials" text NOT NULL DEFAULT '', "languages" text array NOT NULL DEFAULT '{}', "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eb8283e63be7f65abc59c5d96a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "training_modules_reference_key" ON "training_modules"  ("reference_key") `,
    );
    await queryRunner.query(`CREATE INDEX "training_modules_position_idx" ON "training_modules"  ("position", "id") `);
    await queryRunner.query(
      `ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d" FOREIGN KEY ("event_id") REFERENCES "programme_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_certificates" ADD CONSTRAINT "FK_0894459390037d70520694cab52" FOREIGN KEY ("registration_id") REFERENCES "event_registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_invitations" ADD CONSTRAINT "FK_2ae6a8d87d5dfa578ab085bc59a" FOREIGN KEY ("event_id") REFERENCES "programme_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_outcomes" ADD CONSTRAINT "FK_a005e7149030e3aa1b236e71aaa" FOREIGN KEY ("event_id") REFERENCES "programme_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Reviewed addition: publications are searched like submissions (plenary_ts_config of their
    // language); a trigger keeps search_vector current, the GIN index is declared with synchronize: false.
    await queryRunner.query(`CREATE FUNCTION publications_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      NEW.search_vector := setweight(to_tsvector(plenary_ts_config(NEW.language), coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector(plenary_ts_config(NEW.language), array_to_string(NEW.authors, ' ')), 'B')
        || setweight(to_tsvector(plenary_ts_config(NEW.language), coalesce(NEW.abstract, '')), 'C');
      RETURN NEW; END $$`);
    await queryRunner.query(
      `CREATE TRIGGER publications_search_vector BEFORE INSERT OR UPDATE OF title, authors, abstract, language ON "publications" FOR EACH ROW EXECUTE FUNCTION publications_search_vector()`,
    );
    await queryRunner.query(`CREATE INDEX "publications_search_idx" ON "publications" USING gin ("search_vector")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "publications_search_idx"`);
    await queryRunner.query(`DROP TRIGGER publications_search_vector ON "publications"`);
    await queryRunner.query(`DROP FUNCTION publications_search_vector()`);
    await queryRunner.query(`ALTER TABLE "event_outcomes" DROP CONSTRAINT "FK_a005e7149030e3aa1b236e71aaa"`);
    await queryRunner.query(`ALTER TABLE "event_invitations" DROP CONSTRAINT "FK_2ae6a8d87d5dfa578ab085bc59a"`);
    await queryRunner.query(`ALTER TABLE "event_certificates" DROP CONSTRAINT "FK_0894459390037d70520694cab52"`);
    await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d"`);
    await queryRunner.query(`DROP INDEX "public"."training_modules_position_idx"`);
    await queryRunner.query(`DROP INDEX "public"."training_modules_reference_key"`);
    await queryRunner.query(`DROP TABLE "training_modules"`);
    await queryRunner.query(`DROP INDEX "public"."publications_listing_idx"`);
    await queryRunner.query(`DROP TABLE "publications"`);
    await queryRunner.query(`DROP TYPE "public"."publication_status"`);
    await queryRunner.query(`DROP TYPE "public"."publication_kind"`);
    await queryRunner.query(`DROP TABLE "event_outcomes"`);
    await queryRunner.query(`DROP INDEX "public"."event_invitations_event_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_invitations_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_invitations_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "event_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."event_certificates_registration_language_key"`);
    await queryRunner.query(`DROP TABLE "event_certificates"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_status"`);
    await queryRunner.query(`DROP INDEX "public"."event_registrations_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."event_registrations_event_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_registrations_user_idx"`);
    await queryRunner.query(`DROP TABLE "event_registrations"`);
    await queryRunner.query(`DROP TYPE "public"."gender_identity"`);
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
    await queryRunner.query(`DROP INDEX "public"."programme_events_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."programme_events_session_idx"`);
    await queryRunner.query(`DROP TABLE "programme_events"`);
    await queryRunner.query(`DROP TYPE "public"."event_status"`);
    await queryRunner.query(`DROP TYPE "public"."registration_mode"`);
    await queryRunner.query(`DROP TYPE "public"."event_format"`);
    await queryRunner.query(`DROP TYPE "public"."programme_event_type"`);
  }
}
