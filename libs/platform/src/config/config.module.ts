import { DynamicModule, Global, Module } from '@nestjs/common';
import { PlatformConfig } from './platform.config';

/**
 * Makes an app's validated config injectable, both as its own class and as the PlatformConfig
 * that libraries ask for.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot<T extends PlatformConfig>(config: T): DynamicModule {
    const type = config.constructor as new () => T;
    const providers = [{ provide: PlatformConfig, useValue: config }];
    if (type !== PlatformConfig) providers.push({ provide: type, useValue: config });
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}
