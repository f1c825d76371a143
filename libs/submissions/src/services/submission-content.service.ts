import { Injectable } from '@nestjs/common';
import { ConsultationRoundEntity, ProvisionService } from '@app/consultations';
import { TagService } from '@app/taxonomy';
import { countWords, SUMMARY_WORD_LIMIT } from '@app/text';
import { EntityManager } from 'typeorm';
import { SubmissionErrors } from '../submissions.errors';
import { SubmissionContent } from './content-hash';

/** What a submission's text must satisfy in its round: language, word limits, provisions and suggested tags. */
@Injectable()
export class SubmissionContentService {
  constructor(
    private readonly provisions: ProvisionService,
    private readonly tags: TagService,
  ) {}

  /** The content, checked against the round's rules, with its provisions in reading order. */
  async check(
    manager: EntityManager,
    round: ConsultationRoundEntity,
    c: Omit<SubmissionContent, 'provisionIds'> & { provisionIds?: readonly string[] | null },
  ): Promise<SubmissionContent> {
    if (!round.languages.includes(c.language)) throw SubmissionErrors.LANGUAGE_NOT_ACCEPTED(round.languages);
    const bodyWords = countWords(c.body, c.language);
    if (bodyWords > round.wordLimit) throw SubmissionErrors.TOO_MANY_WORDS('body', bodyWords, round.wordLimit);
    const summaryWords = countWords(c.summary, c.language);
    if (summaryWords > SUMMARY_WORD_LIMIT)
      throw SubmissionErrors.TOO_MANY_WORDS('summary', summaryWords, SUMMARY_WORD_LIMIT);
    const provisionIds = await this.provisions.requireKnown(c.provisionIds ?? [], 'provisionIds', manager);
    return { title: c.title, summary: c.summary, body: c.body, language: c.language, provisionIds };
  }

  /** The suggested tags: active ones of the vocabulary. */
  async suggestedTags(ids: readonly string[] | null | undefined, manager: EntityManager): Promise<string[]> {
    return (await this.tags.requireActive(ids ?? [], 'suggestedTagIds', manager)).map((t) => t.id);
  }
}
