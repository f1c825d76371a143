import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PublicationKind, PublicationStatus } from './enums';

/**
 * A report, journal article or brief. Authors are people who agreed to be named. Searchable with
 * the same full-text search as submissions (a trigger keeps `search_vector` current).
 */
@Entity('publications')
@Index('publications_listing_idx', ['status', 'createdAt', 'id'])
@Index('publications_search_idx', { synchronize: false })
export class PublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: PublicationKind, enumName: 'publication_kind' })
  kind!: PublicationKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  authors!: string[];

  @Column({ type: 'text', default: '' })
  abstract!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text', nullable: true })
  doi!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  /** The negotiation session it informs: its digest cites it. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ name: 'tag_ids', type: 'uuid', array: true, default: () => "'{}'" })
  tagIds!: string[];

  @Column({ name: 'provision_ids', type: 'text', array: true, default: () => "'{}'" })
  provisionIds!: string[];

  @Column({
    type: 'enum',
    enum: PublicationStatus,
    enumName: 'publication_status',
    default: PublicationStatus.DRAFT,
  })
  status!: PublicationStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** The open-access file, stored through FileStorage. */
  @Column({ name: 'file_key', type: 'text', nullable: true })
  fileKey!: string | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'file_type', type: 'text', nullable: true })
  fileType!: string | null;

  @Column({ name: 'file_bytes', type: 'bigint', nullable: true })
  fileBytes!: string | null;

  @Column({ name: 'file_sha256', type: 'text', nullable: true })
  fileSha256!: string | null;

  /** Kept by a trigger (title, authors, abstract), like submissions'; the GIN index is in the migration. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
