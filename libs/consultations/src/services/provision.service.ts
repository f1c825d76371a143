import { Injectable } from '@nestjs/common';

import { DataSource, EntityManager, In } from 'typeorm';
import reference from '../reference/ahc-reference.json';
import { ProvisionKind, TreatyProvisionEntity } from '../entities';
import { ConsultationErrors } from '../consultations.errors';

/** Chapters and articles of the instrument, from the reference data. */
@Injectable()
export class ProvisionService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<TreatyProvisionEntity[]> {
    return this.dataSource.getRepository(TreatyProvisionEntity).find({ order: { position: 'ASC' } });
  }

  findByIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TreatyProvisionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(TreatyProvisionEntity, { where: { id: In([...ids]) } });
  }

  /** Every id must name a provision; answers BAD_USER_INPUT on `field` otherwise. */
  async requireKnown(ids: readonly string[], field: string, manager?: EntityManager): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await this.findByIds(unique, manager);
    if (found.length !== unique.length) throw ConsultationErrors.UNKNOWN_PROVISION(field);
    return found.sort((a, b) => a.position - b.position).map((p) => p.id);
  }

  async seedReference(): Promise<number> {
    const rows: Partial<TreatyProvisionEntity>[] = [];
    let position = 0;
    for (const chapter of reference.treatyChapters) {
      rows.push({
        id: `chapter-${chapter.number}`,
        kind: ProvisionKind.CHAPTER,
        chapterNumber: chapter.number,
        articleNumber: null,
        title: chapter.title,
        position: (position += 1),
      });
      for (const article of chapter.articles) {
        rows.push({
          id: `article-${article.number}`,
          kind: ProvisionKind.ARTICLE,
          chapterNumber: chapter.number,
          articleNumber: article.number,
          title: article.title,
          position: (position += 1),
        });
      }
    }
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(TreatyProvisionEntity)
      .values(rows)
      .orUpdate(['title', 'position', 'chapter_number', 'article_number', 'kind'], ['id'])
      .execute();
    return result.identifiers.length;
  }
}
