import { registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ProvisionKind {
  CHAPTER = 'CHAPTER',
  ARTICLE = 'ARTICLE',
}
registerEnumType(ProvisionKind, {
  name: 'ProvisionKind',
  description: 'Whether a treaty provision is a chapter or an article.',
  valuesMap: {
    CHAPTER: { description: 'A chapter: a group of articles.' },
    ARTICLE: { description: 'An article, within a chapter.' },
  } satisfies Record<keyof typeof ProvisionKind, { description: string }>,
});

/**
 * A chapter or article of the instrument under negotiation. Ids are stable strings
 * (`chapter-2`, `article-7`) so submissions and digests can cite them across deploys.
 */
@Entity('treaty_provisions')
export class TreatyProvisionEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'enum', enum: ProvisionKind, enumName: 'provision_kind' })
  kind!: ProvisionKind;

  @Column({ name: 'chapter_number', type: 'int' })
  chapterNumber!: number;

  @Column({ name: 'article_number', type: 'int', nullable: true })
  articleNumber!: number | null;

  @Column({ type: 'text' })
  title!: string;

  /** Reading order across the instrument (digests sort entries by it). */
  @Column({ type: 'int' })
  position!: number;
}
