import { Audited } from '../audit/audited.decorator';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { AddCaseParticipantInput, EndCaseParticipationInput } from './dto/participant.inputs';
import { CaseParticipantModel } from './participant.model';
import { ParticipantService } from './participant.service';

@Resolver(() => CaseParticipantModel)
export class ParticipantResolver {
  constructor(private readonly participants: ParticipantService) {}

  @RequireRoles('PROCESREGISSEUR')
  @Audited('CREATE')
  @Mutation(() => CaseParticipantModel, {
    description: 'Invites an agency of the region into a case, with a reason and legal basis.',
  })
  addCaseParticipant(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AddCaseParticipantInput }) input: AddCaseParticipantInput,
  ): Promise<CaseParticipantModel> {
    return this.participants.add(user, input);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => CaseParticipantModel, {
    description: "Ends an agency's participation now; its access ends with the next request.",
  })
  endCaseParticipation(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => EndCaseParticipationInput }) input: EndCaseParticipationInput,
  ): Promise<CaseParticipantModel> {
    return this.participants.end(user, input);
  }
}
