export * from './entities';
export * from './digests.module';
export { DigestService } from './services/digest.service';
export { DigestCompiler } from './compile/digest.compiler';
export { DigestSettings } from './compile/digest-settings';
export { DIGEST_WRITERS, DigestWriterRegistration, DigestWriterRegistry } from './formats/digest-writers';
export { csvCell } from './formats/csv.writer';
export { FileStorage, FILE_STORAGE, LocalDiskStorage } from './storage/file-storage';
export { DigestErrors } from './digests.errors';
