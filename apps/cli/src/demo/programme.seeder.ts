import { Injectable, Logger } from '@nestjs/common';
import { Region, UserEntity } from '@app/identity';
import { Actor, Clock, PlatformRole } from '@app/platform';
import {
  EventFormat,
  EventService,
  EventType,
  GenderIdentity,
  OutcomeService,
  ProgrammeEventEntity,
  PublicationKind,
  PublicationService,
  RegistrationMode,
  RegistrationService,
  TrainingService,
} from '@app/programme';
import { TagCategory, TagService } from '@app/taxonomy';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** A one-page PDF with a title and a line of text (valid, with a correct cross-reference table). */
export function onePagePdf(title: string, line: string): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 20 Tf 72 740 Td (${esc(title)}) Tj ET\nBT /F1 12 Tf 72 710 Td (${esc(line)}) Tj ET\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}endstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * The programme of the demo session: two trainings held, one coming; a regional meeting held under
 * the Chatham House Rule; side meetings beside the session (one full, with a waiting list; one by
 * invitation); the outreach forum after it; registrations with attendance; outcomes recorded
 * (entering the session's digest); two published publications of the session (cited in its
 * digest). Everything goes through the same services the API uses.
 */
@Injectable()
export class ProgrammeDemoSeeder {
  private readonly logger = new Logger(ProgrammeDemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly outcomes: OutcomeService,
    private readonly training: TrainingService,
    private readonly publications: PublicationService,
    private readonly tags: TagService,
    private readonly clock: Clock,
  ) {}

  async run(staff: Actor, session: { id: string; startsAt: Date; endsAt: Date }): Promise<void> {
    await this.training.seedReference();
    const modules = new Map((await this.training.list(true)).map((m) => [m.referenceKey ?? m.id, m.id]));
    const people = await this.people();
    const vocabulary = await this.tags.list(null, false);
    const tag = (slug: string) => vocabulary.find((t) => t.slug === slug)?.id;
    const firstOf = (category: TagCategory) => vocabulary.find((t) => t.category === category)?.id;
    const genderTag = tag('tech-facilitated-gbv') ?? firstOf(TagCategory.GENDER);
    const rightsTag = tag('judicial-oversight') ?? firstOf(TagCategory.HUMAN_RIGHTS);
    const now = this.clock.now().getTime();
    const at = (days: number, hour = 0) => new Date(Math.floor((now + days * DAY) / HOUR) * HOUR + hour * HOUR);

    // Held already: a training on the treaty process and the gender perspective, with attendance and an outcome.
    const training = await this.held(
      staff,
      {
        type: EventType.TRAINING,
        title: 'Training: the Convention and a gender perspective on its implementation',
        description:
          'A two-day training for civil-society organisations on the structure of the Convention, its human-rights safeguards and technology-facilitated gender-based violence.',
        sessionId: session.id,
        regions: [],
        format: EventFormat.HYBRID,
        venue: 'Vienna International Centre, room C3',
        onlineUrl: 'https://meet.example.org/plenary-demo-training',
        timeZone: 'Europe/Vienna',
        languages: ['en', 'fr'],
        interpretation: ['ar', 'es'],
        capacity: 30,
        registrationMode: RegistrationMode.OPEN,
        moduleIds: [modules.get('treaty-process'), modules.get('gender-perspective')].filter(
          (id): id is string => !!id,
        ),
      },
      -14,
      [
        {
          who: people.adminAG,
          org: 'AG',
          gender: GenderIdentity.WOMAN,
          attended: true,
          needs: 'Step-free access to the room',
        },
        { who: people.memberAG, org: 'AG', gender: GenderIdentity.MAN, attended: true },
        { who: people.adminAPG, org: 'APG', gender: GenderIdentity.WOMAN, attended: true },
        { who: people.adminEEG, org: 'EEG', gender: GenderIdentity.NON_BINARY, attended: true },
        { who: people.adminGRULAC, org: 'GRULAC', gender: GenderIdentity.WOMAN, attended: true },
        { who: people.adminWEOG, org: 'WEOG', gender: GenderIdentity.PREFER_NOT_TO_SAY, attended: false },
      ],
    );
    await this.outcomes.record(staff, {
      eventId: training.id,
      keyMessages: [
        '- Participants mapped their priorities to the Convention: **the conditions and safeguards on procedural powers** came first in every region.',
        '- Survivors of technology-facilitated violence must never be prosecuted for sharing evidence of the abuse they suffered.',
        '- Organisations will brief their delegations before the first Conference of the States Parties, using the training’s two-page template.',
      ].join('\n'),
      tagIds: [genderTag, rightsTag].filter((id): id is string => !!id),
      noGenderConsiderations: !genderTag,
      noHumanRightsConsiderations: !rightsTag,
      provisionIds: ['article-6', 'chapter-4'],
      speakers: ['Dr Amina Diallo (trainer)', 'Lucía Pérez (Red Andina de Derechos Digitales)'],
    });

    // Held under the Chatham House Rule: its outcome names nobody.
    const regional = await this.held(
      staff,
      {
        type: EventType.REGIONAL_MEETING,
        title: 'African Group consultation meeting on cross-border evidence',
        description:
          'Organisations from the African Group compared how cross-border data requests reach people at risk.',
        sessionId: session.id,
        regions: [Region.AG],
        format: EventFormat.ONLINE,
        onlineUrl: 'https://meet.example.org/plenary-demo-ag',
        timeZone: 'Africa/Nairobi',
        languages: ['en', 'fr'],
        capacity: 40,
        registrationMode: RegistrationMode.OPEN,
        chathamHouse: true,
      },
      -6,
      [
        { who: people.adminAG, org: 'AG', gender: GenderIdentity.WOMAN, attended: true },
        { who: people.memberAG, org: 'AG', gender: GenderIdentity.MAN, attended: true },
      ],
    );
    await this.outcomes.record(staff, {
      eventId: regional.id,
      keyMessages:
        '- Mutual legal assistance requests should state the safeguards the requesting state applies.\n- A regional contact point for civil society would help follow cross-border cases.',
      tagIds: [rightsTag].filter((id): id is string => !!id),
      noGenderConsiderations: true,
      noHumanRightsConsiderations: !rightsTag,
      provisionIds: ['chapter-5'],
    });

    // Coming: side meetings beside the session, the outreach forum after it, and an online training.
    const full = await this.events.create(staff, {
      type: EventType.SIDE_MEETING,
      title: 'Track 1.5 dialogue: safeguards for people at risk',
      description: 'State delegates and civil society on **conditions and safeguards** (Article 24).',
      sessionId: session.id,
      startsAt: new Date(session.startsAt.getTime() + DAY + 13 * HOUR),
      endsAt: new Date(session.startsAt.getTime() + DAY + 15 * HOUR),
      timeZone: 'Europe/Vienna',
      format: EventFormat.HYBRID,
      venue: 'Vienna International Centre, room M7',
      onlineUrl: 'https://meet.example.org/plenary-demo-track15',
      languages: ['en'],
      interpretation: ['fr', 'es', 'ar', 'ru', 'zh'],
      capacity: 2,
      registrationMode: RegistrationMode.OPEN,
      registrationDeadline: new Date(session.startsAt.getTime()),
      chathamHouse: true,
    });
    for (const [who, org, gender] of [
      [people.adminAPG, 'APG', GenderIdentity.WOMAN],
      [people.adminWEOG, 'WEOG', GenderIdentity.MAN],
      [people.adminGRULAC, 'GRULAC', GenderIdentity.WOMAN],
    ] as const)
      await this.register(who, full, org, gender);
    const invited = await this.events.create(staff, {
      type: EventType.SIDE_MEETING,
      title: 'Closed briefing for state delegates on gender mainstreaming',
      sessionId: session.id,
      startsAt: new Date(session.startsAt.getTime() + 3 * DAY + 9 * HOUR),
      endsAt: new Date(session.startsAt.getTime() + 3 * DAY + 10 * HOUR),
      timeZone: 'Europe/Vienna',
      format: EventFormat.IN_PERSON,
      venue: 'Vienna International Centre, room M2',
      languages: ['en'],
      capacity: 25,
      registrationMode: RegistrationMode.INVITATION_ONLY,
      chathamHouse: true,
    });
    await this.registrations.invite(staff, invited.id, ['delegate.kenya@plenary.demo', 'delegate.chile@plenary.demo']);
    await this.events.create(staff, {
      type: EventType.OUTREACH_FORUM,
      title: 'Policy outreach forum: from observations to follow-up',
      description:
        'Organisations and state representatives turn the session’s observations into follow-up commitments.',
      sessionId: session.id,
      startsAt: new Date(session.endsAt.getTime() + 7 * DAY + 14 * HOUR),
      endsAt: new Date(session.endsAt.getTime() + 7 * DAY + 17 * HOUR),
      timeZone: 'America/New_York',
      format: EventFormat.HYBRID,
      venue: 'United Nations Headquarters, Conference Room 11',
      onlineUrl: 'https://meet.example.org/plenary-demo-forum',
      languages: ['en', 'es', 'fr'],
      capacity: 120,
      registrationMode: RegistrationMode.OPEN,
    });
    const upcomingTraining = await this.events.create(staff, {
      type: EventType.TRAINING,
      title: 'Online training: cross-border access to data',
      sessionId: session.id,
      startsAt: at(10, 12),
      endsAt: at(10, 15),
      timeZone: 'UTC',
      format: EventFormat.ONLINE,
      onlineUrl: 'https://meet.example.org/plenary-demo-data',
      languages: ['en', 'ru'],
      capacity: 50,
      registrationMode: RegistrationMode.OPEN,
      registrationDeadline: at(9, 12),
      moduleIds: [modules.get('cross-border-data')].filter((id): id is string => !!id),
    });
    await this.register(people.adminEEG, upcomingTraining, 'EEG', GenderIdentity.WOMAN);

    // Two publications, published: the report with its open-access file, and an article by DOI.
    const report = await this.publications.create(staff, {
      kind: PublicationKind.REPORT,
      title: 'Gender-responsive safeguards in the implementation of the Convention against Cybercrime',
      authors: ['Amina Diallo', 'Lucía Pérez'],
      authorsConsented: true,
      abstract:
        'What the consultation rounds, trainings and side meetings showed about procedural safeguards, technology-facilitated gender-based violence and the protection of human-rights defenders.',
      language: 'en',
      sessionId: session.id,
      tagIds: [genderTag, rightsTag].filter((id): id is string => !!id),
      provisionIds: ['article-6'],
    });
    await this.publications.putFile(
      staff,
      report.id,
      Readable.from([onePagePdf('Gender-responsive safeguards', 'Plenary demo report: open-access edition.')]),
      { name: 'gender-responsive-safeguards.pdf', type: 'application/pdf' },
    );
    await this.publications.publish(staff, report.id);
    const article = await this.publications.create(staff, {
      kind: PublicationKind.JOURNAL_ARTICLE,
      title: 'Cross-border evidence and the rights of people at risk',
      authors: ['Kwame Mensah'],
      authorsConsented: true,
      abstract:
        'An article of the open-access journal special issue on the Convention’s international cooperation chapter.',
      language: 'en',
      doi: '10.5555/plenary.demo.2026.1',
      url: 'https://journal.example.org/special-issue/cross-border-evidence',
      sessionId: session.id,
      tagIds: [rightsTag].filter((id): id is string => !!id),
      provisionIds: ['chapter-5'],
    });
    await this.publications.publish(staff, article.id);
    this.logger.log('demo programme created');
  }

  /** The demo's CSO people, by the logins the demo prints. */
  private async people() {
    const find = async (email: string): Promise<Actor & { orgIds: Map<string, string> }> => {
      const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { emailNormalized: email } });
      const orgs: { id: string; region: string }[] = await this.dataSource.query(
        `SELECT o.id, o.region FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1`,
        [user.id],
      );
      return {
        userId: user.id,
        sessionId: 'seed',
        roles: user.roles as PlatformRole[],
        orgIds: new Map(orgs.map((o) => [o.region, o.id])),
      };
    };
    return {
      adminAG: await find('admin.ag@plenary.demo'),
      memberAG: await find('member.ag@plenary.demo'),
      adminAPG: await find('admin.apg@plenary.demo'),
      adminEEG: await find('admin.eeg@plenary.demo'),
      adminGRULAC: await find('admin.grulac@plenary.demo'),
      adminWEOG: await find('admin.weog@plenary.demo'),
    };
  }

  private async register(
    who: Actor & { orgIds: Map<string, string> },
    event: ProgrammeEventEntity,
    org: string,
    gender: GenderIdentity,
    needs?: string,
  ): Promise<string> {
    const registration = await this.registrations.register(who, {
      eventId: event.id,
      organisationId: who.orgIds.get(org) ?? null,
      genderIdentity: gender,
      needs: needs ?? '',
      consent: true,
    });
    return registration.id;
  }

  /**
   * An event that took place `daysAgo`: created a little ahead (registering closes at the start),
   * registered for, moved to its real dates, then its attendance marked — all through the services.
   */
  private async held(
    staff: Actor,
    fields: Parameters<EventService['create']>[1] extends infer F ? Omit<F, 'startsAt' | 'endsAt'> : never,
    daysAgo: number,
    people: {
      who: Actor & { orgIds: Map<string, string> };
      org: string;
      gender: GenderIdentity;
      attended: boolean;
      needs?: string;
    }[],
  ): Promise<ProgrammeEventEntity> {
    const now = this.clock.now().getTime();
    const event = await this.events.create(staff, {
      ...fields,
      startsAt: new Date(now + HOUR),
      endsAt: new Date(now + 3 * HOUR),
    });
    const registered: { id: string; attended: boolean }[] = [];
    for (const p of people)
      registered.push({ id: await this.register(p.who, event, p.org, p.gender, p.needs), attended: p.attended });
    const startsAt = new Date(Math.floor((now + daysAgo * DAY) / HOUR) * HOUR + 9 * HOUR);
    const moved = await this.events.update(staff, event.id, event.version, {
      startsAt,
      endsAt: new Date(startsAt.getTime() + (fields.type === EventType.TRAINING ? 30 : 3) * HOUR),
    });
    await this.registrations.markAttendance(
      staff,
      moved.id,
      registered.map((r) => ({ registrationId: r.id, attended: r.attended })),
    );
    return moved;
  }
}
