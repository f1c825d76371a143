import { registerEnumType } from '@nestjs/graphql';

/** UN regional groups (PRODUCT.md section 2). */
export enum Region {
  AG = 'AG',
  APG = 'APG',
  EEG = 'EEG',
  GRULAC = 'GRULAC',
  WEOG = 'WEOG',
}

export enum OrganisationType {
  NGO = 'NGO',
  ACADEMIA = 'ACADEMIA',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  TECHNICAL_COMMUNITY = 'TECHNICAL_COMMUNITY',
  OTHER = 'OTHER',
}

export enum OrganisationStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

export enum MemberRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

registerEnumType(Region, {
  name: 'Region',
  description: 'UN regional group. An organisation’s is derived from its country where the country is in one.',
  valuesMap: {
    AG: { description: 'The African Group.' },
    APG: { description: 'The Asia-Pacific Group.' },
    EEG: { description: 'The Eastern European Group.' },
    GRULAC: { description: 'The Latin American and Caribbean Group.' },
    WEOG: { description: 'The Western European and Others Group.' },
  } satisfies Record<keyof typeof Region, { description: string }>,
});
registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  description: 'What kind of civil-society organisation it is.',
  valuesMap: {
    NGO: { description: 'A non-governmental organisation.' },
    ACADEMIA: { description: 'A university, research institute or academic network.' },
    PRIVATE_SECTOR: { description: 'A company or business association.' },
    TECHNICAL_COMMUNITY: { description: 'A technical body (standards, internet infrastructure, security research).' },
    OTHER: { description: 'Anything else.' },
  } satisfies Record<keyof typeof OrganisationType, { description: string }>,
});
registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description:
    'Where staff’s review of an organisation stands. Only VERIFIED organisations submit, co-sign and invite members.',
  valuesMap: {
    PENDING: { description: 'Created, waiting for staff to verify or reject it.' },
    VERIFIED: { description: 'Verified by staff: it may submit, co-sign and invite members.' },
    REJECTED: { description: 'Refused by staff (final).' },
    SUSPENDED: { description: 'Verified once, suspended by staff; staff may verify it again.' },
  } satisfies Record<keyof typeof OrganisationStatus, { description: string }>,
});
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'A person’s role in an organisation. An organisation always keeps at least one ADMIN.',
  valuesMap: {
    ADMIN: {
      description: 'Does everything a member does, and invites and removes members and answers co-signing invitations.',
    },
    MEMBER: { description: 'Drafts, submits and revises the organisation’s positions.' },
  } satisfies Record<keyof typeof MemberRole, { description: string }>,
});
