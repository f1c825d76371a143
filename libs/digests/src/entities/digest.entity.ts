import { NegotiationSessionEntity } from '@app/consultations';
import { registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

export enum DigestEdition {
  PUBLIC = 'PUBLIC',
  INTERNAL = 'INTERNAL',
}

export enum DigestStatus {
  QUEUED = 'QUEUED',
  COMPILING = 'COMPILING',
  READY = 'READY',
  /** Compiled to exactly the content of an existing version: see `sameAsId`. */
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
  PUBLISHED = 'PUBLISHED',
}

export enum DigestFormat {
  JSON = 'json',
  MD = 'md',
  HTML = 'html',
  PDF = 'pdf',
  DOCX = 'docx',
  CSV = 'csv',
}

/**
 * What the worker is doing with a digest, in order. A compile that is retried after a crash starts
 * again at READING_ENTRIES (its phase log is cleared when a worker claims it).
 */
export enum DigestPhase {
  QUEUED = 'QUEUED',
  /** Reading the approved versions in one snapshot and streaming them to every format. */
  READING_ENTRIES = 'READING_ENTRIES',
  /** The index by tag. */
  INDEXING = 'INDEXING',
  /** Cover, statistics and changes in front of the entries: JSON, Markdown, HTML, CSV, DOCX. */
  WRITING_FILES = 'WRITING_FILES',
  /** Chromium prints the PDF from the HTML, in chunks. */
  PRINTING_PDF = 'PRINTING_PDF',
  /** The six files go to storage. */
  STORING_FILES = 'STORING_FILES',
  /** READY (or UNCHANGED): nothing left to do. */
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** One step of the phase log: when the worker entered the phase. */
export interface DigestPhaseStep {
  phase: DigestPhase;
  startedAt: string;
}

registerEnumType(DigestPhase, { name: 'DigestPhase' });
registerEnumType(DigestEdition, { name: 'DigestEdition' });
registerEnumType(DigestStatus, { name: 'DigestStatus' });
registerEnumType(DigestFormat, { name: 'DigestFormat' });

/** One request to compile a session's digest, and — once READY — one version of it. */
@Entity('digests')
@Index('digests_in_flight_key', ['sessionId', 'edition'], { unique: true, where: `status IN ('QUEUED', 'COMPILING')` })
@Index('digests_version_key', ['sessionId', 'edition', 'version'], {
  unique: true,
  where: `status IN ('READY', 'PUBLISHED')`,
})
@Index('digests_session_idx', ['sessionId', 'edition', 'requestedAt'])
export class DigestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => NegotiationSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: NegotiationSessionEntity;

  @Column({ type: 'enum', enum: DigestEdition, enumName: 'digest_edition' })
  edition!: DigestEdition;

  /** 1, 2, … per session and edition; set when compiled. */
  @Column({ type: 'int', nullable: true })
  version!: number | null;

  @Column({ type: 'enum', enum: DigestStatus, enumName: 'digest_status', default: DigestStatus.QUEUED })
  status!: DigestStatus;

  /** 0–100 while compiling. */
  @Column({ type: 'int', default: 0 })
  progress!: number;

  /** The phase the worker is in (see DigestPhase). */
  @Column({ type: 'text', default: DigestPhase.QUEUED })
  phase!: DigestPhase;

  /** The phases entered so far, in order, with their start times. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  phases!: DigestPhaseStep[];

  @Column({ name: 'submission_count', type: 'int', nullable: true })
  submissionCount!: number | null;

  /** SHA-256 of the canonical content (no timestamps inside). */
  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash!: string | null;

  /** Fingerprint of the inputs when requested: an unchanged world returns the existing version. */
  @Column({ name: 'input_fingerprint', type: 'text', nullable: true })
  inputFingerprint!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  stats!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, unknown> | null;

  /** For staff: what went wrong, without internals (the log has the error id's details). */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** A FAILED compile's error id: the log line with the cause carries the same id. */
  @Column({ name: 'error_id', type: 'uuid', nullable: true })
  errorId!: string | null;

  @Column({ name: 'same_as_id', type: 'uuid', nullable: true })
  sameAsId!: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

/** A file of a compiled digest, in the configured storage. */
@Entity('digest_files')
export class DigestFileEntity {
  @PrimaryColumn({ name: 'digest_id', type: 'uuid' })
  digestId!: string;

  @ManyToOne(() => DigestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'digest_id' })
  digest?: DigestEntity;

  @PrimaryColumn({ type: 'enum', enum: DigestFormat, enumName: 'digest_format' })
  format!: DigestFormat;

  @Column({ type: 'bigint' })
  bytes!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;
}

/** What a digest contained, entry by entry: the next version lists its changes against this. */
@Entity('digest_items')
export class DigestItemEntity {
  @PrimaryColumn({ name: 'digest_id', type: 'uuid' })
  digestId!: string;

  @ManyToOne(() => DigestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'digest_id' })
  digest?: DigestEntity;

  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @Column({ name: 'version_number', type: 'int' })
  versionNumber!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'entry_hash', type: 'text' })
  entryHash!: string;
}
