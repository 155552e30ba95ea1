import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { AccessReviewService } from './access-review.service';
import { AgencyUsersService } from './agency-users.service';
import { AccessReviewSummaryModel, ManagedUserModel } from './managed-user.model';

/** The agency admin's periodic access review: "still needs access?" per account. */
@Resolver(() => AccessReviewSummaryModel)
export class AccessReviewResolver {
  constructor(
    private readonly review: AccessReviewService,
    private readonly users: AgencyUsersService,
  ) {}

  @RequireRoles('AGENCY_ADMIN')
  @NotAudited("a count of the own agency's accounts, no names")
  @Query(() => AccessReviewSummaryModel, {
    description: "How many of the own agency's accounts wait for the periodic access review.",
  })
  accessReviewSummary(@CurrentCaller() caller: Caller): Promise<AccessReviewSummaryModel> {
    return this.review.summary(caller);
  }

  @RequireRoles('AGENCY_ADMIN')
  @AuditedBySelf(
    'ADMIN admin.user.accessReviewed with the review date before/after, in the change transaction',
  )
  @Mutation(() => ManagedUserModel, {
    description:
      'Confirms that a person of the own agency still needs access (the periodic access review); ' +
      'the next review is due after the region\'s interval. "No longer needed" is disableUser.',
  })
  confirmUserAccess(
    @CurrentCaller() caller: Caller,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<ManagedUserModel> {
    return this.users.confirmAccess(caller, userId);
  }
}
