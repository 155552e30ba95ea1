import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { AuditAnomalyService } from './audit-anomaly.service';
import { AuditSearchService } from './audit-search.service';
import { BreakGlassReviewService } from './break-glass-review.service';
import { AuditEventFilterInput, ReviewBreakGlassInput } from './dto/privacy-office.inputs';
import {
  AuditAnomaliesModel,
  AuditEventModel,
  AuditEventPageModel,
  AuditPersonModel,
  BreakGlassReviewModel,
  BreakGlassReviewQueueModel,
} from './privacy-office.model';

/** The privacy officer's work on the audit trail of the own region (docs/privacy.md). */
@Resolver(() => AuditEventModel)
export class PrivacyOfficeResolver {
  constructor(
    private readonly search: AuditSearchService,
    private readonly reviews: BreakGlassReviewService,
    private readonly anomalies: AuditAnomalyService,
  ) {}

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('SEARCH')
  @Query(() => AuditEventPageModel, {
    description:
      'Searches the audit trail of the own region, newest first; keyset pages via `after`.',
  })
  auditEvents(
    @CurrentCaller() user: Caller,
    @Args('filter', { type: () => AuditEventFilterInput, nullable: true })
    filter: AuditEventFilterInput | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEventPageModel> {
    return this.search.search(user, filter, first, after);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('LOOKUP')
  @Query(() => [AuditPersonModel], {
    description: 'Finds the person with this BSN in the own region, to search the trail for.',
  })
  auditPersonLookup(
    @CurrentCaller() user: Caller,
    @Args('bsn', { type: () => String }) bsn: string,
  ): Promise<AuditPersonModel[]> {
    return this.search.lookupPerson(user, bsn);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('READ')
  @Query(() => BreakGlassReviewQueueModel, {
    description: 'Break-the-glass accesses of the own region not yet reviewed, oldest first.',
  })
  breakGlassReviewQueue(
    @CurrentCaller() user: Caller,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
  ): Promise<BreakGlassReviewQueueModel> {
    return this.reviews.queue(user, first);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @NotAudited('a count of open reviews, no personal data')
  @Query(() => Int, { description: 'How many break-the-glass accesses await review.' })
  openBreakGlassReviewCount(@CurrentCaller() user: Caller): Promise<number> {
    return this.reviews.openCount(user);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('UPDATE')
  @Mutation(() => BreakGlassReviewModel, {
    description:
      'Records the verdict on a break-the-glass access, once; a second review is a CONFLICT.',
  })
  reviewBreakGlass(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => ReviewBreakGlassInput }) input: ReviewBreakGlassInput,
  ): Promise<BreakGlassReviewModel> {
    return this.reviews.review(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('SEARCH')
  @Query(() => AuditAnomaliesModel, {
    description:
      'Anomaly flags over a period of at most 31 days: accesses outside participation and ' +
      'unusual volume per user per day.',
  })
  auditAnomalies(
    @CurrentCaller() user: Caller,
    @Args('from', { type: () => String }) from: string,
    @Args('to', { type: () => String }) to: string,
  ): Promise<AuditAnomaliesModel> {
    return this.anomalies.anomalies(user, from, to);
  }
}
