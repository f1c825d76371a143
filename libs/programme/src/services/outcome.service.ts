import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { ProvisionService } from '@app/consultations';
import { Actor, Clock, expectVersion, inTransaction, staleVersion } from '@app/platform';
import { TagCategory, tagReviewComplete, tagReviewContradiction, TagService } from '@app/taxonomy';
import { DataSource, In } from 'typeorm';
import { EventOutcomeEntity, EventStatus } from '../entities';
import { EventService } from './event.service';
import { ProgrammeException, ProgrammeRefusal } from './programme.exception';
import { ProgrammeErrors } from '../programme.errors';

export interface OutcomeInput {
  eventId: string;
  expectedVersion?: number | null;
  keyMessages: string;
  tagIds: string[];
  noGenderConsiderations: boolean;
  noHumanRightsConsiderations: boolean;
  provisionIds: string[];
  speakers?: string[] | null;
}

/**
 * Staff record what an event produced. The tags carry the same gender and human-rights review as
 * an approved submission (taxonomy's tag-review rule); a Chatham House event's outcome names
 * nobody.
 */
@Injectable()
export class OutcomeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly tags: TagService,
    private readonly provisions: ProvisionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, input: OutcomeInput): Promise<EventOutcomeEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.events.lock(manager, input.eventId);
      if (event.status === EventStatus.CANCELLED)
        throw ProgrammeException.refuse(
          ProgrammeRefusal.EVENT_CANCELLED,
          'A cancelled event has no outcome',
          'eventId',
        );
      if (this.clock.now() < event.startsAt)
        throw ProgrammeException.refuse(
          ProgrammeRefusal.EVENT_NOT_STARTED,
          'An outcome is recorded once the event has taken place',
          'eventId',
        );
      const speakers = [...new Set((input.speakers ?? []).map((s) => s.trim()).filter(Boolean))];
      if (event.chathamHouse && speakers.length > 0)
        throw ProgrammeException.refuse(
          ProgrammeRefusal.CHATHAM_HOUSE,
          'The event was held under the Chatham House Rule: its outcome names no speakers',
          'speakers',
        );
      const tags = await this.tags.requireActive(input.tagIds, 'tagIds', manager);
      const contradiction = tagReviewContradiction(tags, input);
      if (contradiction) throw ProgrammeErrors.INVALID(contradiction.field, contradiction.message);
      const review = {
        ...input,
        hasGenderTag: tags.some((t) => t.category === TagCategory.GENDER),
        hasHumanRightsTag: tags.some((t) => t.category === TagCategory.HUMAN_RIGHTS),
      };
      if (!tagReviewComplete(review))
        throw ProgrammeException.refuse(
          ProgrammeRefusal.REVIEW_INCOMPLETE,
          'The outcome needs a GENDER tag or noGenderConsiderations, and a HUMAN_RIGHTS tag or noHumanRightsConsiderations',
          'tagIds',
        );
      const provisionIds = await this.provisions.requireKnown(input.provisionIds, 'provisionIds', manager);
      const existing = await manager.findOne(EventOutcomeEntity, {
        where: { eventId: event.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing) {
        // An outcome someone else recorded meanwhile is not overwritten blind.
        if (input.expectedVersion === null || input.expectedVersion === undefined) throw staleVersion('outcome');
        expectVersion(existing, input.expectedVersion, 'outcome');
      }
      const before = existing ? this.summary(existing) : null;
      const outcome = existing ?? manager.create(EventOutcomeEntity, { eventId: event.id });
      outcome.keyMessages = input.keyMessages;
      outcome.tagIds = tags.map((t) => t.id).sort();
      outcome.provisionIds = provisionIds;
      outcome.noGenderConsiderations = input.noGenderConsiderations;
      outcome.noHumanRightsConsiderations = input.noHumanRightsConsiderations;
      outcome.speakers = event.chathamHouse ? [] : speakers;
      outcome.recordedBy = actor.userId;
      await manager.save(outcome);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: existing ? 'event.outcome_updated' : 'event.outcome_recorded',
        entityType: 'ProgrammeEvent',
        entityId: event.id,
        before,
        after: this.summary(outcome),
      });
      return outcome;
    });
  }

  findByEventIds(ids: readonly string[]): Promise<EventOutcomeEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(EventOutcomeEntity).find({ where: { eventId: In([...ids]) } });
  }

  private summary(o: EventOutcomeEntity) {
    return {
      tagIds: o.tagIds,
      provisionIds: o.provisionIds,
      noGenderConsiderations: o.noGenderConsiderations,
      noHumanRightsConsiderations: o.noHumanRightsConsiderations,
      keyMessagesLength: o.keyMessages.length,
    };
  }
}
