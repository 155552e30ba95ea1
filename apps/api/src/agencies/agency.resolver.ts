import { NotAudited } from '../audit/audited.decorator';
import { Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { AgencyModel } from '../auth/me.model';
import { AgencyService } from './agency.service';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly service: AgencyService) {}

  @Authenticated()
  @NotAudited('the agency directory: no personal data')
  @Query(() => [AgencyModel], { description: "The agencies of the caller's region." })
  agencies(@CurrentUser() user: AuthenticatedUser): Promise<AgencyModel[]> {
    return this.service.inRegion(user.regionId);
  }
}
