import { ConsultationRoundEntity, ProvisionService, RoundService, SessionService } from '@app/consultations';
import { OrganisationEntity, Region, UserEntity } from '@app/identity';
import { hydrate, rawAndEntities, selectEntities } from '@app/platform';
import { Disclosure, SubmissionCommandService, SubmissionEntity, SubmissionQueryService } from '@app/submissions';
import { TagEntity, TagService } from '@app/taxonomy';
import { createModerator, createOrganisation, createStaff, createUser, TestPlenary, TestUser } from '@app/testing';
import { In } from 'typeorm';

/**
 * The hot read paths hydrate plain SQL rows themselves (`hydrate`, `selectEntities`,
 * `rawAndEntities`) instead of going through TypeORM's result transformer. An entity read that way
 * must equal the one `find()` returns: same class, same values, same types (enums, enum and uuid
 * arrays, dates, nulls), for every kind the fast paths read.
 */
describe('hydrate: plain SQL rows as entities, equal to find()', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let admin: TestUser;
  let submissionIds: string[];
  let roundId: string;
  let orgId: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    staff = await createStaff(plenary);
    await createModerator(plenary);
    admin = await createUser(plenary, { name: 'Hydrate Admin' });
    orgId = (await createOrganisation(plenary, admin, { country: 'KE' })).id;
    const day = 24 * 3600 * 1000;
    const session = await plenary.get(SessionService).create(staff.actor, {
      title: 'Hydrate session',
      processName: 'Hydrate',
      location: 'Vienna',
      startsAt: new Date(Date.now() + 30 * day),
      endsAt: new Date(Date.now() + 40 * day),
    });
    const round = await plenary.get(RoundService).create(staff.actor, {
      sessionId: session.id,
      region: Region.AG,
      title: 'Hydrate round',
      opensAt: new Date(Date.now() - day),
      closesAt: new Date(Date.now() + 10 * day),
    });
    await plenary.get(RoundService).schedule(staff.actor, round.id);
    roundId = round.id;
    const provisions = await plenary.get(ProvisionService).list();
    const service = plenary.get(SubmissionCommandService);
    submissionIds = [];
    for (const [i, disclosure] of [Disclosure.NAMED, Disclosure.ANONYMOUS, Disclosure.REGION_ONLY].entries()) {
      const draft = await service.create(admin.actor, {
        roundId,
        organisationId: orgId,
        title: `Hydrate ${i}`,
        summary: 'Summary.',
        body: 'Body words here.',
        language: 'en',
        disclosure,
        provisionIds: i === 0 ? provisions.slice(0, 2).map((p) => p.id) : [],
      });
      submissionIds.push(i < 2 ? (await service.submit(admin.actor, draft.id, draft.version)).id : draft.id);
    }
    const tags = await plenary.dataSource.getRepository(TagEntity).find({ take: 3, order: { slug: 'ASC' } });
    await plenary.dataSource.query(
      `INSERT INTO submission_tags (submission_id, tag_id) SELECT $1::uuid, unnest($2::uuid[])`,
      [submissionIds[0], tags.map((t) => t.id)],
    );
  });

  afterAll(() => plenary.close());

  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

  it('selectEntities equals find() for organisations, rounds, tags and users', async () => {
    const ds = plenary.dataSource;
    const cases = [
      [OrganisationEntity, 'organisations'],
      [ConsultationRoundEntity, 'consultation_rounds'],
      [TagEntity, 'tags'],
      [UserEntity, 'users'],
    ] as const;
    for (const [entity, table] of cases) {
      const expected = await ds.getRepository<{ id: string }>(entity).find();
      expect(expected.length).toBeGreaterThan(0);
      const ids = expected.map((e) => e.id);
      const actual = await selectEntities<{ id: string }>(
        ds,
        entity,
        `SELECT * FROM ${table} WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      expect(actual.every((e) => e instanceof entity)).toBe(true);
      expect(byId(actual)).toEqual(byId(expected));
    }
  });

  it('rawAndEntities equals getMany() for a submission list without bodies, keeping each row’s extra columns', async () => {
    const service = plenary.get(SubmissionQueryService);
    const qb = () =>
      plenary.dataSource
        .getRepository(SubmissionEntity)
        .createQueryBuilder('s')
        .select(service.listColumns())
        .where('s.id IN (:...ids)', { ids: submissionIds })
        .orderBy('s.id');
    const expected = await qb().getMany();
    const { entities, raw } = await rawAndEntities<SubmissionEntity, { marker: string }>(
      qb().addSelect(`'row-' || s.title`, 'marker'),
    );
    expect(entities).toHaveLength(3);
    expect(entities).toEqual(expected);
    expect(entities.every((e) => e instanceof SubmissionEntity && e.body === undefined)).toBe(true);
    expect(entities.map((e) => typeof e.createdAt.getTime())).toEqual(['number', 'number', 'number']);
    expect(entities.find((e) => e.provisionIds.length > 0)?.provisionIds).toHaveLength(2);
    expect(raw.map((r) => r.marker)).toEqual(entities.map((e) => `row-${e.title}`));
  });

  it('hydrate reads prefixed columns, leaves unselected ones undefined, and gives [] for no rows', async () => {
    const [org] = await plenary.dataSource.getRepository(OrganisationEntity).find({ where: { id: In([orgId]) } });
    const [partial] = hydrate(
      plenary.dataSource,
      OrganisationEntity,
      [{ o_id: org.id, o_name: org.name, o_region: org.region, o_updated_at: org.updatedAt, unrelated: 1 }],
      'o_',
    );
    expect(partial).toBeInstanceOf(OrganisationEntity);
    expect({ ...partial }).toEqual({ id: org.id, name: org.name, region: org.region, updatedAt: org.updatedAt });
    expect(hydrate(plenary.dataSource, OrganisationEntity, [])).toEqual([]);
  });
});
