import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { FILE_STORAGE, FileStorage } from '@app/digests';
import { DataSubject, PersonalDataRegistry } from '@app/platform';
import { EntityManager } from 'typeorm';

/**
 * A person's registrations (with their own answers: needs, gender identity) are theirs to export.
 * Deleting the account erases those answers and the link to the person; the registration stays,
 * anonymous, in the event's counts. Certificates (which carry the name) are deleted, files included;
 * invitations to the address are forgotten.
 */
@Injectable()
export class ProgrammePersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'eventRegistrations',
      export: (manager: EntityManager, { userId }: DataSubject) =>
        manager.query(
          `SELECT e.title AS event, e.starts_at AS "startsAt", r.status, r.organisation_id AS "organisationId",
                  r.needs, r.gender_identity AS "genderIdentity", r.gender_self_description AS "genderSelfDescription",
                  r.consented_at AS "consentedAt", r.attended, r.created_at AS "registeredAt"
             FROM event_registrations r JOIN programme_events e ON e.id = r.event_id
            WHERE r.user_id = $1 ORDER BY r.created_at`,
          [userId],
        ),
      erase: async (manager: EntityManager, { userId, emailNormalized }: DataSubject) => {
        // DELETE … RETURNING answers [rows, count] through TypeORM's query().
        const [certificates]: [{ storage_key: string | null }[], number] = await manager.query(
          `DELETE FROM event_certificates c USING event_registrations r
            WHERE c.registration_id = r.id AND r.user_id = $1 RETURNING c.storage_key`,
          [userId],
        );
        await manager.query(
          `UPDATE event_registrations SET user_id = NULL, needs = '', gender_identity = NULL, gender_self_description = NULL
            WHERE user_id = $1`,
          [userId],
        );
        await manager.query(`DELETE FROM event_invitations WHERE email_normalized = $1`, [emailNormalized]);
        for (const c of certificates)
          if (c.storage_key) await this.storage.remove(c.storage_key).catch(() => undefined);
      },
    });
  }
}
