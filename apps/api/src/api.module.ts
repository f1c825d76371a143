import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestApplicationOptions, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, HttpAdapterHost } from '@nestjs/core';
import compression from 'compression';
import { json } from 'express';
import type { Application, NextFunction, Response } from 'express';
import { GraphQLModule } from '@nestjs/graphql';
import { AUDIT_ENTITIES, AuditGraphqlModule } from '@app/audit';
import { CONSULTATIONS_ENTITIES, ConsultationsGraphqlModule } from '@app/consultations';
import { DIGESTS_ENTITIES, DigestsGraphqlModule } from '@app/digests';
import { IDENTITY_ENTITIES, IdentityGraphqlModule, IdentityModule } from '@app/identity';
import { MODERATION_ENTITIES, ModerationGraphqlModule } from '@app/moderation';
import { NOTIFICATIONS_ENTITIES, NotificationsGraphqlModule } from '@app/notifications';
import { PROGRAMME_ENTITIES, ProgrammeGraphqlModule } from '@app/programme';
import {
  AuthGuard,
  clientIp,
  describeRootTypes,
  DomainExceptionFilter,
  formatGraphqlError,
  GraphqlContext,
  IdempotencyPlugin,
  IdempotencyScopeInterceptor,
  LoaderRegistry,
  PLATFORM_ENTITIES,
  PlatformModule,
  QueryLimits,
  queryLimitsMiddleware,
  queryLimitsPlugin,
  RateLimiter,
  SqlLogger,
  strictDateTime,
  validateArguments,
} from '@app/platform';
import { GraphQLSchema } from 'graphql';
import { SUBMISSIONS_ENTITIES, SubmissionsGraphqlModule } from '@app/submissions';
import { TAXONOMY_ENTITIES, TaxonomyGraphqlModule } from '@app/taxonomy';
import { ApiConfig } from './api.config';
import { GracefulShutdown } from './graceful-shutdown';
import { HealthController } from './health.controller';
import { httpHardening } from './http-hardening';
import { publicCacheMiddleware, PublicReadCache } from './public-cache/public-read-cache';
import { TrustedDocuments, trustedDocumentsMiddleware, TrustedRequest } from './trusted-documents';
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
  ...PROGRAMME_ENTITIES,
];

export function queryLimitsOf(config: ApiConfig): QueryLimits {
  return {
    maxDocumentLength: config.GRAPHQL_MAX_DOCUMENT_LENGTH,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    maxFields: config.GRAPHQL_MAX_FIELDS,
    maxVariables: config.GRAPHQL_MAX_VARIABLES,
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxCost: config.GRAPHQL_MAX_COST,
  };
}

/**
 * How every api application is created (main.ts and the test harness alike): without Nest's own
 * body parsers, whose 100 kB JSON limit would refuse a submission at its documented length. The
 * only route that reads a body, /graphql, gets its parser with its own limit in configure().
 */
export const API_APPLICATION_OPTIONS: NestApplicationOptions = { bodyParser: false };

/** The api: wires the contexts' GraphQL modules, health and account pages. No business rules here. */
@Module({})
export class ApiModule implements NestModule {
  constructor(
    private readonly config: ApiConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly publicCache: PublicReadCache,
  ) {}

  /**
   * Runs when the app starts, before any route or Apollo: here rather than in main.ts, so every
   * way of starting the api (tests included) behaves the same.
   */
  configure(consumer: MiddlewareConsumer): void {
    const app = this.adapterHost.httpAdapter.getInstance<Application>();
    // Client IPs for rate limits and req.secure for HSTS come through this many proxies.
    app.set('trust proxy', this.config.TRUST_PROXY);
    // Not a routed middleware: headers also go on answers Express gives before routing (a path it cannot decode).
    app.use(...httpHardening());
    // Answers compressed; the JSON body read within its limit; a trusted document's id becomes its
    // text (already measured); anonymous public reads are answered from the cache before anything
    // parses them; other documents are measured.
    const limits = queryLimitsMiddleware(queryLimitsOf(this.config));
    const trusted = TrustedDocuments.load(this.config.WEB_DIR, queryLimitsOf(this.config));
    consumer
      .apply(
        // Answers of 1 KB or more compressed (brotli or gzip, as accepted): lists and submissions
        // shrink 4–8×, which is most of a slow connection's wait. Smaller answers — the login's and
        // refresh's tokens among them — are sent as they are.
        compression({ threshold: 1024 }),
        json({ limit: this.config.GRAPHQL_MAX_BODY_BYTES }),
        trustedDocumentsMiddleware(trusted, {
          enforce:
            this.config.TRUSTED_DOCUMENTS === 'on' ||
            (this.config.TRUSTED_DOCUMENTS === 'auto' && this.config.isProduction),
          publicUrl: this.config.PUBLIC_URL,
        }),
        publicCacheMiddleware(this.publicCache),
        (req: TrustedRequest, res: Response, next: NextFunction) =>
          req.trustedDocument ? next() : limits(req, res, next),
      )
      .forRoutes('graphql');
  }

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
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [RateLimiter],
          useFactory: (rateLimiter: RateLimiter): ApolloDriverConfig => ({
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
            // No client of Plenary uses automatic persisted queries; left on, anyone could fill the cache.
            persistedQueries: false,
            // queryLimitsMiddleware parsed the document with this limit already; Apollo's own parse keeps it.
            parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
            context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new LoaderRegistry() }),
            formatError: formatGraphqlError,
            // Every argument of every field is bounded and validated (argument-validation.ts), and
            // DateTime accepts ISO 8601 strings only; the root types carry their descriptions.
            transformSchema: (schema: GraphQLSchema) => describeRootTypes(validateArguments(strictDateTime(schema))),
            // Cache-control hints are unused (responses are per user, never cached) and the plugin
            // would wrap every field's resolver to collect them.
            plugins: [
              queryLimitsPlugin(queryLimitsOf(config), {
                chargeBudget: (context, units) =>
                  rateLimiter.spend(
                    {
                      key: `expensive:${clientIp((context.contextValue as GraphqlContext).req)}`,
                      limit: config.EXPENSIVE_QUERY_BUDGET,
                      windowSeconds: config.EXPENSIVE_QUERY_WINDOW_SECONDS,
                    },
                    units,
                  ),
              }),
              ApolloServerPluginCacheControlDisabled(),
            ],
          }),
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
        ProgrammeGraphqlModule,
        WebClientModule.forRoot(config.WEB_DIR),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        // Idempotency-Key on the mutations marked @Idempotent() (an Apollo plugin Nest discovers).
        IdempotencyPlugin,
        { provide: APP_INTERCEPTOR, useClass: IdempotencyScopeInterceptor },
        GracefulShutdown,
        PublicReadCache,
      ],
    };
  }
}
