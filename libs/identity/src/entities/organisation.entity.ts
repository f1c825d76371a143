import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationStatus, OrganisationType, Region } from './enums';

@Entity('organisations')
@Index('organisations_name_id_idx', ['name', 'id'])
@Index('organisations_status_region_idx', ['status', 'region'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** ISO 3166-1 alpha-2, upper case. */
  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'enum', enum: Region, enumName: 'region' })
  region!: Region;

  @Column({ type: 'enum', enum: OrganisationType, enumName: 'organisation_type' })
  type!: OrganisationType;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({
    type: 'enum',
    enum: OrganisationStatus,
    enumName: 'organisation_status',
    default: OrganisationStatus.PENDING,
  })
  status!: OrganisationStatus;

  /** Staff's note on the last review; shown to the organisation's members and staff. */
  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
