import { registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export enum TagCategory {
  GENDER = 'GENDER',
  HUMAN_RIGHTS = 'HUMAN_RIGHTS',
  THEME = 'THEME',
}
registerEnumType(TagCategory, {
  name: 'TagCategory',
  description:
    'What a tag is about. Approving a submission needs at least one GENDER tag (or “no gender considerations”) and the same for HUMAN_RIGHTS.',
  valuesMap: {
    GENDER: { description: 'Gender considerations of a position.' },
    HUMAN_RIGHTS: { description: 'Human-rights considerations of a position.' },
    THEME: { description: 'The subject a position addresses.' },
  } satisfies Record<keyof typeof TagCategory, { description: string }>,
});

/** A term of the tagging vocabulary. Tags in use are deactivated, never deleted. */
@Entity('tags')
@Unique('tags_category_slug_key', ['category', 'slug'])
export class TagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: TagCategory, enumName: 'tag_category' })
  category!: TagCategory;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
