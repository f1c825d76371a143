import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, inTransaction } from '@app/platform';
import { DataSource, In } from 'typeorm';
import { ModerationNoteEntity } from '../entities';
import { ModerationAccessService } from './moderation-access';

/** Internal notes on a submission: written and read by moderators and staff only. */
@Injectable()
export class NoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ModerationAccessService,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, submissionId: string, body: string): Promise<ModerationNoteEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.access.moderatable(manager, actor, submissionId);
      const note = manager.create(ModerationNoteEntity, { submissionId, authorId: actor.userId, body });
      await manager.save(note);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'moderation.note_added',
        entityType: 'Submission',
        entityId: submissionId,
        after: { noteId: note.id },
      });
      return note;
    });
  }

  /** Notes of many submissions (for loaders); the resolver decides who may read them. */
  forSubmissions(ids: readonly string[]): Promise<ModerationNoteEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ModerationNoteEntity)
      .find({ where: { submissionId: In([...ids]) }, order: { createdAt: 'ASC' } });
  }
}
