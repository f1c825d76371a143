import { DigestEntity, DigestFileEntity, DigestItemEntity } from './digest.entity';

export { DigestEdition, DigestFormat, DigestPhase, DigestPhaseStep, DigestStatus } from './digest.entity';
export { DigestEntity, DigestFileEntity, DigestItemEntity };
export const DIGESTS_ENTITIES = [DigestEntity, DigestFileEntity, DigestItemEntity];
