import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { RecordPersonInformedInput } from './dto/record-person-informed.input';
import { CasePersonInformedModel } from './transparency.model';
import { TransparencyService } from './transparency.service';

@Resolver()
export class TransparencyResolver {
  constructor(private readonly transparency: TransparencyService) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => CasePersonInformedModel, {
    description:
      'Whether the person of a case was informed (PLAN; WITHHELD without it), with the ' +
      "referral's answer as pre-fill and what the caller may do.",
  })
  casePersonInformed(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CasePersonInformedModel> {
    return this.transparency.informed(user, caseId);
  }

  @Authenticated()
  @Audited('UPDATE')
  @Mutation(() => CasePersonInformedModel, {
    description:
      'A case lead records that the person was informed (date, agency) or why not; a stale ' +
      'revision gives EDIT_CONFLICT.',
  })
  recordPersonInformed(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RecordPersonInformedInput }) input: RecordPersonInformedInput,
  ): Promise<CasePersonInformedModel> {
    return this.transparency.recordInformed(user, input);
  }
}
