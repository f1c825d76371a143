import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { WEB_DIR, WebClientMiddleware } from './web-client.middleware';

/** Serves the built web client at `/` (see WebClientMiddleware for what goes where). */
@Module({})
export class WebClientModule implements NestModule {
  static forRoot(webDir: string): DynamicModule {
    return { module: WebClientModule, providers: [{ provide: WEB_DIR, useValue: webDir }] };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebClientMiddleware).forRoutes('{*path}');
  }
}
