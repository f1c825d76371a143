import { Foundation1795859339542 } from './1795859339542-Foundation';
import { ConsultationsAndSubmissions1795859908040 } from './1795859908040-ConsultationsAndSubmissions';
import { Moderation1795860206313 } from './1795860206313-Moderation';
import { Digests1795860530934 } from './1795860530934-Digests';
import { WaitingQueueIndex1795862914624 } from './1795862914624-WaitingQueueIndex';
import { RoundTimeZone1796050000000 } from './1796050000000-RoundTimeZone';
import { EmailVerification1796200000000 } from './1796200000000-EmailVerification';
import { AuditSealedOrder1796200000001 } from './1796200000001-AuditSealedOrder';
import { IdempotencyKeys1796300000000 } from './1796300000000-IdempotencyKeys';
import { RateLimitCounters1796400000000 } from './1796400000000-RateLimitCounters';
import { PreferredLanguage1796500000001 } from './1796500000001-PreferredLanguage';
import { IdempotencyLease1796600000211 } from './1796600000211-IdempotencyLease';
import { DigestPhases1796614000000 } from './1796614000000-DigestPhases';
import { PublicCacheInvalidation1796700000000 } from './1796700000000-PublicCacheInvalidation';
import { Programme1796800000000 } from './1796800000000-Programme';
import { DigestSectionItems1796850000000 } from './1796850000000-DigestSectionItems';
import { SimilarPairs1796900000000 } from './1796900000000-SimilarPairs';
import { SimilaritySignatures1797000000000 } from './1797000000000-SimilaritySignatures';
// Every migration, in order. Generated with `npm run migration:generate -- <Name>`, reviewed,
// and never edited once it has landed.
export const MIGRATIONS: (new () => object)[] = [
  Foundation1795859339542,
  ConsultationsAndSubmissions1795859908040,
  Moderation1795860206313,
  Digests1795860530934,
  WaitingQueueIndex1795862914624,
  RoundTimeZone1796050000000,
  EmailVerification1796200000000,
  AuditSealedOrder1796200000001,
  IdempotencyKeys1796300000000,
  RateLimitCounters1796400000000,
  PreferredLanguage1796500000001,
  IdempotencyLease1796600000211,
  DigestPhases1796614000000,
  PublicCacheInvalidation1796700000000,
  Programme1796800000000,
  DigestSectionItems1796850000000,
  SimilarPairs1796900000000,
  SimilaritySignatures1797000000000,
];
