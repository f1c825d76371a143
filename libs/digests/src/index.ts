export * from './entities';
export * from './digests.module';
export { DigestService } from './services/digest.service';
export { DigestCompiler } from './compile/digest.compiler';
export { DigestSettings } from './compile/digest-settings';
export {
  DigestSectionReader,
  DigestSectionRegistry,
  DigestSectionSource,
  DigestSectionSourceOf,
} from './compile/digest-sections';
export {
  DigestCitationEntry,
  DigestCitationFile,
  DigestOutcomeEntry,
  DigestSection,
  DigestSectionKind,
} from './formats/digest-model';
export { DIGEST_WRITERS, DigestWriterRegistration, DigestWriterRegistry } from './formats/digest-writers';
export { csvCell } from './formats/csv.writer';
export { FileStorage, FILE_STORAGE, LocalDiskStorage } from './storage/file-storage';
export { printPdf } from './formats/pdf.printer';
export { DigestErrors } from './digests.errors';
export { DIGEST_STYLE_CSP_SOURCE } from './formats/html.writer';
export { S3Storage, S3StorageOptions } from './storage/s3-storage';
