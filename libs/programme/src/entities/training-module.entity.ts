import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A module of the training curriculum, covered by TRAINING events. */
@Entity('training_modules')
@Index('training_modules_position_idx', ['position', 'id'])
export class TrainingModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key of a module loaded from reference data, so seeding is idempotent. */
  @Index('training_modules_reference_key', { unique: true })
  @Column({ name: 'reference_key', type: 'text', nullable: true })
  referenceKey!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Markdown: reading lists, slides, exercises. */
  @Column({ type: 'text', default: '' })
  materials!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  /** Order in the curriculum. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
