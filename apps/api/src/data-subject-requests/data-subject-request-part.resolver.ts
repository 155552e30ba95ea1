import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited, AuditedBySelf } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import {
  DataSubjectRequestPartReviewModel,
  DataSubjectRequestPartTaskModel,
} from './data-subject-request-part.model';
import { DataSubjectRequestPartService } from './data-subject-request-part.service';
import {
  ReleaseDataSubjectRequestPartInput,
  StartDataSubjectRequestPartReviewInput,
} from './dto/data-subject-request.inputs';

/** A partner's privacy contact: reviews and releases its own agency's part of a request. */
@Resolver(() => DataSubjectRequestPartTaskModel)
export class DataSubjectRequestPartResolver {
  constructor(private readonly parts: DataSubjectRequestPartService) {}

  @RequireRoles('PRIVACY_CONTACT')
  @Audited('SEARCH')
  @Query(() => [DataSubjectRequestPartTaskModel], {
    description:
      "The data-subject requests concerning the caller's agency: unreleased parts first, " +
      'soonest deadline first.',
  })
  dataSubjectRequestPartTasks(
    @CurrentCaller() user: Caller,
  ): Promise<DataSubjectRequestPartTaskModel[]> {
    return this.parts.tasks(user);
  }

  @RequireRoles('PRIVACY_CONTACT')
  @Audited('READ')
  @Query(() => DataSubjectRequestPartReviewModel, {
    description: "The own agency's data on the person of a request, to review before release.",
  })
  dataSubjectRequestPartReview(
    @CurrentCaller() user: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DataSubjectRequestPartReviewModel> {
    return this.parts.review(user, id);
  }

  @RequireRoles('PRIVACY_CONTACT')
  @AuditedBySelf('UPDATE or DENIED, written in the review transaction')
  @Mutation(() => DataSubjectRequestPartTaskModel, {
    description: 'Marks the own part as in review (OPEN → IN_REVIEW); otherwise no change.',
  })
  startDataSubjectRequestPartReview(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => StartDataSubjectRequestPartReviewInput })
    input: StartDataSubjectRequestPartReviewInput,
  ): Promise<DataSubjectRequestPartTaskModel> {
    return this.parts.startReview(user, input);
  }

  @RequireRoles('PRIVACY_CONTACT')
  @AuditedBySelf('UPDATE or DENIED, written in the release transaction')
  @Mutation(() => DataSubjectRequestPartTaskModel, {
    description:
      "Releases the own agency's part to the contactpunt; from then on the answer includes it. " +
      'Releasing a released part again changes nothing.',
  })
  releaseDataSubjectRequestPart(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => ReleaseDataSubjectRequestPartInput })
    input: ReleaseDataSubjectRequestPartInput,
  ): Promise<DataSubjectRequestPartTaskModel> {
    return this.parts.release(user, input);
  }
}
