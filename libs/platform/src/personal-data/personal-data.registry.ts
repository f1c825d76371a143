import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Whom a data export or an erasure is for. */
export interface DataSubject {
  userId: string;
  /** The address in its normalised (lower-case) form. */
  emailNormalized: string;
}

/**
 * What one context holds about a person, for exportMyData and deleteMyAccount (PRODUCT.md
 * section 5). Each context registers one for its own tables, so the identity context, which
 * answers those operations, never reads or rewrites another context's tables.
 */
export interface PersonalDataSource {
  /** The key of this part in the exported JSON. */
  readonly key: string;
  export(manager: EntityManager, subject: DataSubject): Promise<unknown>;
  /** Removes or anonymises what must not outlive the account, in the caller's transaction. */
  erase?(manager: EntityManager, subject: DataSubject): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly sources: PersonalDataSource[] = [];

  register(source: PersonalDataSource): void {
    if (this.sources.some((s) => s.key === source.key))
      throw new Error(`two personal-data sources for "${source.key}"`);
    this.sources.push(source);
  }

  /** Every registered part, keyed, in registration order. */
  async exportAll(manager: EntityManager, subject: DataSubject): Promise<Record<string, unknown>> {
    const parts = await Promise.all(this.sources.map(async (s) => [s.key, await s.export(manager, subject)] as const));
    return Object.fromEntries(parts);
  }

  async eraseAll(manager: EntityManager, subject: DataSubject): Promise<void> {
    for (const source of this.sources) await source.erase?.(manager, subject);
  }
}
