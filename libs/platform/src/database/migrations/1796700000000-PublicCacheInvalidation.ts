import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public-read cache is told of every change the public can see by the database itself: a
 * trigger on each table behind a public answer writes one `public-cache.invalidate` job per
 * transaction and scope into the outbox (and wakes the relay), whichever code path made the
 * change. Only rows the public can see count: an approved submission (before or after the change),
 * its tags, co-signatures and versions, an organisation, a published digest and its files, and
 * every session, round, provision and tag. A draft autosave writes nothing more.
 */
export class PublicCacheInvalidation1796700000000 implements MigrationInterface {
  name = 'PublicCacheInvalidation1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION plenary_public_changed(scope text) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        tx text := txid_current()::text;
        flag text := 'plenary.public_changed_' || scope;
      BEGIN
        -- Once per transaction and scope: the flag is local to the transaction.
        IF current_setting(flag, true) IS NOT DISTINCT FROM tx THEN
          RETURN;
        END IF;
        PERFORM set_config(flag, tx, true);
        INSERT INTO outbox_jobs (name, payload, job_id)
          VALUES ('public-cache.invalidate', jsonb_build_object('scope', scope, 'tx', tx),
                  'public-cache.invalidate-' || scope || '-' || tx);
        PERFORM pg_notify('plenary_outbox', '');
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION plenary_public_changed_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM plenary_public_changed(TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    // Rows of an approved submission (tags, co-signatures, versions): checked against the parent.
    await queryRunner.query(`
      CREATE FUNCTION plenary_public_submission_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.submission_id ELSE NEW.submission_id END;
      BEGIN
        IF EXISTS (SELECT 1 FROM submissions WHERE id = parent AND status = 'APPROVED') THEN
          PERFORM plenary_public_changed('submissions');
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION plenary_public_digest_file_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.digest_id ELSE NEW.digest_id END;
      BEGIN
        IF EXISTS (SELECT 1 FROM digests WHERE id = parent AND status = 'PUBLISHED') THEN
          PERFORM plenary_public_changed('digests');
        END IF;
        RETURN NULL;
      END $$`);

    // Submissions: approved before or after the change (approval, withdrawal, new content, deletion).
    await queryRunner.query(`CREATE TRIGGER public_cache_submission_insert AFTER INSERT ON submissions FOR EACH ROW
      WHEN (NEW.status = 'APPROVED') EXECUTE FUNCTION plenary_public_changed_trigger('submissions')`);
    await queryRunner.query(`CREATE TRIGGER public_cache_submission_update AFTER UPDATE ON submissions FOR EACH ROW
      WHEN (OLD.status = 'APPROVED' OR NEW.status = 'APPROVED') EXECUTE FUNCTION plenary_public_changed_trigger('submissions')`);
    await queryRunner.query(`CREATE TRIGGER public_cache_submission_delete AFTER DELETE ON submissions FOR EACH ROW
      WHEN (OLD.status = 'APPROVED') EXECUTE FUNCTION plenary_public_changed_trigger('submissions')`);
    for (const table of ['submission_tags', 'cosignatures', 'submission_versions']) {
      await queryRunner.query(`CREATE TRIGGER public_cache_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION plenary_public_submission_part_changed()`);
    }
    // Organisations: their names and details go with their submissions' attribution.
    await queryRunner.query(`CREATE TRIGGER public_cache_organisation_update AFTER UPDATE ON organisations FOR EACH ROW
      WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION plenary_public_changed_trigger('submissions')`);
    await queryRunner.query(`CREATE TRIGGER public_cache_organisation_delete AFTER DELETE ON organisations FOR EACH ROW
      EXECUTE FUNCTION plenary_public_changed_trigger('submissions')`);
    // Digests: published before or after the change.
    await queryRunner.query(`CREATE TRIGGER public_cache_digest_insert AFTER INSERT ON digests FOR EACH ROW
      WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION plenary_public_changed_trigger('digests')`);
    await queryRunner.query(`CREATE TRIGGER public_cache_digest_update AFTER UPDATE ON digests FOR EACH ROW
      WHEN (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') EXECUTE FUNCTION plenary_public_changed_trigger('digests')`);
    await queryRunner.query(`CREATE TRIGGER public_cache_digest_delete AFTER DELETE ON digests FOR EACH ROW
      WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION plenary_public_changed_trigger('digests')`);
    await queryRunner.query(`CREATE TRIGGER public_cache_digest_files AFTER INSERT OR UPDATE OR DELETE ON digest_files
      FOR EACH ROW EXECUTE FUNCTION plenary_public_digest_file_changed()`);
    // The catalogue: every change (rare, and all of it public once scheduled).
    for (const table of ['negotiation_sessions', 'consultation_rounds', 'treaty_provisions', 'tags']) {
      await queryRunner.query(`CREATE TRIGGER public_cache_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION plenary_public_changed_trigger('catalogue')`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['public_cache_submission_insert', 'submissions'],
      ['public_cache_submission_update', 'submissions'],
      ['public_cache_submission_delete', 'submissions'],
      ['public_cache_submission_tags', 'submission_tags'],
      ['public_cache_cosignatures', 'cosignatures'],
      ['public_cache_submission_versions', 'submission_versions'],
      ['public_cache_organisation_update', 'organisations'],
      ['public_cache_organisation_delete', 'organisations'],
      ['public_cache_digest_insert', 'digests'],
      ['public_cache_digest_update', 'digests'],
      ['public_cache_digest_delete', 'digests'],
      ['public_cache_digest_files', 'digest_files'],
      ['public_cache_negotiation_sessions', 'negotiation_sessions'],
      ['public_cache_consultation_rounds', 'consultation_rounds'],
      ['public_cache_treaty_provisions', 'treaty_provisions'],
      ['public_cache_tags', 'tags'],
    ]) {
      await queryRunner.query(`DROP TRIGGER ${trigger} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION plenary_public_digest_file_changed()`);
    await queryRunner.query(`DROP FUNCTION plenary_public_submission_part_changed()`);
    await queryRunner.query(`DROP FUNCTION plenary_public_changed_trigger()`);
    await queryRunner.query(`DROP FUNCTION plenary_public_changed(text)`);
  }
}
