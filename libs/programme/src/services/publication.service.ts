import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { ProvisionService } from '@app/consultations';
import { FILE_STORAGE, FileStorage } from '@app/digests';
import {
  Actor,
  Clock,
  Connection,
  decodeCursor,
  expectVersion,
  fullTextMatch,
  inTransaction,
  isStaff,
  MaybeActor,
  pageSize,
  rankKeysetPage,
  timeKeysetPage,
} from '@app/platform';
import { TagService } from '@app/taxonomy';
import { randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { PublicationEntity, PublicationKind, PublicationStatus } from '../entities';
import { ProgrammeException, ProgrammeRefusal } from './programme.exception';
import { ProgrammeErrors } from '../programme.errors';

export interface PublicationFields {
  kind: PublicationKind;
  title: string;
  authors?: string[] | null;
  authorsConsented?: boolean | null;
  abstract?: string | null;
  language: string;
  doi?: string | null;
  url?: string | null;
  sessionId?: string | null;
  tagIds?: string[] | null;
  provisionIds?: string[] | null;
}

export interface PublicationFilter {
  search?: string | null;
  kind?: PublicationKind | null;
  language?: string | null;
  sessionId?: string | null;
  tagIds?: string[] | null;
  status?: PublicationStatus | null;
}

/** Open-access files: what a publication may be, and how big. */
export const PUBLICATION_FILE_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/epub+zip': 'epub',
  'application/vnd.oasis.opendocument.text': 'odt',
};
export const PUBLICATION_FILE_MAX_BYTES = 50 * 1024 * 1024;

/** Where anyone downloads a published publication's file (ProgrammeFilesController), below the public address. */
export const publicationFilePath = (id: string): string => `/files/publications/${id}`;

const summary = (p: PublicationEntity) => ({
  kind: p.kind,
  title: p.title,
  language: p.language,
  status: p.status,
  authors: p.authors.length,
  file: p.fileSha256,
});

/** A file name safe to store and to send back in a header: letters, digits, dots, dashes, spaces. */
export function safeFileName(name: string, extension: string): string {
  const base = name
    .normalize('NFC')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'publication'}.${extension}`;
}

/**
 * Staff prepare and publish the programme's publications; the public lists, searches and downloads
 * the published ones. Authors are named only with their agreement (authorsConsented).
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tags: TagService,
    private readonly provisions: ProvisionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async create(actor: Actor, input: PublicationFields): Promise<PublicationEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const publication = manager.create(PublicationEntity, {
        kind: input.kind,
        title: input.title,
        authors: input.authors ?? [],
        abstract: input.abstract ?? '',
        language: input.language,
        doi: input.doi ?? null,
        url: input.url ?? null,
        sessionId: input.sessionId ?? null,
        tagIds: input.tagIds ?? [],
        provisionIds: input.provisionIds ?? [],
        status: PublicationStatus.DRAFT,
        publishedAt: null,
        fileKey: null,
        fileName: null,
        fileType: null,
        fileBytes: null,
        fileSha256: null,
        createdBy: actor.userId,
      });
      await this.check(manager, publication, input.authorsConsented ?? false);
      await manager.save(publication);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'publication.created',
        entityType: 'Publication',
        entityId: publication.id,
        after: summary(publication),
      });
      return publication;
    });
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    changes: Partial<PublicationFields>,
  ): Promise<PublicationEntity> {
    return this.change(actor, id, expectedVersion, 'publication.updated', async (p, manager) => {
      const authorsBefore = p.authors.join('\n');
      for (const [key, value] of Object.entries(changes)) {
        if (key === 'authorsConsented' || value === undefined) continue;
        if (value === null && !['doi', 'url', 'sessionId'].includes(key)) continue;
        (p as unknown as Record<string, unknown>)[key] = value;
      }
      // New authors need their agreement again; unchanged ones keep it.
      const consent = changes.authorsConsented ?? p.authors.join('\n') === authorsBefore;
      await this.check(manager, p, consent);
    });
  }

  /** DRAFT → PUBLISHED: listed publicly, its file downloadable by anyone. */
  publish(actor: Actor, id: string): Promise<PublicationEntity> {
    return this.change(actor, id, null, 'publication.published', async (p) => {
      if (p.status === PublicationStatus.PUBLISHED)
        throw ProgrammeException.refuse(ProgrammeRefusal.ALREADY_PUBLISHED, 'The publication is already published');
      if (!p.fileKey && !p.url && !p.doi)
        throw ProgrammeErrors.INVALID(
          'id',
          'a publication needs an open-access file, a link or a DOI before it is published',
        );
      p.status = PublicationStatus.PUBLISHED;
      p.publishedAt = this.clock.now();
    });
  }

  async get(actor: MaybeActor, id: string): Promise<PublicationEntity> {
    const p = await this.dataSource.getRepository(PublicationEntity).findOne({ where: { id } });
    if (!p || !this.canSee(actor, p)) throw ProgrammeErrors.PUBLICATION_NOT_FOUND();
    return p;
  }

  canSee(actor: MaybeActor, p: PublicationEntity): boolean {
    return p.status === PublicationStatus.PUBLISHED || isStaff(actor);
  }

  /** Newest first, or by relevance with `search` (the submissions' full-text search). */
  async list(
    actor: MaybeActor,
    filter: PublicationFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<PublicationEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    const qb = this.dataSource.getRepository(PublicationEntity).createQueryBuilder('p');
    if (!isStaff(actor)) qb.andWhere(`p.status = 'PUBLISHED'`);
    else if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.language) qb.andWhere('p.language = :language', { language: filter.language });
    if (filter.sessionId) qb.andWhere('p.session_id = :sessionId', { sessionId: filter.sessionId });
    if (filter.tagIds?.length) qb.andWhere('p.tag_ids @> :tagIds::uuid[]', { tagIds: filter.tagIds });
    if (!filter.search) return timeKeysetPage(qb, 'p.created_at', 'DESC', position, size);
    const match = fullTextMatch(
      'p.search_vector',
      `p.title || ' ' || p.abstract || ' ' || array_to_string(p.authors, ' ')`,
      filter.search,
      filter.language,
    );
    return rankKeysetPage(qb, match, position, size);
  }

  /**
   * Stores the open-access file (staff): streamed through FileStorage with its size capped, checked
   * for its type (a PDF must start as one), then recorded on the publication.
   */
  async putFile(
    actor: Actor,
    id: string,
    content: Readable,
    file: { name: string; type: string },
  ): Promise<PublicationEntity> {
    const extension = PUBLICATION_FILE_TYPES[file.type];
    if (!extension)
      throw ProgrammeErrors.INVALID('content-type', `must be one of ${Object.keys(PUBLICATION_FILE_TYPES).join(', ')}`);
    const existing = await this.dataSource.getRepository(PublicationEntity).findOne({ where: { id } });
    if (!existing) throw ProgrammeErrors.PUBLICATION_NOT_FOUND();
    // A new key per upload: a refused file never replaces the one the publication points to.
    const key = `publications/${id}/${randomUUID()}`;
    let head = Buffer.alloc(0);
    let bytes = 0;
    const guard = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (head.length < 8) head = Buffer.concat([head, chunk]).subarray(0, 8);
        if (bytes > PUBLICATION_FILE_MAX_BYTES)
          done(ProgrammeErrors.INVALID('file', `is larger than ${PUBLICATION_FILE_MAX_BYTES / 1024 / 1024} MB`));
        else done(null, chunk);
      },
    });
    content.on('error', (error) => guard.destroy(error));
    let previous: string | null = null;
    try {
      const stored = await this.storage.put(key, content.pipe(guard));
      if (stored.bytes === 0) throw ProgrammeErrors.INVALID('file', 'is empty');
      if (extension === 'pdf' && head.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw ProgrammeErrors.INVALID('file', 'is not a PDF');
      const saved = await this.change(actor, id, null, 'publication.file_stored', async (p) => {
        previous = p.fileKey;
        p.fileKey = key;
        p.fileName = safeFileName(file.name, extension);
        p.fileType = file.type;
        p.fileBytes = String(stored.bytes);
        p.fileSha256 = stored.sha256;
      });
      if (previous) await this.storage.remove(previous).catch(() => undefined);
      return saved;
    } catch (error) {
      await this.storage.remove(key).catch(() => undefined);
      throw error;
    }
  }

  /** The open-access file: staff always; anyone once published; NOT_FOUND otherwise. */
  async openFile(
    actor: MaybeActor,
    id: string,
  ): Promise<{ stream: Readable; name: string; type: string; bytes: string; sha256: string }> {
    const p = await this.get(actor, id);
    if (!p.fileKey || !p.fileName || !p.fileType || !p.fileBytes || !p.fileSha256)
      throw ProgrammeErrors.PUBLICATION_FILE_NOT_FOUND();
    const stream = await this.storage.open(p.fileKey);
    if (!stream) throw ProgrammeErrors.PUBLICATION_FILE_NOT_FOUND();
    return { stream, name: p.fileName, type: p.fileType, bytes: p.fileBytes, sha256: p.fileSha256 };
  }

  private change(
    actor: Actor,
    id: string,
    expectedVersion: number | null,
    action: string,
    mutate: (p: PublicationEntity, manager: EntityManager) => Promise<void>,
  ): Promise<PublicationEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const p = await manager.findOne(PublicationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!p) throw ProgrammeErrors.PUBLICATION_NOT_FOUND();
      expectVersion(p, expectedVersion, 'publication');
      const before = summary(p);
      await mutate(p, manager);
      await manager.save(p);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action,
        entityType: 'Publication',
        entityId: p.id,
        before,
        after: summary(p),
      });
      return p;
    });
  }

  private async check(manager: EntityManager, p: PublicationEntity, authorsConsented: boolean): Promise<void> {
    if (p.authors.length > 0 && !authorsConsented)
      throw ProgrammeErrors.INVALID('authorsConsented', 'authors are named only once they agreed to be');
    p.tagIds = (await this.tags.requireActive(p.tagIds, 'tagIds', manager)).map((t) => t.id).sort();
    p.provisionIds = await this.provisions.requireKnown(p.provisionIds, 'provisionIds', manager);
    if (p.sessionId) {
      const rows: unknown[] = await manager.query('SELECT 1 FROM negotiation_sessions WHERE id = $1', [p.sessionId]);
      if (rows.length === 0) throw ProgrammeErrors.INVALID('sessionId', 'names no negotiation session');
    }
  }
}
