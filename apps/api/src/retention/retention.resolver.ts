import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import {
  ReleaseLegalHoldInput,
  SetLegalHoldInput,
  UpdateRetentionPeriodInput,
} from './dto/retention.inputs';
import {
  DeletionRecordModel,
  LegalHoldModel,
  RetentionPeriodChangeModel,
  RetentionPeriodModel,
} from './retention.model';
import { RetentionService } from './retention.service';

@Resolver()
export class RetentionResolver {
  constructor(private readonly retention: RetentionService) {}

  @RequireRoles('PRIVACY_OFFICER', 'FUNCTIONAL_ADMIN')
  @NotAudited('retention settings: no personal data')
  @Query(() => [RetentionPeriodModel], {
    description: "The retention period of every information category in the caller's region.",
  })
  retentionPeriods(@CurrentCaller() user: Caller): Promise<RetentionPeriodModel[]> {
    return this.retention.periods(user);
  }

  @RequireRoles('PRIVACY_OFFICER', 'FUNCTIONAL_ADMIN')
  @NotAudited('retention settings: no personal data')
  @Query(() => [RetentionPeriodChangeModel], {
    description: 'Every value the retention periods had, newest first, with who set it.',
  })
  retentionPeriodHistory(
    @CurrentCaller() user: Caller,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<RetentionPeriodChangeModel[]> {
    return this.retention.history(user, first);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @NotAudited('retention settings: no personal data')
  @Mutation(() => RetentionPeriodModel, {
    description: 'Changes the retention period of one category; CONFLICT on a stale revision.',
  })
  updateRetentionPeriod(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdateRetentionPeriodInput }) input: UpdateRetentionPeriodInput,
  ): Promise<RetentionPeriodModel> {
    return this.retention.updatePeriod(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('READ')
  @Query(() => [LegalHoldModel], {
    description: 'Legal holds of the region: active ones first, released ones on request.',
  })
  legalHolds(
    @CurrentCaller() user: Caller,
    @Args('includeReleased', { type: () => Boolean, defaultValue: false })
    includeReleased: boolean,
  ): Promise<LegalHoldModel[]> {
    return this.retention.holds(user, includeReleased);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('CREATE')
  @Mutation(() => LegalHoldModel, {
    description:
      'Sets a legal hold on a case of the region, by its reference: the retention job keeps the ' +
      'case until the hold is released.',
  })
  setLegalHold(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => SetLegalHoldInput }) input: SetLegalHoldInput,
  ): Promise<LegalHoldModel> {
    return this.retention.setHold(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('UPDATE')
  @Mutation(() => LegalHoldModel, {
    description: 'Releases a legal hold; the next retention run applies the periods again.',
  })
  releaseLegalHold(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => ReleaseLegalHoldInput }) input: ReleaseLegalHoldInput,
  ): Promise<LegalHoldModel> {
    return this.retention.releaseHold(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER', 'FUNCTIONAL_ADMIN')
  @NotAudited('deletion records hold no personal data')
  @Query(() => [DeletionRecordModel], {
    description: 'What the retention job deleted, newest first; no personal data.',
  })
  deletionRecords(
    @CurrentCaller() user: Caller,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<DeletionRecordModel[]> {
    return this.retention.deletionRecords(user, first);
  }
}
