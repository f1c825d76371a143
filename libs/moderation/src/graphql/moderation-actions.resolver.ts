import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { toOrganisationObject } from '@app/identity';
import {
  Actor,
  Clock,
  CurrentActor,
  LoaderRegistry,
  MaybeActor,
  PlatformRole,
  Roles,
  describeOperation,
} from '@app/platform';
import { SubmissionLoaders, SubmissionObject, toSubmissionObject } from '@app/submissions';
import { ClaimService } from '../services/claim.service';
import { DecisionService } from '../services/decision.service';
import { NoteService } from '../services/note.service';
import { RevealService } from '../services/reveal.service';
import { TaggingService } from '../services/tagging.service';
import {
  AddModerationNoteInput,
  AppealDecisionInput,
  DecideSubmissionInput,
  ResolveAppealInput,
  RevealSubmitterInput,
  SetSubmissionTagsInput,
} from './moderation.inputs';
import { ModerationNoteObject, SubmitterRevealObject } from './moderation.objects';

/** What moderators and staff do to a submission, and the submitting organisation’s appeal. */
@Resolver(() => SubmissionObject)
export class ModerationActionsResolver {
  constructor(
    private readonly claims: ClaimService,
    private readonly tagging: TaggingService,
    private readonly decisions: DecisionService,
    private readonly notes: NoteService,
    private readonly reveals: RevealService,
    private readonly submissionLoaders: SubmissionLoaders,
    private readonly clock: Clock,
  ) {}

  private async asObject(
    actor: MaybeActor,
    registry: LoaderRegistry,
    submission: Parameters<typeof toSubmissionObject>[0],
  ): Promise<SubmissionObject> {
    return toSubmissionObject(submission, await this.submissionLoaders.viewer(registry, actor));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'Moderators and staff take a lease on a SUBMITTED or UNDER_REVIEW submission (SUBMITTED becomes UNDER_REVIEW). Of two concurrent claims exactly one wins; staff may take over a live one (audited).',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT: 'another moderator holds a live claim, or the status is not waiting for moderation',
      },
    ),
  })
  async claimSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The submission’s id.' }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, (await this.claims.claim(actor, id)).submission);
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'The claim’s holder (or staff) lets go; the item stays UNDER_REVIEW for the next moderator.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT: 'the caller holds no claim on it',
      },
    ),
  })
  async releaseSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The submission’s id.' }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.claims.release(actor, id));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'The claim’s holder (or staff, on an APPEALED item) sets the tags and records the gender and human-rights review: at least one GENDER tag or noGenderConsiderations, and the same for HUMAN_RIGHTS.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT: 'expectedVersion is stale, the caller holds no live claim, or the status cannot be tagged',
        BAD_USER_INPUT:
          'a tag is unknown or inactive, or a “no considerations” flag contradicts a tag (naming the field)',
      },
    ),
  })
  async setSubmissionTags(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission, its expected version, the tags and the review.' })
    input: SetSubmissionTagsInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.tagging.setTags(actor, input));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'The claim’s holder decides with a reason code (and, to REJECT or REQUEST_CHANGES, a message); the submitting organisation is notified and the claim ends. Approving needs the gender and human-rights review done: recorded before, or sent with the decision as `tags` (recorded first, by the rules of setSubmissionTags, in the same transaction: all or nothing).',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT:
          'expectedVersion is stale, the caller holds no live claim, the review is not done for APPROVE, or the status cannot take the decision',
        BAD_USER_INPUT:
          'the reason code does not fit the decision, the message is missing, or a tag in `tags` is unknown or contradicts its “no considerations” flag (naming the field, e.g. tags.tagIds)',
      },
    ),
  })
  async decideSubmission(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission, its expected version and the decision.' })
    input: DecideSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.decide(actor, input));
  }

  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'An ADMIN of the submitting organisation appeals a rejection, once; staff decide it.',
      {
        NOT_FOUND: 'no submission the caller may see',
        FORBIDDEN: 'the caller may see it but is not an ADMIN of the submitting organisation',
        CONFLICT: 'it was appealed already, or it is not REJECTED',
      },
    ),
  })
  async appealDecision(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and the reason.' }) input: AppealDecisionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.appeal(actor, input.submissionId, input.reason));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'Staff answer an open appeal: UPHOLD keeps the rejection, OVERTURN approves (which needs the gender and human-rights review done). The organisation is notified.',
      {
        FORBIDDEN: 'the caller is not STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT: 'expectedVersion is stale, there is no open appeal, or the review is not done for OVERTURN',
      },
    ),
  })
  async resolveAppeal(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission, its expected version and the answer.' }) input: ResolveAppealInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.resolveAppeal(actor, input));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => ModerationNoteObject, {
    description: describeOperation(
      'Moderators and staff add an internal note: submitters and the public never see it.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
      },
    ),
  })
  addModerationNote(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and the note.' }) input: AddModerationNoteInput,
  ): Promise<ModerationNoteObject> {
    return this.notes.add(actor, input.submissionId, input.body);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => SubmitterRevealObject, {
    description: describeOperation(
      'Staff learn which organisation wrote an ANONYMOUS submission, with a reason; the reveal (who, when, why) is audited.',
      {
        FORBIDDEN: 'the caller is not STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        BAD_USER_INPUT: 'the submission is not ANONYMOUS (naming `submissionId`)',
      },
    ),
  })
  async revealSubmitter(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and the reason.' }) input: RevealSubmitterInput,
  ): Promise<SubmitterRevealObject> {
    const org = await this.reveals.reveal(actor, input.submissionId, input.reason);
    return { organisation: toOrganisationObject(org, true), revealedAt: this.clock.now() };
  }
}
