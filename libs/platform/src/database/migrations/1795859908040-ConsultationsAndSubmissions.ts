import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationsAndSubmissions1795859908040 implements MigrationInterface {
  name = 'ConsultationsAndSubmissions1795859908040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "negotiation_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "process_name" text NOT NULL, "location" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reference_key" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f9ca79ae21fe14646cc3e873ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "negotiation_sessions_reference_key" ON "negotiation_sessions"  ("reference_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "negotiation_sessions_starts_at_idx" ON "negotiation_sessions"  ("starts_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."round_status" AS ENUM('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'ARCHIVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "consultation_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "region" "public"."region" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "guiding_questions" text array NOT NULL DEFAULT '{}', "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revisions_close_at" TIMESTAMP WITH TIME ZONE NOT NULL, "word_limit" integer NOT NULL DEFAULT '2000', "languages" text array NOT NULL, "status" "public"."round_status" NOT NULL DEFAULT 'DRAFT', "opened_notified_at" TIMESTAMP WITH TIME ZONE, "closing_reminded_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_76e80cc9cbd7312ec22f1c367ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "consultation_rounds_opens_idx" ON "consultation_rounds"  ("opens_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "consultation_rounds_session_idx" ON "consultation_rounds"  ("session_id", "opens_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."provision_kind" AS ENUM('CHAPTER', 'ARTICLE')`);
    await queryRunner.query(
      `CREATE TABLE "treaty_provisions" ("id" text NOT NULL, "kind" "public"."provision_kind" NOT NULL, "chapter_number" integer NOT NULL, "article_number" integer, "title" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_b8c14963795ba0638d2d69ebf5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."disclosure" AS ENUM('NAMED', 'REGION_ONLY', 'ANONYMOUS', 'INTERNAL_ONLY')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."submission_status" AS ENUM('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'APPEALED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "submissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "session_id" uuid NOT NULL, "region" "public"."region" NOT NULL, "organisation_id" uuid NOT NULL, "author_id" uuid, "title" text NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "language" text NOT NULL, "disclosure" "public"."disclosure" NOT NULL, "provision_ids" text array NOT NULL DEFAULT '{}', "suggested_tag_ids" uuid array NOT NULL DEFAULT '{}', "status" "public"."submission_status" NOT NULL DEFAULT 'DRAFT', "current_version" integer NOT NULL DEFAULT '0', "content_hash" text NOT NULL, "withdrawal_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10b3be95b8b2fb1e482e07d706b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "submissions_region_idx" ON "submissions"  ("region", "status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "submissions_organisation_idx" ON "submissions"  ("organisation_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "submissions_status_idx" ON "submissions"  ("status", "created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "submissions_session_status_idx" ON "submissions"  ("session_id", "status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "submissions_round_status_idx" ON "submissions"  ("round_id", "status", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."cosignature_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED')`);
    await queryRunner.query(
      `CREATE TABLE "cosignatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" "public"."cosignature_status" NOT NULL DEFAULT 'PENDING', "disclosure" "public"."disclosure", "accepted_content_hash" text, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "cosignatures_submission_organisation_key" UNIQUE ("submission_id", "organisation_id"), CONSTRAINT "PK_235ad516dd54324d56fabdb02b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "cosignatures_organisation_idx" ON "cosignatures"  ("organisation_id") `);
    await queryRunner.query(`CREATE TYPE "public"."tag_category" AS ENUM('GENDER', 'HUMAN_RIGHTS', 'THEME')`);
    await queryRunner.query(
      `CREATE TABLE "tags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category" "public"."tag_category" NOT NULL, "slug" text NOT NULL, "label" text NOT NULL, "description" text NOT NULL DEFAULT '', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tags_category_slug_key" UNIQUE ("category", "slug"), CONSTRAINT "PK_e7dc17249a1148a1970748eda99" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "submission_tags" ("submission_id" uuid NOT NULL, "tag_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7fe4c71c3623f94f91f227a5649" PRIMARY KEY ("submission_id", "tag_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "submission_tags_tag_idx" ON "submission_tags"  ("tag_id", "submission_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "submission_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "language" text NOT NULL, "provision_ids" text array NOT NULL, "content_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "submission_versions_number_key" UNIQUE ("submission_id", "number"), CONSTRAINT "PK_47df3ef399d70ac2133f7d07090" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "submission_versions_submission_idx" ON "submission_versions"  ("submission_id") `,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "actor_sealed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "consultation_rounds" ADD CONSTRAINT "FK_93cb1c0083a4172bbdd2e5cb239" FOREIGN KEY ("session_id") REFERENCES "negotiation_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submissions" ADD CONSTRAINT "FK_b22644d916479589a969e9d64c2" FOREIGN KEY ("round_id") REFERENCES "consultation_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submissions" ADD CONSTRAINT "FK_deeb8aaad08db680d7997882a56" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submissions" ADD CONSTRAINT "FK_56a9a3c5a1e37b022a3315e2648" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cosignatures" ADD CONSTRAINT "FK_e85a0f2f8cd7dd3ae434ed816ec" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cosignatures" ADD CONSTRAINT "FK_971ea1d5c17b7b1fd9ac0e2df89" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_tags" ADD CONSTRAINT "FK_e0774550e57d911a8a4c47c78f3" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_tags" ADD CONSTRAINT "FK_836fc71494d58a6723ab176c83b" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_versions" ADD CONSTRAINT "FK_ad0247bc4a35b683313e99290d9" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Reviewed addition: full-text search in the submission's own language. A trigger keeps
    // search_vector current; the GIN index is declared on the entity with synchronize: false.
    await queryRunner.query(`CREATE FUNCTION plenary_ts_config(lang text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE lang WHEN 'ar' THEN 'arabic' WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'ru' THEN 'russian'
        WHEN 'es' THEN 'spanish' WHEN 'pt' THEN 'portuguese' WHEN 'de' THEN 'german' WHEN 'it' THEN 'italian' WHEN 'tr' THEN 'turkish'
        WHEN 'id' THEN 'indonesian' WHEN 'nl' THEN 'dutch' WHEN 'ro' THEN 'romanian' WHEN 'sr' THEN 'serbian' WHEN 'el' THEN 'greek'
        WHEN 'hi' THEN 'hindi' ELSE 'simple' END::regconfig $$`);
    await queryRunner.query(`CREATE FUNCTION submissions_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      NEW.search_vector := setweight(to_tsvector(plenary_ts_config(NEW.language), coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector(plenary_ts_config(NEW.language), coalesce(NEW.summary, '')), 'B')
        || setweight(to_tsvector(plenary_ts_config(NEW.language), coalesce(NEW.body, '')), 'C');
      RETURN NEW; END $$`);
    await queryRunner.query(
      `CREATE TRIGGER submissions_search_vector BEFORE INSERT OR UPDATE OF title, summary, body, language ON "submissions" FOR EACH ROW EXECUTE FUNCTION submissions_search_vector()`,
    );
    await queryRunner.query(`CREATE INDEX "submissions_search_idx" ON "submissions" USING gin ("search_vector")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "submissions_search_idx"`);
    await queryRunner.query(`DROP TRIGGER submissions_search_vector ON "submissions"`);
    await queryRunner.query(`DROP FUNCTION submissions_search_vector()`);
    await queryRunner.query(`DROP FUNCTION plenary_ts_config(text)`);
    await queryRunner.query(`ALTER TABLE "submission_versions" DROP CONSTRAINT "FK_ad0247bc4a35b683313e99290d9"`);
    await queryRunner.query(`ALTER TABLE "submission_tags" DROP CONSTRAINT "FK_836fc71494d58a6723ab176c83b"`);
    await queryRunner.query(`ALTER TABLE "submission_tags" DROP CONSTRAINT "FK_e0774550e57d911a8a4c47c78f3"`);
    await queryRunner.query(`ALTER TABLE "cosignatures" DROP CONSTRAINT "FK_971ea1d5c17b7b1fd9ac0e2df89"`);
    await queryRunner.query(`ALTER TABLE "cosignatures" DROP CONSTRAINT "FK_e85a0f2f8cd7dd3ae434ed816ec"`);
    await queryRunner.query(`ALTER TABLE "submissions" DROP CONSTRAINT "FK_56a9a3c5a1e37b022a3315e2648"`);
    await queryRunner.query(`ALTER TABLE "submissions" DROP CONSTRAINT "FK_deeb8aaad08db680d7997882a56"`);
    await queryRunner.query(`ALTER TABLE "submissions" DROP CONSTRAINT "FK_b22644d916479589a969e9d64c2"`);
    await queryRunner.query(`ALTER TABLE "consultation_rounds" DROP CONSTRAINT "FK_93cb1c0083a4172bbdd2e5cb239"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "actor_sealed"`);
    await queryRunner.query(`DROP INDEX "public"."submission_versions_submission_idx"`);
    await queryRunner.query(`DROP TABLE "submission_versions"`);
    await queryRunner.query(`DROP INDEX "public"."submission_tags_tag_idx"`);
    await queryRunner.query(`DROP TABLE "submission_tags"`);
    await queryRunner.query(`DROP TABLE "tags"`);
    await queryRunner.query(`DROP TYPE "public"."tag_category"`);
    await queryRunner.query(`DROP INDEX "public"."cosignatures_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "cosignatures"`);
    await queryRunner.query(`DROP TYPE "public"."cosignature_status"`);
    await queryRunner.query(`DROP INDEX "public"."submissions_round_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."submissions_session_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."submissions_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."submissions_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."submissions_region_idx"`);
    await queryRunner.query(`DROP TABLE "submissions"`);
    await queryRunner.query(`DROP TYPE "public"."submission_status"`);
    await queryRunner.query(`DROP TYPE "public"."disclosure"`);
    await queryRunner.query(`DROP TABLE "treaty_provisions"`);
    await queryRunner.query(`DROP TYPE "public"."provision_kind"`);
    await queryRunner.query(`DROP INDEX "public"."consultation_rounds_session_idx"`);
    await queryRunner.query(`DROP INDEX "public"."consultation_rounds_opens_idx"`);
    await queryRunner.query(`DROP TABLE "consultation_rounds"`);
    await queryRunner.query(`DROP TYPE "public"."round_status"`);
    await queryRunner.query(`DROP INDEX "public"."negotiation_sessions_starts_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."negotiation_sessions_reference_key"`);
    await queryRunner.query(`DROP TABLE "negotiation_sessions"`);
  }
}
