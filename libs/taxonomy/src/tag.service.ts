import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, expectVersion, hydrate, inTransaction, isUniqueViolation } from '@app/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import vocabulary from './reference/tag-vocabulary.json';
import { TagCategory, TagEntity } from './tag.entity';
import { TaxonomyErrors } from './taxonomy.errors';

@Injectable()
export class TagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Staff add a term; slugs are unique within a category. */
  async create(
    actor: Actor,
    input: { category: TagCategory; slug: string; label: string; description?: string | null },
  ): Promise<TagEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const tag = manager.create(TagEntity, { ...input, description: input.description ?? '', active: true });
      try {
        await manager.save(tag);
      } catch (error) {
        if (isUniqueViolation(error, 'tags_category_slug_key')) throw TaxonomyErrors.SLUG_TAKEN(input.category);
        throw error;
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'tag.created',
        entityType: 'Tag',
        entityId: tag.id,
        after: { category: tag.category, slug: tag.slug, label: tag.label },
      });
      return tag;
    });
  }

  /**
   * Staff relabel, describe or (de)activate a term. There is no delete: a tag in use keeps
   * describing what it tagged, so it is deactivated instead.
   */
  async update(
    actor: Actor,
    input: {
      id: string;
      expectedVersion: number;
      label?: string | null;
      description?: string | null;
      active?: boolean | null;
    },
  ): Promise<TagEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const tag = await manager.findOne(TagEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!tag) throw TaxonomyErrors.TAG_NOT_FOUND();
      expectVersion(tag, input.expectedVersion, 'tag');
      const before = { label: tag.label, active: tag.active };
      if (input.label != null) tag.label = input.label;
      if (input.description != null) tag.description = input.description;
      if (input.active != null) tag.active = input.active;
      await manager.save(tag);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'tag.updated',
        entityType: 'Tag',
        entityId: tag.id,
        before,
        after: { label: tag.label, active: tag.active },
      });
      return tag;
    });
  }

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
  async requireActive(
    ids: readonly string[],
    field: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TagEntity[]> {
    const unique = [...new Set(ids)];
    if (unique.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw TaxonomyErrors.NOT_A_TAG_ID(field);
    const tags = unique.length ? await manager.find(TagEntity, { where: { id: In(unique), active: true } }) : [];
    if (tags.length !== unique.length) throw TaxonomyErrors.TAG_UNKNOWN_OR_INACTIVE(field);
    return tags;
  }

  /**
   * The tags behind links another context owns, in one query: `links` is SQL yielding
   * `(owner_id, tag_id)` rows (with its `$n` parameters); the tag SQL stays here. One result per
   * link, by category, label and id. Hydrated from plain rows (see `hydrate`): behind every page.
   */
  async linkedBy(links: string, params: unknown[]): Promise<{ ownerId: string; tag: TagEntity }[]> {
    const rows = (await this.dataSource.query(
      `SELECT l.owner_id AS link_owner_id, t.* FROM (${links}) l JOIN tags t ON t.id = l.tag_id
        ORDER BY t.category, t.label, t.id`,
      params,
    )) as (Record<string, unknown> & { link_owner_id: string })[];
    const tags = hydrate(this.dataSource, TagEntity, rows);
    return rows.map((row, i) => ({ ownerId: row.link_owner_id, tag: tags[i] }));
  }

  /** Loads the seed vocabulary; existing tags (same category and slug) are left as they are. */
  async seed(): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(TagEntity)
      .values(
        vocabulary.tags.map((t) => ({
          category: t.category as TagCategory,
          slug: t.slug,
          label: t.label,
          description: t.description,
        })),
      )
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }
}
