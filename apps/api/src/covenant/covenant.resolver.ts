import { NotAudited } from '../audit/audited.decorator';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { CovenantModel, CovenantVersionSummaryModel } from './covenant.model';
import { CovenantService } from './covenant.service';
import { UpdateCovenantInput } from './dto/update-covenant.input';

@Resolver(() => CovenantModel)
export class CovenantResolver {
  constructor(private readonly service: CovenantService) {}

  @RequireRoles('FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER')
  @NotAudited('covenant configuration: no personal data')
  @Query(() => CovenantModel, {
    nullable: true,
    description: "The region's covenant: the current version, or an earlier one by number.",
  })
  covenant(
    @CurrentUser() user: AuthenticatedUser,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<CovenantModel | null> {
    return this.service.get(user, version ?? null);
  }

  @RequireRoles('FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER')
  @NotAudited('covenant configuration: no personal data')
  @Query(() => [CovenantVersionSummaryModel], { description: 'Every version, newest first.' })
  covenantVersions(@CurrentUser() user: AuthenticatedUser): Promise<CovenantVersionSummaryModel[]> {
    return this.service.versions(user);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited('covenant configuration, versioned with its author')
  @Mutation(() => CovenantModel, {
    description: 'Saves a new covenant version; it decides every request from the next one on.',
  })
  updateCovenant(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input', { type: () => UpdateCovenantInput }) input: UpdateCovenantInput,
  ): Promise<CovenantModel> {
    return this.service.update(user, input);
  }
}
