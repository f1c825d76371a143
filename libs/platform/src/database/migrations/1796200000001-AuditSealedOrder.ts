import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditSealedOrder1796200000001 implements MigrationInterface {
  name = 'AuditSealedOrder1796200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_events_action_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_entity_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "ref" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_events_ref_key" ON "audit_events"  ("ref") `);
    await queryRunner.query(`CREATE INDEX "audit_events_time_idx" ON "audit_events"  ("occurred_at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_action_idx" ON "audit_events"  ("action", "occurred_at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events"  ("actor_id", "occurred_at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_entity_idx" ON "audit_events"  ("entity_type", "entity_id", "occurred_at", "id") `);
    // Reviewed addition: sealed events recorded before this release keep only their day, as new
    // ones do (their exact time let staff link them to the submitter's login). The one sanctioned
    // rewrite of the append-only trail, inside this migration's transaction.
    await queryRunner.query(`ALTER TABLE "audit_events" DISABLE TRIGGER audit_events_no_update_delete`);
    await queryRunner.query(
      `UPDATE "audit_events" SET "occurred_at" = date_trunc('day', "occurred_at", 'UTC') WHERE "actor_sealed"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ENABLE TRIGGER audit_events_no_update_delete`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_events_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_action_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_time_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_ref_key"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "ref"`);
    await queryRunner.query(`CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("id", "entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("id", "actor_id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("id", "action") `);
  }
}
