import { Audited } from '../audit/audited.decorator';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { CasusregisseurCandidateModel } from './casusregisseur.model';
import { CasusregisseurService } from './casusregisseur.service';
import {
  AddCaseParticipantInput,
  AppointCasusregisseurInput,
  EndCaseParticipationInput,
} from './dto/participant.inputs';
import { CaseParticipantModel } from './participant.model';
import { ParticipantService } from './participant.service';

@Resolver(() => CaseParticipantModel)
export class ParticipantResolver {
  constructor(
    private readonly participants: ParticipantService,
    private readonly casusregisseur: CasusregisseurService,
  ) {}

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

  @RequireRoles('PROCESREGISSEUR')
  @Audited('READ')
  @Query(() => [CasusregisseurCandidateModel], {
    description:
      'The professionals who may lead the case: accounts of the partners taking part now (not ' +
      'the Veiligheidshuis). For the procesregisseur of the case.',
  })
  casusregisseurCandidates(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CasusregisseurCandidateModel[]> {
    return this.casusregisseur.candidates(user, caseId);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => ID, {
    description:
      'Appoints or changes the casusregisseur (a partner taking part, and optionally its ' +
      'professional). Returns the case id; a stale previous lead gives EDIT_CONFLICT.',
  })
  appointCasusregisseur(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AppointCasusregisseurInput }) input: AppointCasusregisseurInput,
  ): Promise<string> {
    return this.casusregisseur.appoint(user, input);
  }
}
