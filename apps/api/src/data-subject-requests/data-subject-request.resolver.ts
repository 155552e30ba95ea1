import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Audited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { SearchPersonsInput } from '../persons/dto/search-persons.input';
import {
  DataSubjectPersonCandidateModel,
  DataSubjectRequestModel,
} from './data-subject-request.model';
import { DataSubjectRequestService } from './data-subject-request.service';
import {
  ChangeDataSubjectRequestStatusInput,
  ExtendDataSubjectRequestInput,
  RegisterDataSubjectRequestInput,
  UpdateDataSubjectRequestPartInput,
} from './dto/data-subject-request.inputs';

/** The WGS contactpunt: requests of persons, handled by the privacy officer of the region. */
@Resolver(() => DataSubjectRequestModel)
export class DataSubjectRequestResolver {
  constructor(private readonly requests: DataSubjectRequestService) {}

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('SEARCH')
  @Query(() => [DataSubjectRequestModel], {
    description: "The region's data-subject requests: open ones first, soonest deadline first.",
  })
  dataSubjectRequests(
    @CurrentCaller() user: Caller,
    @Args('openOnly', { type: () => Boolean, nullable: true }) openOnly?: boolean | null,
  ): Promise<DataSubjectRequestModel[]> {
    return this.requests.list(user, openOnly === true);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('READ')
  @Query(() => DataSubjectRequestModel)
  dataSubjectRequest(
    @CurrentCaller() user: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.byId(user, id);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('LOOKUP')
  @Query(() => [DataSubjectPersonCandidateModel], {
    description:
      'Persons of the region matching a requester: by BSN, or by family name (tolerant) and ' +
      'date of birth. For registering a data-subject request.',
  })
  dataSubjectPersonCandidates(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => SearchPersonsInput }) input: SearchPersonsInput,
  ): Promise<DataSubjectPersonCandidateModel[]> {
    return this.requests.candidates(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('CREATE')
  @Mutation(() => DataSubjectRequestModel, {
    description:
      'Registers a request with its deadline (one month) and one part per agency holding data.',
  })
  registerDataSubjectRequest(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RegisterDataSubjectRequestInput })
    input: RegisterDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.register(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('UPDATE')
  @Mutation(() => DataSubjectRequestModel, {
    description: 'Moves a request on; COMPLETED needs every part delivered or "no data".',
  })
  changeDataSubjectRequestStatus(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => ChangeDataSubjectRequestStatusInput })
    input: ChangeDataSubjectRequestStatusInput,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.changeStatus(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('UPDATE')
  @Mutation(() => DataSubjectRequestModel, {
    description: 'Extends the deadline once by two further months (AVG art. 12(3)), with a reason.',
  })
  extendDataSubjectRequest(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => ExtendDataSubjectRequestInput })
    input: ExtendDataSubjectRequestInput,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.extend(user, input);
  }

  @RequireRoles('PRIVACY_OFFICER')
  @Audited('UPDATE')
  @Mutation(() => DataSubjectRequestModel, {
    description: "Records a partner's part of the answer (delivered, or no data).",
  })
  updateDataSubjectRequestPart(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdateDataSubjectRequestPartInput })
    input: UpdateDataSubjectRequestPartInput,
  ): Promise<DataSubjectRequestModel> {
    return this.requests.updatePart(user, input);
  }
}
