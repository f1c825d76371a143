import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AUDIT_ENTITIES, AuditGraphqlModule } from '@app/audit';
import { CONSULTATIONS_ENTITIES, ConsultationsGraphqlModule } from '@app/consultations';
import { DIGESTS_ENTITIES, DigestsGraphqlModule } from '@app/digests';
import { IDENTITY_ENTITIES, IdentityGraphqlModule, IdentityModule } from '@app/identity';
import { MODERATION_ENTITIES, ModerationGraphqlModule } from '@app/moderation';
import { NOTIFICATIONS_ENTITIES, NotificationsGraphqlModule } from '@app/notifications';
import {
  aliasLimitRule,
  AuthGuard,
  costLimitPlugin,
  depthLimitRule,
  DomainExceptionFilter,
  formatGraphqlError,
  InputValidationPipe,
  LoaderRegistry,
  PLATFORM_ENTITIES,
  PlatformModule,
  SqlLogger,
} from '@app/platform';
import { SUBMISSIONS_ENTITIES, SubmissionsGraphqlModule } from '@app/submissions';
import { TAXONOMY_ENTITIES, TaxonomyGraphqlModule } from '@app/taxonomy';
import { ApiConfig } from './api.config';
import { HealthController } from './health.controller';
import { WebClientModule } from './web-client/web-client.module';

export const API_ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...AUDIT_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...TAXONOMY_ENTITIES,
  ...CONSULTATIONS_ENTITIES,
  ...SUBMISSIONS_ENTITIES,
  ...MODERATION_ENTITIES,
  ...DIGESTS_ENTITIES,
];

/** The api: wires the contexts' GraphQL modules, health and account pages. No business rules here. */
@Module({})
export class ApiModule {
  static forRoot(config: ApiConfig, options: { sqlLogger?: SqlLogger } = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot({
          config,
          entities: API_ENTITIES,
          sqlLogger: options.sqlLogger,
          applicationName: 'plenary-api',
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          // Apollo turns these on whenever NODE_ENV is not production; Plenary decides explicitly.
          introspection: config.GRAPHQL_INTROSPECTION,
          hideSchemaDetailsFromClientErrors: !config.GRAPHQL_INTROSPECTION,
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new LoaderRegistry() }),
          formatError: formatGraphqlError,
          validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH), aliasLimitRule(config.GRAPHQL_MAX_ALIASES)],
          // Cache-control hints are unused (responses are per user, never cached) and the plugin
          // would wrap every field's resolver to collect them.
          plugins: [costLimitPlugin(config.GRAPHQL_MAX_COST), ApolloServerPluginCacheControlDisabled()],
        }),
        IdentityModule,
        IdentityGraphqlModule,
        AuditGraphqlModule,
        NotificationsGraphqlModule,
        TaxonomyGraphqlModule,
        ConsultationsGraphqlModule,
        SubmissionsGraphqlModule,
        ModerationGraphqlModule,
        DigestsGraphqlModule,
        WebClientModule.forRoot(config.WEB_DIR),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }
}
