import { Audited } from '../audit/audited.decorator';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { InformationCategoryEnum, type InformationCategory } from '../sharing/sharing.enums';
import { AddInformationItemInput } from './dto/add-information-item.input';
import { InformationItemModel } from './information-item.model';
import { InformationService } from './information.service';

@Resolver(() => InformationItemModel)
export class InformationResolver {
  constructor(private readonly information: InformationService) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => [InformationItemModel], {
    description:
      "A case's information the caller may see (in full or as a summary), newest first; " +
      'optionally one category, or only items whose visible text contains `text`.',
  })
  informationItems(
    @CurrentUser() user: AuthenticatedUser,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('category', { type: () => InformationCategoryEnum, nullable: true })
    category: InformationCategory | null,
    @Args('text', { type: () => String, nullable: true }) text: string | null,
  ): Promise<InformationItemModel[]> {
    return this.information.list(user, caseId, category ?? null, text ?? null);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => InformationItemModel)
  informationItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InformationItemModel> {
    return this.information.byId(user, id);
  }

  @Authenticated()
  @Audited('CREATE')
  @Mutation(() => InformationItemModel, {
    description:
      'Adds information to a case, only in a category the covenant lets the agency write.',
  })
  addInformationItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input', { type: () => AddInformationItemInput }) input: AddInformationItemInput,
  ): Promise<InformationItemModel> {
    return this.information.add(user, input);
  }
}
