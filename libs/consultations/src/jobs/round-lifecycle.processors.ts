import { Injectable } from '@nestjs/common';
import { MembershipService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { Clock, inTransaction, JobHandler, JobPayloads, JobProcessor, PlatformConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { ConsultationRoundEntity, RoundStatus } from '../entities';

class TooEarlyError extends Error {
  constructor() {
    super('job ran before its time; retrying');
  }
}

/**
 * Opens a round at opensAt: flips the stored status and tells the members of the region's verified
 * organisations, once. A job for dates that have since moved does nothing.
 */
@Injectable()
@JobHandler('round.open')
export class RoundOpenProcessor implements JobProcessor<'round.open'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly notifications: NotificationService,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  async handle({ roundId, at }: JobPayloads['round.open']): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const round = await manager.findOne(ConsultationRoundEntity, {
        where: { id: roundId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!round || round.opensAt.getTime() !== at) return;
      if (round.status !== RoundStatus.SCHEDULED && round.status !== RoundStatus.OPEN) return;
      if (this.clock.now() < round.opensAt) throw new TooEarlyError();
      if (this.clock.now() >= round.closesAt) return;
      round.status = RoundStatus.OPEN;
      if (!round.openedNotifiedAt) {
        const people = await this.memberships.recipients({ region: round.region }, manager);
        await this.notifications.notifyAndEmail(manager, people, {
          kind: 'ROUND_OPENED',
          title: `Consultation open: ${round.title}`,
          body: `The consultation round "${round.title}" is open for submissions until ${round.closesAt.toISOString()}.`,
          entityType: 'ConsultationRound',
          entityId: round.id,
          link: `${this.config.PUBLIC_URL}/rounds/${round.id}`,
        });
        round.openedNotifiedAt = this.clock.now();
      }
      await manager.save(round);
    });
  }
}

/** Closes a round at closesAt (the clock already refuses submissions; this records it). */
@Injectable()
@JobHandler('round.close')
export class RoundCloseProcessor implements JobProcessor<'round.close'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async handle({ roundId, at }: JobPayloads['round.close']): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const round = await manager.findOne(ConsultationRoundEntity, {
        where: { id: roundId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!round || round.closesAt.getTime() !== at) return;
      if (round.status !== RoundStatus.SCHEDULED && round.status !== RoundStatus.OPEN) return;
      if (this.clock.now() < round.closesAt) throw new TooEarlyError();
      round.status = RoundStatus.CLOSED;
      await manager.save(round);
    });
  }
}
