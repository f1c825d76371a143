import { Injectable } from '@nestjs/common';
import { Region } from '@app/identity';
import { Connection, decodeCursor, fullTextMatch, pageSize, rankKeysetPage, timeKeysetPage } from '@app/platform';
import { DataSource, In } from 'typeorm';
import { SubmissionEntity, SubmissionStatus } from '../entities';
import { SubmissionErrors } from '../submissions.errors';
import { ORGANISATION_FILTER_SQL, SubmissionViewer, VISIBLE_SQL } from './disclosure.policy';
import { SubmissionAccessService } from './submission-access.service';
import { whereAllTags } from './tag-filter';

export interface SubmissionFilter {
  roundId?: string | null;
  sessionId?: string | null;
  organisationId?: string | null;
  region?: Region | null;
  provisionId?: string | null;
  status?: SubmissionStatus | null;
  tagIds?: string[] | null;
  language?: string | null;
  search?: string | null;
}

/**
 * Reading submissions: one by id, many by ids, and the lists, each as the disclosure policy lets
 * the viewer see them (lists through its SQL twin, VISIBLE_SQL).
 */
@Injectable()
export class SubmissionQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SubmissionAccessService,
  ) {}

  /** A submission the viewer may see, or NOT_FOUND (as for an id that does not exist). */
  async get(viewer: SubmissionViewer, id: string): Promise<SubmissionEntity> {
    const submission = await this.dataSource.getRepository(SubmissionEntity).findOne({ where: { id } });
    if (!submission || !(await this.access.canSee(viewer, submission))) throw SubmissionErrors.SUBMISSION_NOT_FOUND();
    return submission;
  }

  findByIds(ids: readonly string[]): Promise<SubmissionEntity[]> {
    return this.dataSource.getRepository(SubmissionEntity).find({ where: { id: In([...ids]) } });
  }

  /**
   * Submissions the viewer may see, newest first (or by relevance with `search`), keyset-paginated.
   * Visibility and the organisation filter are the disclosure policy's SQL.
   */
  async list(
    viewer: SubmissionViewer,
    filter: SubmissionFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<SubmissionEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    const qb = this.dataSource
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .select(this.listColumns())
      .where(VISIBLE_SQL, { viewerOrgIds: [...viewer.orgIds], privileged: viewer.privileged });
    if (filter.roundId) qb.andWhere('s.round_id = :roundId', { roundId: filter.roundId });
    if (filter.sessionId) qb.andWhere('s.session_id = :sessionId', { sessionId: filter.sessionId });
    if (filter.organisationId) qb.andWhere(ORGANISATION_FILTER_SQL, { organisationId: filter.organisationId });
    if (filter.region) qb.andWhere('s.region = :region', { region: filter.region });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.provisionId) qb.andWhere(':provisionId = ANY(s.provision_ids)', { provisionId: filter.provisionId });
    if (filter.language) qb.andWhere('s.language = :language', { language: filter.language });
    if (filter.tagIds?.length) whereAllTags(qb, filter.tagIds);
    if (filter.search) {
      const match = fullTextMatch(
        's.search_vector',
        `s.title || ' ' || s.summary || ' ' || s.body`,
        filter.search,
        filter.language,
      );
      return rankKeysetPage(qb, match, position, size);
    }
    return timeKeysetPage(qb, 's.created_at', 'DESC', position, size);
  }

  /**
   * Every column but the body, prefixed with the alias: lists leave bodies out (they are most of a
   * row's bytes) and the GraphQL `body` field loads them for the rows that ask.
   */
  listColumns(alias = 's'): string[] {
    return this.dataSource
      .getMetadata(SubmissionEntity)
      .columns.filter((c) => c.propertyName !== 'body' && c.propertyName !== 'searchVector')
      .map((c) => `${alias}.${c.propertyName}`);
  }
}
