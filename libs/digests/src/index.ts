export * from './entities';
export * from './digests.module';
export { DigestService } from './services/digest.service';
export { DigestCompiler, DigestSettings } from './compile/digest.compiler';
export { csvCell } from './formats/csv.writer';
export { FileStorage, FILE_STORAGE, LocalDiskStorage } from './storage/file-storage';
export { printPdf } from './formats/pdf.printer';
export { DIGEST_STYLE_CSP_SOURCE } from './formats/html.writer';
export { S3Storage, S3StorageOptions } from './storage/s3-storage';
