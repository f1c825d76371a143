import { ConsultationRoundEntity, NegotiationSessionEntity, TreatyProvisionEntity } from '../entities';
import { acceptsRevisions, acceptsSubmissions, effectiveStatus } from '../services/round-rules';
import { ConsultationRoundObject, NegotiationSessionObject, TreatyProvisionObject } from './consultation.objects';

export function toSessionObject(s: NegotiationSessionEntity): NegotiationSessionObject {
  return {
    id: s.id,
    title: s.title,
    processName: s.processName,
    location: s.location,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    version: s.version,
  };
}

export function toRoundObject(r: ConsultationRoundEntity, now: Date): ConsultationRoundObject {
  return {
    id: r.id,
    sessionId: r.sessionId,
    region: r.region,
    title: r.title,
    description: r.description,
    guidingQuestions: r.guidingQuestions,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    revisionsCloseAt: r.revisionsCloseAt,
    wordLimit: r.wordLimit,
    languages: r.languages,
    timeZone: r.timeZone,
    status: effectiveStatus(r, now),
    acceptingSubmissions: acceptsSubmissions(r, now),
    acceptingRevisions: acceptsRevisions(r, now),
    version: r.version,
  };
}

export function toProvisionObject(p: TreatyProvisionEntity): TreatyProvisionObject {
  return {
    id: p.id,
    kind: p.kind,
    chapterNumber: p.chapterNumber,
    articleNumber: p.articleNumber,
    title: p.title,
    position: p.position,
  };
}
