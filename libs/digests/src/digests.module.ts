import { DigestScheduleSource } from './jobs/digest-schedule.source';
import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsultationsGraphqlModule, ConsultationsModule } from '@app/consultations';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { PlatformConfig } from '@app/platform';
import { DigestCompiler } from './compile/digest.compiler';
import { DigestFinisher } from './compile/digest.finisher';
import { DIGEST_SETTINGS, DigestSettings } from './compile/digest-settings';
import { DigestSectionRegistry } from './compile/digest-sections';
import { DIGEST_WRITERS, DigestWriterRegistry } from './formats/digest-writers';
import { DigestResolver } from './graphql/digest.resolver';
import { DigestFilesController } from './http/digest-files.controller';
import { DigestCompileProcessor } from './jobs/digest-compile.processor';
import { WorkDirSweeper } from './jobs/work-dir.sweeper';
import { DigestService } from './services/digest.service';
import { FILE_STORAGE, LocalDiskStorage } from './storage/file-storage';
import { S3Storage } from './storage/s3-storage';

const storage = {
  provide: FILE_STORAGE,
  inject: [PlatformConfig],
  useFactory: (c: PlatformConfig) =>
    c.FILE_STORAGE === 's3'
      ? new S3Storage({
          bucket: c.S3_BUCKET,
          endpoint: c.S3_ENDPOINT,
          region: c.S3_REGION,
          accessKeyId: c.S3_ACCESS_KEY_ID,
          secretAccessKey: c.S3_SECRET_ACCESS_KEY,
          forcePathStyle: c.S3_FORCE_PATH_STYLE,
          keyPrefix: c.S3_KEY_PREFIX,
        })
      : new LocalDiskStorage(c.FILE_STORAGE_DIR),
};

/** Session digests: requests, versions, files and publishing. */
/** Every DigestFormat's writer, checked as the app starts: a format without one stops it there. */
const writers = { provide: DigestWriterRegistry, useFactory: () => new DigestWriterRegistry(DIGEST_WRITERS) };

@Module({
  imports: [AuditModule, ConsultationsModule],
  // One DigestSectionRegistry for the app: the contexts that add a section register into it.
  providers: [DigestService, storage, writers, DigestSectionRegistry],
  exports: [DigestService, storage, writers, DigestSectionRegistry],
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
        DigestFinisher,
        DigestCompileProcessor,
        DigestScheduleSource,
        WorkDirSweeper,
      ],
      exports: [DigestCompiler],
    };
  }
}
