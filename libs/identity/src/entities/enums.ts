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

registerEnumType(Region, { name: 'Region', description: 'UN regional group' });
registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(OrganisationStatus, { name: 'OrganisationStatus' });
registerEnumType(MemberRole, { name: 'MemberRole' });
