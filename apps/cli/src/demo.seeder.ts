import { Injectable, Logger } from '@nestjs/common';
import { RoundService, SessionService } from '@app/consultations';
import { AuthService, OrganisationService, OrganisationType, Region, UserEntity } from '@app/identity';
import { DigestCompiler, DigestEdition, DigestService } from '@app/digests';
import { ClaimService, DecisionService, ModerationDecision, ReasonCode, TaggingService } from '@app/moderation';
import { Actor, Clock, PlatformRole } from '@app/platform';
import { CosignatureService, SubmissionCommandService } from '@app/submissions';
import { TagCategory, TagService } from '@app/taxonomy';
import { DataSource } from 'typeorm';
import { DEMO_POSITIONS } from './demo/demo-positions';
import { LATER_POSITIONS } from './demo/demo-later-positions';
import { DEMO_SUBMISSIONS } from './demo/demo-submissions';
import { DEMO_WAITING } from './demo/demo-waiting';
import { ProgrammeDemoSeeder } from './demo/programme.seeder';
import { ReferenceSeeder } from './reference.seeder';

const DAY = 24 * 3600 * 1000;
const DEMO_SESSION_TITLE = 'Conference of the States Parties — first session (demo)';

export const DEMO_PASSWORD = 'plenary-demo-2026';

export interface DemoLogin {
  email: string;
  role: string;
}

const ORGANISATIONS: {
  name: string;
  country: string;
  type: OrganisationType;
  region: Region;
  website: string;
  description: string;
}[] = [
  {
    name: 'Nairobi Digital Rights Forum',
    country: 'KE',
    type: OrganisationType.NGO,
    region: Region.AG,
    website: 'https://example.org/ndrf',
    description: 'Digital rights and freedom of expression in East Africa.',
  },
  {
    name: 'Asia-Pacific Privacy Network',
    country: 'PH',
    type: OrganisationType.NGO,
    region: Region.APG,
    website: 'https://example.org/appn',
    description: 'Privacy and data protection advocacy across Asia and the Pacific.',
  },
  {
    name: 'Caucasus Open Internet Institute',
    country: 'GE',
    type: OrganisationType.ACADEMIA,
    region: Region.EEG,
    website: 'https://example.org/coii',
    description: 'Research on internet governance and cybercrime law.',
  },
  {
    name: 'Red Andina de Derechos Digitales',
    country: 'PE',
    type: OrganisationType.NGO,
    region: Region.GRULAC,
    website: 'https://example.org/radd',
    description: 'Derechos humanos en el entorno digital en la región andina.',
  },
  {
    name: 'Observatoire des libertés numériques',
    country: 'FR',
    type: OrganisationType.NGO,
    region: Region.WEOG,
    website: 'https://example.org/oln',
    description: 'Libertés publiques et procédure pénale numérique.',
  },
];

/**
 * The demo world a newcomer clicks through. Runs once: when the demo staff account exists it only
 * reports the logins.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly organisations: OrganisationService,
    private readonly sessions: SessionService,
    private readonly rounds: RoundService,
    private readonly submissions: SubmissionCommandService,
    private readonly cosignatures: CosignatureService,
    private readonly reference: ReferenceSeeder,
    private readonly claims: ClaimService,
    private readonly tagging: TaggingService,
    private readonly decisions: DecisionService,
    private readonly tags: TagService,
    private readonly digests: DigestService,
    private readonly compiler: DigestCompiler,
    private readonly clock: Clock,
    private readonly programme: ProgrammeDemoSeeder,
  ) {}

  async run(): Promise<{ created: boolean; logins: DemoLogin[]; publishedDigestId: string | null }> {
    const logins: DemoLogin[] = [
      { email: 'staff@plenary.demo', role: 'programme staff (STAFF)' },
      { email: 'moderator@plenary.demo', role: 'moderator (MODERATOR)' },
      ...ORGANISATIONS.map((o) => ({
        email: `admin.${o.region.toLowerCase()}@plenary.demo`,
        role: `ADMIN of ${o.name} (${o.region})`,
      })),
      { email: 'member.ag@plenary.demo', role: `MEMBER of ${ORGANISATIONS[0].name}` },
      { email: 'pending@plenary.demo', role: 'ADMIN of a PENDING organisation' },
    ];
    const exists = await this.dataSource
      .getRepository(UserEntity)
      .exists({ where: { emailNormalized: 'staff@plenary.demo' } });
    if (exists) {
      const complete = await this.dataSource
        .query(`SELECT 1 FROM audit_events WHERE action = 'demo.loaded'`)
        .then((r: unknown[]) => r.length > 0);
      if (!complete)
        throw new Error(
          'the demo data is incomplete (an earlier seed:demo stopped half-way): drop the database and run it again',
        );
      return { created: false, logins, publishedDigestId: await this.publishedDigestId() };
    }

    const account = (email: string, displayName: string, roles: PlatformRole[] = []) =>
      this.auth.createAccount({ email, displayName, password: DEMO_PASSWORD, roles });
    const actorOf = (user: UserEntity): Actor => ({ userId: user.id, sessionId: 'seed', roles: user.roles });

    await this.reference.run();
    const staff = await account('staff@plenary.demo', 'Programme Staff', [PlatformRole.STAFF]);
    const moderator = await account('moderator@plenary.demo', 'Demo Moderator', [PlatformRole.MODERATOR]);
    const admins = new Map<Region, { actor: Actor; orgId: string }>();
    for (const [i, o] of ORGANISATIONS.entries()) {
      const admin = await account(`admin.${o.region.toLowerCase()}@plenary.demo`, `${o.region} Admin`);
      const org = await this.organisations.create(actorOf(admin), o);
      admins.set(o.region, { actor: actorOf(admin), orgId: org.id });
      await this.organisations.review(actorOf(staff), {
        organisationId: org.id,
        decision: 'VERIFY',
        note: 'Demo organisation',
      });
      if (i === 0) {
        const member = await account('member.ag@plenary.demo', 'AG Member');
        await this.dataSource.query(
          `INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`,
          [org.id, member.id],
        );
      }
    }
    const pending = await account('pending@plenary.demo', 'Pending Admin');
    await this.organisations.create(actorOf(pending), {
      name: 'Coalition pour la vie privée (en attente)',
      country: 'SN',
      type: OrganisationType.NGO,
      description: 'Waiting for staff to verify it.',
    });
    await this.consultations(actorOf(staff), actorOf(moderator), admins);
    // Written last: its presence means the demo is complete.
    await this.dataSource.query(
      `INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('demo.loaded', 'Demo', 'demo')`,
    );
    this.logger.log('demo data created');
    return { created: true, logins, publishedDigestId: await this.publishedDigestId() };
  }

  /**
   * A session ahead, with a round in every region around today: AG, APG and WEOG open, EEG opening
   * next week, GRULAC just closed (revisions still possible); submissions in every status and
   * several languages, moderated through the same services the API uses: approved ones tagged,
   * one appeal, one near-duplicate pair, and 40 items waiting in the queue (six themes in the six
   * languages from four regions: enough to page, filter and see coverage gaps on the moderator desk).
   */
  private async consultations(
    staff: Actor,
    moderator: Actor,
    admins: Map<Region, { actor: Actor; orgId: string }>,
  ): Promise<void> {
    const now = this.clock.now().getTime();
    const vocabulary = await this.tags.list(null, true);
    const tagIds = new Map(vocabulary.map((t) => [t.slug, t.id]));
    const genderSlugs = new Set(vocabulary.filter((t) => t.category === TagCategory.GENDER).map((t) => t.slug));
    const humanRightsSlugs = new Set(
      vocabulary.filter((t) => t.category === TagCategory.HUMAN_RIGHTS).map((t) => t.slug),
    );
    const session = await this.sessions.create(staff, {
      title: DEMO_SESSION_TITLE,
      processName: 'United Nations Convention against Cybercrime',
      location: 'Vienna',
      startsAt: new Date(now + 60 * DAY),
      endsAt: new Date(now + 71 * DAY),
    });
    // [opens, closes] in days from now, and the round's reference time zone. APG closes within two
    // days, so its page shows the live countdown.
    const plan: Record<Region, [number, number, string]> = {
      [Region.AG]: [-3, 12, 'Africa/Nairobi'],
      [Region.APG]: [-5, 1.5, 'Asia/Bangkok'],
      [Region.EEG]: [7, 30, 'Europe/Vienna'],
      [Region.GRULAC]: [-20, 2, 'America/Lima'],
      [Region.WEOG]: [-1, 20, 'Europe/Vienna'],
    };
    const roundIds = new Map<Region, string>();
    for (const region of Object.values(Region)) {
      const [opens, closes, timeZone] = plan[region];
      const round = await this.rounds.create(staff, {
        sessionId: session.id,
        region,
        title: `${region} consultation before the first Conference of the States Parties`,
        description: 'Positions on implementing the Convention, especially its human-rights safeguards.',
        guidingQuestions: [
          'Which safeguards should accompany procedural powers?',
          'How should gender be mainstreamed in implementation?',
        ],
        opensAt: new Date(now + opens * DAY),
        closesAt: new Date(now + closes * DAY),
        timeZone,
      });
      await this.rounds.schedule(staff, round.id);
      roundIds.set(region, round.id);
    }
    for (const demo of [...DEMO_SUBMISSIONS, ...DEMO_POSITIONS, ...DEMO_WAITING]) {
      const author = admins.get(demo.region);
      const roundId = roundIds.get(demo.region);
      if (!author || !roundId) continue;
      const suggestedTagIds = (demo.suggestedTags ?? [])
        .map((slug) => tagIds.get(slug))
        .filter((id): id is string => !!id);
      const draft = await this.submissions.create(author.actor, {
        ...demo,
        suggestedTagIds,
        roundId,
        organisationId: author.orgId,
      });
      if (demo.stage === 'DRAFT') continue;
      for (const cosigner of demo.cosigners ?? []) {
        const other = admins.get(cosigner.region);
        if (!other) continue;
        const invitation = await this.cosignatures.invite(author.actor, draft.id, other.orgId);
        await this.cosignatures.respond(other.actor, invitation.id, true, cosigner.disclosure);
      }
      let current = await this.submissions.submit(author.actor, draft.id, draft.version);
      if (demo.stage === 'WITHDRAWN')
        await this.submissions.withdraw(author.actor, current.id, 'Superseded by a joint submission.');
      if (demo.stage === 'SUBMITTED' || demo.stage === 'WITHDRAWN') continue;
      current = (await this.claims.claim(moderator, current.id)).submission;
      if (demo.stage === 'UNDER_REVIEW') continue;
      if (demo.stage === 'CHANGES_REQUESTED') {
        await this.decisions.decide(moderator, {
          submissionId: current.id,
          expectedVersion: current.version,
          decision: ModerationDecision.REQUEST_CHANGES,
          reasonCode: ReasonCode.MISSING_PROVISIONS,
          message: 'Please name the articles you comment on and add your recommendations.',
        });
        continue;
      }
      if (demo.stage === 'APPEALED') {
        const rejected = await this.decisions.decide(moderator, {
          submissionId: current.id,
          expectedVersion: current.version,
          decision: ModerationDecision.REJECT,
          reasonCode: ReasonCode.OUT_OF_SCOPE,
          message: 'This is advertising, not a position on the Convention.',
        });
        await this.decisions.appeal(
          author.actor,
          rejected.id,
          'We believe the product information is relevant to implementation.',
        );
        continue;
      }
      const tags = (demo.tags ?? []).map((slug) => tagIds.get(slug)).filter((id): id is string => !!id);
      const tagged = await this.tagging.setTags(moderator, {
        submissionId: current.id,
        expectedVersion: current.version,
        tagIds: tags,
        noGenderConsiderations: !(demo.tags ?? []).some((slug) => genderSlugs.has(slug)),
        noHumanRightsConsiderations: !(demo.tags ?? []).some((slug) => humanRightsSlugs.has(slug)),
      });
      await this.decisions.decide(moderator, {
        submissionId: tagged.id,
        expectedVersion: tagged.version,
        decision: ModerationDecision.APPROVE,
        reasonCode: ReasonCode.IN_SCOPE,
      });
    }
    await this.rounds.close(staff, roundIds.get(Region.GRULAC) as string);
    // The programme beside the session: its outcomes and publications enter the digest compiled next.
    await this.programme.run(staff, session);
    if (await this.publishedDigest(staff, session.id)) {
      await this.laterVersions(staff, moderator, admins, roundIds, session.id, tagIds);
    }
  }

  /**
   * After the published first version, two more positions are approved and the digest is compiled
   * again (a READY version 2, not yet published, with its changes since version 1), and the
   * INTERNAL edition once: the staff console's digest page then has versions to compare and publish.
   */
  private async laterVersions(
    staff: Actor,
    moderator: Actor,
    admins: Map<Region, { actor: Actor; orgId: string }>,
    roundIds: Map<Region, string>,
    sessionId: string,
    tagIds: Map<string, string>,
  ): Promise<void> {
    const vocabulary = await this.tags.list(null, true);
    const categoryOf = new Map(vocabulary.map((t) => [t.slug, t.category]));
    for (const demo of LATER_POSITIONS) {
      const author = admins.get(demo.region);
      const roundId = roundIds.get(demo.region);
      if (!author || !roundId) continue;
      const draft = await this.submissions.create(author.actor, { ...demo, roundId, organisationId: author.orgId });
      const submitted = await this.submissions.submit(author.actor, draft.id, draft.version);
      const claimed = (await this.claims.claim(moderator, submitted.id)).submission;
      const slugs = demo.tags ?? [];
      const tagged = await this.tagging.setTags(moderator, {
        submissionId: claimed.id,
        expectedVersion: claimed.version,
        tagIds: slugs.map((slug) => tagIds.get(slug)).filter((id): id is string => !!id),
        noGenderConsiderations: !slugs.some((slug) => categoryOf.get(slug) === TagCategory.GENDER),
        noHumanRightsConsiderations: !slugs.some((slug) => categoryOf.get(slug) === TagCategory.HUMAN_RIGHTS),
      });
      await this.decisions.decide(moderator, {
        submissionId: tagged.id,
        expectedVersion: tagged.version,
        decision: ModerationDecision.APPROVE,
        reasonCode: ReasonCode.IN_SCOPE,
      });
    }
    for (const edition of [DigestEdition.PUBLIC, DigestEdition.INTERNAL]) {
      const digest = await this.digests.request(staff, sessionId, edition);
      await this.compiler.compile(digest.id);
    }
  }

  private async publishedDigestId(): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM digests WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1`,
    );
    return rows[0]?.id ?? null;
  }

  /** The demo ends with a compiled, published PUBLIC digest, so a newcomer can download it at once. */
  private async publishedDigest(staff: Actor, sessionId: string): Promise<boolean> {
    const digest = await this.digests.request(staff, sessionId, DigestEdition.PUBLIC);
    try {
      await this.compiler.compile(digest.id);
    } catch (error) {
      this.logger.warn(
        `the demo digest could not be compiled (${error instanceof Error ? error.message : String(error)}); ` +
          'install Chromium and the Noto fonts (apt-get install chromium fonts-noto-core fonts-noto-cjk) and ask for it again with compileDigest',
      );
      return false;
    }
    await this.digests.publish(staff, digest.id);
    return true;
  }
}
