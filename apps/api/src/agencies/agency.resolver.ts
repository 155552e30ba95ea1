import { NotAudited } from '../audit/audited.decorator';
import { Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { AgencyModel } from '../auth/me.model';
import { AgencyService } from './agency.service';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly service: AgencyService) {}

  @Authenticated()
  @NotAudited('the agency directory: no personal data')
  @Query(() => [AgencyModel], { description: "The agencies of the caller's region." })
  agencies(@CurrentCaller() user: Caller): Promise<AgencyModel[]> {
    return this.service.inRegion(user.regionId);
  }
}
