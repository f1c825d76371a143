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

registerEnumType(DigestPhase, {
  name: 'DigestPhase',
  description: 'What the worker is doing with a digest, in order; a retried compile starts again at READING_ENTRIES.',
  valuesMap: {
    QUEUED: { description: 'Waiting for a worker.' },
    READING_ENTRIES: {
      description: 'Reading the approved versions in one snapshot and streaming them to every format.',
    },
    INDEXING: { description: 'Writing the index by tag.' },
    WRITING_FILES: { description: 'Putting the cover, statistics and changes in front of the entries.' },
    PRINTING_PDF: { description: 'Chromium prints the PDF from the HTML, in chunks.' },
    STORING_FILES: { description: 'The files go to storage.' },
    DONE: { description: 'READY or UNCHANGED: nothing left to do.' },
    FAILED: { description: 'Compiling failed: see error and errorId.' },
  } satisfies Record<keyof typeof DigestPhase, { description: string }>,
});
registerEnumType(DigestEdition, {
  name: 'DigestEdition',
  description: 'What a digest includes and whose names it shows (ANONYMOUS submitters stay masked in both).',
  valuesMap: {
    PUBLIC: {
      description: 'Approved submissions whose disclosure may be published, attributed as the public sees them.',
    },
    INTERNAL: {
      description: 'Every approved submission (INTERNAL_ONLY included), naming REGION_ONLY organisations.',
    },
  } satisfies Record<keyof typeof DigestEdition, { description: string }>,
});
registerEnumType(DigestStatus, {
  name: 'DigestStatus',
  description: 'Where a digest stands: QUEUED → COMPILING → READY | UNCHANGED | FAILED; READY → PUBLISHED.',
  valuesMap: {
    QUEUED: { description: 'Waiting for the worker.' },
    COMPILING: { description: 'The worker is compiling it (see progress).' },
    READY: { description: 'Compiled as a new version: staff may review and publish it.' },
    UNCHANGED: { description: 'Compiled to exactly the content of an existing version: see sameAsId.' },
    FAILED: { description: 'Compiling failed: see error; ask again.' },
    PUBLISHED: { description: 'Published by staff: anyone may read and download it.' },
  } satisfies Record<keyof typeof DigestStatus, { description: string }>,
});
registerEnumType(DigestFormat, {
  name: 'DigestFormat',
  description:
    'A digest file’s format; each downloads from `GET /digests/:id/files/:format` with the format in lower case.',
  valuesMap: {
    JSON: { description: 'The canonical form: the content hash is computed over it.' },
    MD: { description: 'Markdown.' },
    HTML: { description: 'A standalone HTML page.' },
    PDF: { description: 'PDF, printed with all six UN languages’ scripts (Arabic right to left).' },
    DOCX: { description: 'A Word document.' },
    CSV: { description: 'One row per entry; cells are safe from formula injection.' },
  } satisfies Record<keyof typeof DigestFormat, { description: string }>,
});

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

  /** The submission's id, or for an entry of an added section (see `section`) that entry's id. */
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  /** The key of the added section the entry is in (DigestSectionRegistry); null for a submission. */
  @Column({ type: 'text', nullable: true })
  section!: string | null;

  @Column({ name: 'version_number', type: 'int' })
  versionNumber!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'entry_hash', type: 'text' })
  entryHash!: string;
}
