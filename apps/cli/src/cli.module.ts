import { DynamicModule, Module } from '@nestjs/common';
import { AUDIT_ENTITIES } from '@app/audit';
import { IDENTITY_ENTITIES, IdentityModule } from '@app/identity';
import { NOTIFICATIONS_ENTITIES } from '@app/notifications';
import { PLATFORM_ENTITIES, PlatformConfig, PlatformModule } from '@app/platform';
import { DemoSeeder } from './demo.seeder';

export const ALL_ENTITIES = [...PLATFORM_ENTITIES, ...IDENTITY_ENTITIES, ...AUDIT_ENTITIES, ...NOTIFICATIONS_ENTITIES];

/** What the operators' commands need: the domain services, without GraphQL or workers. */
@Module({})
export class CliModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [PlatformModule.forRoot({ config, entities: ALL_ENTITIES, applicationName: 'plenary-cli' }), IdentityModule],
      providers: [DemoSeeder],
    };
  }
}
