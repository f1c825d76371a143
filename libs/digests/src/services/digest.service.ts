import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { AuditService } from '@app/audit';
import { SessionService } from '@app/consultations';
import { Actor, enqueue, inTransaction, isStaff, MaybeActor } from '@app/platform';
import { DataSource, In } from 'typeorm';
import { digestInputFingerprint, DigestSectionRegistry } from '../compile/digest-sections';
import { DigestEdition, DigestEntity, DigestFileEntity, DigestFormat, DigestStatus } from '../entities';
import { FILE_STORAGE, FileStorage } from '../storage/file-storage';
import { DigestErrors } from '../digests.errors';
import { DigestWriterRegistry } from '../formats/digest-writers';

const COMPILED: readonly DigestStatus[] = [DigestStatus.READY, DigestStatus.PUBLISHED];

/** Asking for, reading, publishing and downloading digests. Compiling is the worker's (DigestCompiler). */
@Injectable()
export class DigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly writers: DigestWriterRegistry,
    private readonly sections: DigestSectionRegistry,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /**
   * Staff ask for a digest. One in flight per session and edition (a partial unique index): a
   * request while one is queued or compiling returns that one, and of concurrent requests one
   * inserts and the rest get the same row. If nothing changed since the latest version, that
   * version is returned and no job runs.
   */
  async request(actor: Actor, sessionId: string, edition: DigestEdition): Promise<DigestEntity> {
    // A lost race (the in-flight digest finished between our insert and our re-read) simply asks again.
    for (let attempt = 0; ; attempt += 1) {
      const digest = await this.tryRequest(actor, sessionId, edition);
      if (digest || attempt >= 3) {
        if (!digest) throw DigestErrors.REQUEST_RACED();
        return digest;
      }
    }
  }

  private tryRequest(actor: Actor, sessionId: string, edition: DigestEdition): Promise<DigestEntity | null> {
    return inTransaction(this.dataSource, async (manager) => {
      if (!(await this.sessions.exists(sessionId, manager))) {
        throw DigestErrors.SESSION_NOT_FOUND();
      }
      const inFlight = () =>
        manager.findOne(DigestEntity, {
          where: { sessionId, edition, status: In([DigestStatus.QUEUED, DigestStatus.COMPILING]) },
        });
      const running = await inFlight();
      if (running) return running;
      const fingerprint = await digestInputFingerprint(manager, this.sections, sessionId, edition);
      const latest = await this.latest(sessionId, edition, manager);
      if (latest && latest.inputFingerprint === fingerprint) return latest;
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO digests (session_id, edition, status, input_fingerprint, requested_by) VALUES ($1, $2, 'QUEUED', $3, $4)
         ON CONFLICT (session_id, edition) WHERE status IN ('QUEUED', 'COMPILING') DO NOTHING RETURNING id`,
        [sessionId, edition, fingerprint, actor.userId],
      );
      if (inserted.length === 0) return inFlight();
      const digestId = inserted[0].id;
      await enqueue(manager, { name: 'digest.compile', payload: { digestId } });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'digest.requested',
        entityType: 'Digest',
        entityId: digestId,
        after: { sessionId, edition },
      });
      return manager.findOneByOrFail(DigestEntity, { id: digestId });
    });
  }

  /** Staff publish a READY PUBLIC digest; then anyone can read and download it. */
  async publish(actor: Actor, id: string): Promise<DigestEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const digest = await manager.findOne(DigestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!digest) throw DigestErrors.DIGEST_NOT_FOUND();
      if (digest.edition !== DigestEdition.PUBLIC) throw DigestErrors.ONLY_PUBLIC_PUBLISHED();
      if (digest.status !== DigestStatus.READY) throw DigestErrors.NOT_READY(digest.status);
      // Publishing an older version after a newer one exists would put out-of-date content in front of delegates.
      const newer = await manager.findOne(DigestEntity, {
        where: { sessionId: digest.sessionId, edition: digest.edition, status: In([...COMPILED]) },
        order: { version: 'DESC' },
      });
      if (newer && newer.version !== null && digest.version !== null && newer.version > digest.version)
        throw DigestErrors.SUPERSEDED(digest.version, newer.version);
      digest.status = DigestStatus.PUBLISHED;
      digest.publishedAt = new Date();
      await manager.save(digest);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'digest.published',
        entityType: 'Digest',
        entityId: id,
        after: { version: digest.version },
      });
      return digest;
    });
  }

  /** Staff see every digest; everyone else only published ones (others answer NOT_FOUND). */
  async get(actor: MaybeActor, id: string): Promise<DigestEntity> {
    const digest = await this.dataSource.getRepository(DigestEntity).findOne({ where: { id } });
    if (!digest || !this.canSee(actor, digest)) throw DigestErrors.DIGEST_NOT_FOUND();
    return digest;
  }

  canSee(actor: MaybeActor, digest: DigestEntity): boolean {
    return isStaff(actor) || digest.status === DigestStatus.PUBLISHED;
  }

  /** Newest first. */
  list(actor: MaybeActor, sessionId: string, edition?: DigestEdition | null): Promise<DigestEntity[]> {
    return this.dataSource.getRepository(DigestEntity).find({
      where: {
        sessionId,
        ...(edition ? { edition } : {}),
        ...(isStaff(actor) ? {} : { status: DigestStatus.PUBLISHED }),
      },
      order: { requestedAt: 'DESC' },
      take: 100,
    });
  }

  /**
   * The newest compiled (READY or PUBLISHED) version of each session and edition the caller may
   * see: staff, everything; everyone else, published versions only.
   */
  async latestVersions(
    actor: MaybeActor,
    keys: readonly { sessionId: string; edition: DigestEdition }[],
  ): Promise<(number | null)[]> {
    const statuses = isStaff(actor) ? [...COMPILED] : [DigestStatus.PUBLISHED];
    const rows: { session_id: string; edition: string; version: number }[] = await this.dataSource.query(
      `SELECT session_id, edition::text AS edition, max(version) AS version FROM digests
        WHERE session_id = ANY($1::uuid[]) AND status::text = ANY($2::text[])
        GROUP BY session_id, edition`,
      [[...new Set(keys.map((k) => k.sessionId))], statuses],
    );
    const byKey = new Map(rows.map((r) => [`${r.session_id}|${r.edition}`, Number(r.version)]));
    return keys.map((k) => byKey.get(`${k.sessionId}|${k.edition}`) ?? null);
  }

  filesOf(digestIds: readonly string[]): Promise<DigestFileEntity[]> {
    if (digestIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(DigestFileEntity).find({ where: { digestId: In([...digestIds]) } });
  }

  /** The file to stream, with its name and type; NOT_FOUND for anything the caller may not download. */
  async open(
    actor: MaybeActor,
    id: string,
    format: string,
  ): Promise<{ stream: Readable; contentType: string; filename: string; bytes: string; sha256: string }> {
    const fmt = Object.values(DigestFormat).find((f) => f === format);
    const digest = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.dataSource.getRepository(DigestEntity).findOne({ where: { id } })
      : null;
    if (!fmt || !digest || !this.canSee(actor, digest) || !COMPILED.includes(digest.status))
      throw DigestErrors.FILE_NOT_FOUND();
    const file = await this.dataSource
      .getRepository(DigestFileEntity)
      .findOne({ where: { digestId: id, format: fmt } });
    const stream = file ? await this.storage.open(file.storageKey) : null;
    if (!file || !stream) throw DigestErrors.FILE_NOT_FOUND();
    const session = (await this.sessions.findByIds([digest.sessionId]))[0];
    const slug =
      (session?.title ?? '')
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase()
        .slice(0, 60) || 'session';
    return {
      stream,
      contentType: this.writers.contentTypeOf(fmt),
      filename: `plenary-digest-${slug}-${digest.edition.toLowerCase()}-v${digest.version}.${fmt}`,
      bytes: file.bytes,
      sha256: file.sha256,
    };
  }

  private latest(
    sessionId: string,
    edition: DigestEdition,
    manager = this.dataSource.manager,
  ): Promise<DigestEntity | null> {
    return manager.findOne(DigestEntity, {
      where: { sessionId, edition, status: In([...COMPILED]) },
      order: { version: 'DESC' },
    });
  }
}
