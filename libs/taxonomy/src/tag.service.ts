import { Injectable } from '@nestjs/common';
import { DomainException } from '@app/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import vocabulary from './reference/tag-vocabulary.json';
import { TagCategory, TagEntity } from './tag.entity';

@Injectable()
export class TagService {
  constructor(private readonly dataSource: DataSource) {}

  list(category?: TagCategory | null, includeInactive = false): Promise<TagEntity[]> {
    return this.dataSource.getRepository(TagEntity).find({
      where: { ...(category ? { category } : {}), ...(includeInactive ? {} : { active: true }) },
      order: { category: 'ASC', label: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<TagEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(TagEntity).find({ where: { id: In([...ids]) } });
  }

  /** Checks that every id names an active tag; answers BAD_USER_INPUT on `field` otherwise. */
  async requireActive(ids: readonly string[], field: string, manager: EntityManager = this.dataSource.manager): Promise<TagEntity[]> {
    const unique = [...new Set(ids)];
    if (unique.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw DomainException.badInput(field, 'contains an id that is not a tag');
    const tags = unique.length ? await manager.find(TagEntity, { where: { id: In(unique), active: true } }) : [];
    if (tags.length !== unique.length) throw DomainException.badInput(field, 'contains an unknown or inactive tag');
    return tags;
  }

  /** Loads the seed vocabulary; existing tags (same category and slug) are left as they are. */
  async seed(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(TagEntity)
      .values(vocabulary.tags.map((t) => ({ category: t.category as TagCategory, slug: t.slug, label: t.label, description: t.description })))
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }
}
