import { DigestScheduleSource } from './jobs/digest-schedule.source';
import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsultationsGraphqlModule } from '@app/consultations';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { PlatformConfig } from '@app/platform';
import { DIGEST_SETTINGS, DigestCompiler, DigestSettings } from './compile/digest.compiler';
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
@Module({ imports: [AuditModule], providers: [DigestService, storage], exports: [DigestService, storage] })
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
        WorkDirSweeper,
      ],
      exports: [DigestCompiler],
    };
  }
}
