import { PlatformRole } from '@app/platform';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** As the person typed it (trimmed). */
  @Column({ type: 'text' })
  email!: string;

  /** Lower-cased: emails are unique case-insensitively. */
  @Index('users_email_normalized_key', { unique: true })
  @Column({ name: 'email_normalized', type: 'text' })
  emailNormalized!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'enum', enum: PlatformRole, enumName: 'platform_role', array: true, default: () => "'{}'" })
  roles!: PlatformRole[];

  /** One of the six UN languages, chosen in the web client's language switcher; null until chosen. */
  @Column({ name: 'preferred_language', type: 'text', nullable: true })
  preferredLanguage!: string | null;

  /**
   * When the person proved the address by using the emailed link (or a password-reset link). Null
   * until then: such an account cannot log in (issue 10, finding 3).
   */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
