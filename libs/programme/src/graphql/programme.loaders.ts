import { Injectable } from '@nestjs/common';
import { ProvisionService, TreatyProvisionEntity } from '@app/consultations';
import { UserEntity, UserService } from '@app/identity';
import { groupBy, LoaderRegistry } from '@app/platform';
import { TagEntity, TagService } from '@app/taxonomy';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  CertificateEntity,
  EventOutcomeEntity,
  EventRegistrationEntity,
  ProgrammeEventEntity,
  TrainingModuleEntity,
} from '../entities';
import { EventService } from '../services/event.service';
import { OutcomeService } from '../services/outcome.service';
import { RegistrationService } from '../services/registration.service';
import { TrainingService } from '../services/training.service';

const byId = <T, K extends keyof T>(keys: readonly T[K][], rows: T[], key: K): (T | null)[] => {
  const map = new Map(rows.map((r) => [r[key], r]));
  return keys.map((k) => map.get(k) ?? null);
};

/** Per-request loaders for the programme's fields (visibility is decided by the caller of each). */
@Injectable()
export class ProgrammeLoaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly outcomes: OutcomeService,
    private readonly registrations: RegistrationService,
    private readonly training: TrainingService,
    private readonly tags: TagService,
    private readonly provisions: ProvisionService,
    private readonly users: UserService,
  ) {}

  event(registry: LoaderRegistry): DataLoader<string, ProgrammeEventEntity | null> {
    return registry.get('programme.events', async (ids: readonly string[]) =>
      byId(ids, await this.events.findByIds(ids), 'id'),
    );
  }

  outcome(registry: LoaderRegistry): DataLoader<string, EventOutcomeEntity | null> {
    return registry.get('programme.outcomes', async (ids: readonly string[]) =>
      byId(ids, await this.outcomes.findByEventIds(ids), 'eventId'),
    );
  }

  module(registry: LoaderRegistry): DataLoader<string, TrainingModuleEntity | null> {
    return registry.get('programme.modules', async (ids: readonly string[]) =>
      byId(ids, await this.training.findByIds(ids), 'id'),
    );
  }

  /** Confirmed places taken, per event. */
  confirmed(registry: LoaderRegistry): DataLoader<string, number> {
    return registry.get('programme.confirmed', async (ids: readonly string[]) => {
      const rows: { event_id: string; n: number }[] = await this.dataSource.query(
        `SELECT event_id, count(*)::int AS n FROM event_registrations
          WHERE event_id = ANY($1::uuid[]) AND status = 'CONFIRMED' GROUP BY event_id`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.event_id, r.n]));
      return ids.map((id) => map.get(id) ?? 0);
    });
  }

  /** The caller's live registration for each event. */
  mine(registry: LoaderRegistry, userId: string): DataLoader<string, EventRegistrationEntity | null> {
    return registry.get(`programme.mine:${userId}`, async (ids: readonly string[]) =>
      byId(ids, await this.registrations.mineFor(userId, ids), 'eventId'),
    );
  }

  /** Where each waiting registration stands in its queue (1 first). */
  waitlistPosition(registry: LoaderRegistry): DataLoader<string, number | null> {
    return registry.get('programme.waitlistPosition', async (ids: readonly string[]) => {
      const rows: { id: string; n: number }[] = await this.dataSource.query(
        `SELECT r.id, (SELECT count(*)::int FROM event_registrations w
                        WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED'
                          AND (w.waitlisted_at, w.id) <= (r.waitlisted_at, r.id)) AS n
           FROM event_registrations r WHERE r.id = ANY($1::uuid[]) AND r.status = 'WAITLISTED'`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.id, r.n]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  certificates(registry: LoaderRegistry): DataLoader<string, CertificateEntity[]> {
    return registry.get('programme.certificates', async (ids: readonly string[]) =>
      groupBy(ids, await this.training.certificatesOf(ids), (c) => c.registrationId),
    );
  }

  tag(registry: LoaderRegistry): DataLoader<string, TagEntity | null> {
    return registry.get('programme.tags', async (ids: readonly string[]) =>
      byId(ids, await this.tags.findByIds(ids), 'id'),
    );
  }

  provision(registry: LoaderRegistry): DataLoader<string, TreatyProvisionEntity | null> {
    return registry.get('programme.provisions', async (ids: readonly string[]) =>
      byId(ids, await this.provisions.findByIds(ids), 'id'),
    );
  }

  user(registry: LoaderRegistry): DataLoader<string, UserEntity | null> {
    return registry.get('programme.users', async (ids: readonly string[]) =>
      byId(ids, await this.users.findByIds(ids), 'id'),
    );
  }
}
