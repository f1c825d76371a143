import { DynamicModule, Module } from '@nestjs/common';
import { AUDIT_ENTITIES } from '@app/audit';
import { CONSULTATIONS_ENTITIES, ConsultationsModule } from '@app/consultations';
import { DIGESTS_ENTITIES, DigestsJobsModule, DigestsModule } from '@app/digests';
import { IDENTITY_ENTITIES, IdentityModule } from '@app/identity';
import { MODERATION_ENTITIES, ModerationModule } from '@app/moderation';
import { NOTIFICATIONS_ENTITIES } from '@app/notifications';
import { PLATFORM_ENTITIES, PlatformModule } from '@app/platform';
import { PROGRAMME_ENTITIES, ProgrammeModule } from '@app/programme';
import { SUBMISSIONS_ENTITIES, SubmissionsModule } from '@app/submissions';
import { TAXONOMY_ENTITIES, TaxonomyModule } from '@app/taxonomy';
import { CliConfig } from './cli.config';
import { DemoSeeder } from './demo.seeder';
import { ProgrammeDemoSeeder } from './demo/programme.seeder';
import { ReferenceSeeder } from './reference.seeder';

export const ALL_ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...AUDIT_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...TAXONOMY_ENTITIES,
  ...CONSULTATIONS_ENTITIES,
  ...SUBMISSIONS_ENTITIES,
  ...MODERATION_ENTITIES,
  ...DIGESTS_ENTITIES,
  ...PROGRAMME_ENTITIES,
];

/** What the operators' commands need: the domain services, without GraphQL or workers. */
@Module({})
export class CliModule {
  static forRoot(config: CliConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        PlatformModule.forRoot({ config, entities: ALL_ENTITIES, applicationName: 'plenary-cli' }),
        IdentityModule,
        TaxonomyModule,
        ConsultationsModule,
        SubmissionsModule,
        ModerationModule,
        DigestsModule,
        ProgrammeModule,
        DigestsJobsModule.forRoot({ chromiumPath: config.CHROMIUM_PATH, pdfTimeoutMs: 120_000 }),
      ],
      providers: [DemoSeeder, ProgrammeDemoSeeder, ReferenceSeeder],
    };
  }
}
