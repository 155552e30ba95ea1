import { Audited } from '../audit/audited.decorator';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { InformationCategoryEnum, type InformationCategory } from '../sharing/sharing.enums';
import { RequireStepUp } from '../auth/mfa/step-up.decorator';
import {
  AddInformationItemInput,
  EraseInformationItemInput,
  RectifyInformationItemInput,
} from './dto/add-information-item.input';
import { InformationItemChangeModel, InformationItemModel } from './information-item.model';
import { ITEM_LIMIT } from './information.queries';
import { InformationService } from './information.service';

@Resolver(() => InformationItemModel)
export class InformationResolver {
  constructor(private readonly information: InformationService) {}

  @Authenticated()
  @Audited('READ')
  @Query(() => [InformationItemModel], {
    description:
      "A case's information the caller may see (in full or as a summary), newest first; " +
      'optionally one category, or only items whose visible text contains `text`. ' +
      `Page by page: at most \`first\` (1–${ITEM_LIMIT}) items, older than the item whose ` +
      '`cursor` is passed as `after`.',
  })
  informationItems(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('category', { type: () => InformationCategoryEnum, nullable: true })
    category: InformationCategory | null,
    @Args('text', { type: () => String, nullable: true }) text: string | null,
    @Args('first', { type: () => Int, defaultValue: ITEM_LIMIT }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<InformationItemModel[]> {
    return this.information.list(
      user,
      caseId,
      { category: category ?? null, text: text ?? null },
      { first, after: after ?? null },
    );
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => InformationItemModel)
  informationItem(
    @CurrentCaller() user: Caller,
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
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AddInformationItemInput }) input: AddInformationItemInput,
  ): Promise<InformationItemModel> {
    return this.information.add(user, input);
  }

  @Authenticated()
  @Audited('UPDATE')
  @RequireStepUp()
  @Mutation(() => InformationItemChangeModel, {
    description:
      'The source agency corrects an item (AVG art. 16) with a reason: the new text replaces the ' +
      'old one, which is kept nowhere; the history (who, when, why, which request) stays.',
  })
  rectifyInformationItem(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RectifyInformationItemInput }) input: RectifyInformationItemInput,
  ): Promise<InformationItemChangeModel> {
    return this.information.rectify(user, input);
  }

  @Authenticated()
  @Audited('DELETE')
  @RequireStepUp()
  @Mutation(() => InformationItemChangeModel, {
    description:
      'The source agency erases an item (AVG art. 17) with a reason: the item is deleted from ' +
      'every read path; the history (which item, who, when, why, which request) stays.',
  })
  eraseInformationItem(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => EraseInformationItemInput }) input: EraseInformationItemInput,
  ): Promise<InformationItemChangeModel> {
    return this.information.erase(user, input);
  }
}
