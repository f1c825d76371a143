import { Injectable } from '@nestjs/common';
import { LoaderRegistry } from '@app/platform';
import DataLoader from 'dataloader';
import { ConsultationRoundEntity, NegotiationSessionEntity } from '../entities';
import { RoundService } from '../services/round.service';
import { SessionService } from '../services/session.service';

const byId = <T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

/** Per-request loaders for rounds and sessions (visibility is checked by the caller). */
@Injectable()
export class ConsultationsLoaders {
  constructor(
    private readonly rounds: RoundService,
    private readonly sessions: SessionService,
  ) {}

  round(registry: LoaderRegistry): DataLoader<string, ConsultationRoundEntity | null> {
    return registry.get('consultations.rounds', async (ids: readonly string[]) =>
      byId(ids, await this.rounds.findByIds(ids)),
    );
  }

  session(registry: LoaderRegistry): DataLoader<string, NegotiationSessionEntity | null> {
    return registry.get('consultations.sessions', async (ids: readonly string[]) =>
      byId(ids, await this.sessions.findByIds(ids)),
    );
  }
}
