import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSubject, PersonalDataRegistry } from '@app/platform';
import { EntityManager } from 'typeorm';

/**
 * The submissions a person wrote, in their data export. Erasure keeps them (they are the
 * organisation's): the author column is set to NULL when the account row goes.
 */
@Injectable()
export class SubmissionsPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'submissionsAuthored',
      export: (manager: EntityManager, { userId }: DataSubject) =>
        manager.query(
          `SELECT id, title, status, language, disclosure, created_at AS "createdAt" FROM submissions WHERE author_id = $1 ORDER BY created_at`,
          [userId],
        ),
    });
  }
}
