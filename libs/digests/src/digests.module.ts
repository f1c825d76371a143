import { DigestScheduleSource } from './jobs/digest-schedule.source';
import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsultationsGraphqlModule, ConsultationsModule } from '@app/consultations';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { PlatformConfig } from '@app/platform';
import { DIGEST_SETTINGS, DigestCompiler, DigestSettings } from './compile/digest.compiler';
import { DigestResolver } from './graphql/digest.resolver';
import { DigestFilesController } from './http/digest-files.controller';
import { DigestCompileProcessor } from './jobs/digest-compile.processor';
import { DigestService } from './services/digest.service';
import { FILE_STORAGE, LocalDiskStorage } from './storage/file-storage';

const storage = {
  provide: FILE_STORAGE,
  inject: [PlatformConfig],
  useFactory: (c: PlatformConfig) => new LocalDiskStorage(c.FILE_STORAGE_DIR),
};

/** Session digests: requests, versions, files and publishing. */
@Module({
  imports: [AuditModule, ConsultationsModule],
  providers: [DigestService, storage],
  exports: [DigestService, storage],
})
export class DigestsModule {}

@Module({
  imports: [DigestsModule, ConsultationsGraphqlModule],
  providers: [DigestResolver],
  controllers: [DigestFilesController],
})
export class DigestsGraphqlModule {}

/** The worker's side: compiling. The app passes where Chromium is. */
@Module({})
export class DigestsJobsModule {
  static forRoot(settings: DigestSettings): DynamicModule {
    return {
      module: DigestsJobsModule,
      imports: [DigestsModule, AuditModule, NotificationsModule, IdentityModule],
      providers: [
        { provide: DIGEST_SETTINGS, useValue: settings },
        DigestCompiler,
        DigestCompileProcessor,
        DigestScheduleSource,
      ],
      exports: [DigestCompiler],
    };
  }
}
