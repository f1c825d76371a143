import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, enqueue, expectVersion, inTransaction, isStaff } from '@app/platform';
import { DataSource, In } from 'typeorm';
import { CertificateEntity, CertificateStatus, EventRegistrationEntity, TrainingModuleEntity } from '../entities';
import curriculum from '../reference/training-curriculum.json';
import { canSeeRegistration } from './programme-access';
import { ProgrammeException, ProgrammeRefusal } from './programme.exception';
import { ProgrammeErrors } from '../programme.errors';

export interface ModuleFields {
  title: string;
  summary: string;
  materials?: string | null;
  languages?: string[] | null;
  position?: number | null;
  active?: boolean | null;
}

export interface CompletedModule {
  module: TrainingModuleEntity;
  eventId: string;
  completedAt: Date;
}

/** The six UN languages a certificate is printed in. */
export const CERTIFICATE_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/**
 * The training curriculum (modules that TRAINING events cover), what each person completed (a
 * module of a training they attended), and their certificates of attendance.
 */
@Injectable()
export class TrainingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(includeInactive: boolean): Promise<TrainingModuleEntity[]> {
    return this.dataSource.getRepository(TrainingModuleEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<TrainingModuleEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(TrainingModuleEntity).find({ where: { id: In([...ids]) } });
  }

  async create(actor: Actor, input: ModuleFields): Promise<TrainingModuleEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const [{ next }] = (await manager.query(
        'SELECT COALESCE(max(position), 0) + 1 AS next FROM training_modules',
      )) as { next: number }[];
      const module = manager.create(TrainingModuleEntity, {
        title: input.title,
        summary: input.summary,
        materials: input.materials ?? '',
        languages: input.languages ?? ['en'],
        position: input.position ?? Number(next),
        active: input.active ?? true,
        referenceKey: null,
      });
      await manager.save(module);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'training_module.created',
        entityType: 'TrainingModule',
        entityId: module.id,
        after: { title: module.title, position: module.position },
      });
      return module;
    });
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    changes: Partial<ModuleFields>,
  ): Promise<TrainingModuleEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const module = await manager.findOne(TrainingModuleEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!module) throw ProgrammeErrors.TRAINING_MODULE_NOT_FOUND();
      expectVersion(module, expectedVersion, 'training module');
      const before = { title: module.title, position: module.position, active: module.active };
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined && value !== null) (module as unknown as Record<string, unknown>)[key] = value;
      }
      await manager.save(module);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'training_module.updated',
        entityType: 'TrainingModule',
        entityId: module.id,
        before,
        after: { title: module.title, position: module.position, active: module.active },
      });
      return module;
    });
  }

  /** Modules covered by trainings the person attended, each once, with the latest such training. */
  async completedBy(userId: string): Promise<CompletedModule[]> {
    const rows: { module_id: string; event_id: string; completed_at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (m.module_id) m.module_id, e.id AS event_id, e.ends_at AS completed_at
         FROM event_registrations r
         JOIN programme_events e ON e.id = r.event_id
         CROSS JOIN LATERAL unnest(e.module_ids) AS m(module_id)
        WHERE r.user_id = $1 AND r.attended IS TRUE AND e.type = 'TRAINING' AND e.status <> 'CANCELLED'
        ORDER BY m.module_id, e.ends_at DESC`,
      [userId],
    );
    const modules = new Map((await this.findByIds(rows.map((r) => r.module_id))).map((m) => [m.id, m]));
    return rows
      .filter((r) => modules.has(r.module_id))
      .map((r) => ({
        module: modules.get(r.module_id) as TrainingModuleEntity,
        eventId: r.event_id,
        completedAt: new Date(r.completed_at),
      }))
      .sort((a, b) => a.module.position - b.module.position);
  }

  /**
   * Asks the worker for a certificate of attendance, for an attended registration, in one of the
   * six UN languages. The same registration and language give the same certificate; a failed one is
   * printed again.
   */
  async requestCertificate(actor: Actor, registrationId: string, language: string): Promise<CertificateEntity> {
    if (!(CERTIFICATE_LANGUAGES as readonly string[]).includes(language))
      throw ProgrammeErrors.INVALID('language', `must be one of ${CERTIFICATE_LANGUAGES.join(', ')}`);
    return inTransaction(this.dataSource, async (manager) => {
      const registration = await manager.findOne(EventRegistrationEntity, { where: { id: registrationId } });
      if (!registration || !canSeeRegistration(actor, registration)) throw ProgrammeErrors.REGISTRATION_NOT_FOUND();
      if (registration.attended !== true)
        throw ProgrammeException.refuse(
          ProgrammeRefusal.NOT_ATTENDED,
          'A certificate is issued once staff have recorded your attendance',
          'registrationId',
        );
      await manager.query(
        `INSERT INTO event_certificates (registration_id, language) VALUES ($1, $2) ON CONFLICT (registration_id, language) DO NOTHING`,
        [registration.id, language],
      );
      const certificate = await manager.findOneOrFail(CertificateEntity, {
        where: { registrationId: registration.id, language },
        lock: { mode: 'pessimistic_write' },
      });
      if (certificate.status === CertificateStatus.READY) return certificate;
      if (certificate.status === CertificateStatus.FAILED) {
        certificate.status = CertificateStatus.QUEUED;
        await manager.save(certificate);
      }
      await enqueue(manager, { name: 'programme.certificate', payload: { certificateId: certificate.id } });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'event.certificate_requested',
        entityType: 'EventRegistration',
        entityId: registration.id,
        after: { language, byStaff: isStaff(actor) && registration.userId !== actor.userId },
      });
      return certificate;
    });
  }

  async certificate(actor: Actor, id: string): Promise<CertificateEntity> {
    const certificate = await this.dataSource.getRepository(CertificateEntity).findOne({ where: { id } });
    if (!certificate) throw ProgrammeErrors.CERTIFICATE_NOT_FOUND();
    const registration = await this.dataSource
      .getRepository(EventRegistrationEntity)
      .findOne({ where: { id: certificate.registrationId }, select: { id: true, userId: true } });
    if (!registration || !canSeeRegistration(actor, registration)) throw ProgrammeErrors.CERTIFICATE_NOT_FOUND();
    return certificate;
  }

  certificatesOf(registrationIds: readonly string[]): Promise<CertificateEntity[]> {
    if (registrationIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CertificateEntity)
      .find({ where: { registrationId: In([...registrationIds]) }, order: { language: 'ASC' } });
  }

  /** Loads the reference curriculum; idempotent (keyed on each module's key). */
  async seedReference(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(TrainingModuleEntity)
      .values(
        curriculum.modules.map((m, i) => ({
          referenceKey: m.key,
          title: m.title,
          summary: m.summary,
          materials: m.materials,
          languages: m.languages,
          position: i + 1,
        })),
      )
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }
}
