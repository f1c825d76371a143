import { Injectable } from '@nestjs/common';
import { ProvisionService, SessionService } from '@app/consultations';
import { TagService } from '@app/taxonomy';

/** Reference data: the AHC sessions, the Convention's chapters and articles, the tag vocabulary. Idempotent. */
@Injectable()
export class ReferenceSeeder {
  constructor(
    private readonly sessions: SessionService,
    private readonly provisions: ProvisionService,
    private readonly tags: TagService,
  ) {}

  async run(): Promise<{ sessions: number; provisions: number; tags: number }> {
    return {
      sessions: await this.sessions.seedReference(),
      provisions: await this.provisions.seedReference(),
      tags: await this.tags.seed(),
    };
  }
}
