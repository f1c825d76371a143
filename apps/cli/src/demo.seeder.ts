import { Injectable, Logger } from '@nestjs/common';
import { AuthService, OrganisationService, OrganisationType, Region, UserEntity } from '@app/identity';
import { Actor, PlatformRole } from '@app/platform';
import { DataSource } from 'typeorm';

export const DEMO_PASSWORD = 'plenary-demo-2026';

export interface DemoLogin {
  email: string;
  role: string;
}

const ORGANISATIONS: { name: string; country: string; type: OrganisationType; region: Region; website: string; description: string }[] = [
  { name: 'Nairobi Digital Rights Forum', country: 'KE', type: OrganisationType.NGO, region: Region.AG, website: 'https://example.org/ndrf', description: 'Digital rights and freedom of expression in East Africa.' },
  { name: 'Asia-Pacific Privacy Network', country: 'PH', type: OrganisationType.NGO, region: Region.APG, website: 'https://example.org/appn', description: 'Privacy and data protection advocacy across Asia and the Pacific.' },
  { name: 'Caucasus Open Internet Institute', country: 'GE', type: OrganisationType.ACADEMIA, region: Region.EEG, website: 'https://example.org/coii', description: 'Research on internet governance and cybercrime law.' },
  { name: 'Red Andina de Derechos Digitales', country: 'PE', type: OrganisationType.NGO, region: Region.GRULAC, website: 'https://example.org/radd', description: 'Derechos humanos en el entorno digital en la región andina.' },
  { name: 'Observatoire des libertés numériques', country: 'FR', type: OrganisationType.NGO, region: Region.WEOG, website: 'https://example.org/oln', description: 'Libertés publiques et procédure pénale numérique.' },
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
  ) {}

  async run(): Promise<{ created: boolean; logins: DemoLogin[] }> {
    const logins: DemoLogin[] = [
      { email: 'staff@plenary.demo', role: 'programme staff (STAFF)' },
      { email: 'moderator@plenary.demo', role: 'moderator (MODERATOR)' },
      ...ORGANISATIONS.map((o) => ({ email: `admin.${o.region.toLowerCase()}@plenary.demo`, role: `ADMIN of ${o.name} (${o.region})` })),
      { email: 'member.ag@plenary.demo', role: `MEMBER of ${ORGANISATIONS[0].name}` },
      { email: 'pending@plenary.demo', role: 'ADMIN of a PENDING organisation' },
    ];
    const exists = await this.dataSource.getRepository(UserEntity).exists({ where: { emailNormalized: 'staff@plenary.demo' } });
    if (exists) return { created: false, logins };

    const account = (email: string, displayName: string, roles: PlatformRole[] = []) =>
      this.auth.createAccount({ email, displayName, password: DEMO_PASSWORD, roles });
    const actorOf = (user: UserEntity): Actor => ({ userId: user.id, sessionId: 'seed', roles: user.roles });

    const staff = await account('staff@plenary.demo', 'Programme Staff', [PlatformRole.STAFF]);
    await account('moderator@plenary.demo', 'Demo Moderator', [PlatformRole.MODERATOR]);
    for (const [i, o] of ORGANISATIONS.entries()) {
      const admin = await account(`admin.${o.region.toLowerCase()}@plenary.demo`, `${o.region} Admin`);
      const org = await this.organisations.create(actorOf(admin), o);
      await this.organisations.review(actorOf(staff), { organisationId: org.id, decision: 'VERIFY', note: 'Demo organisation' });
      if (i === 0) {
        const member = await account('member.ag@plenary.demo', 'AG Member');
        await this.dataSource.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [org.id, member.id]);
      }
    }
    const pending = await account('pending@plenary.demo', 'Pending Admin');
    await this.organisations.create(actorOf(pending), {
      name: 'Coalition pour la vie privée (en attente)',
      country: 'SN',
      type: OrganisationType.NGO,
      description: 'Waiting for staff to verify it.',
    });
    this.logger.log('demo data created');
    return { created: true, logins };
  }
}
