export * from './entities';
export * from './digests.module';
export { DigestService } from './services/digest.service';
export { DigestCompiler, DigestSettings } from './compile/digest.compiler';
export { csvCell } from './formats/csv.writer';
export { FileStorage, FILE_STORAGE, LocalDiskStorage } from './storage/file-storage';
export { DigestErrors } from './digests.errors';
