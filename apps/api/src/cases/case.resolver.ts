import { Audited } from '../audit/audited.decorator';
import { Args, ID, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import { InformationItemModel } from '../information/information-item.model';
import { ITEM_LIMIT } from '../information/information.queries';
import { CaseParticipantModel } from '../participants/participant.model';
import { InformationCategoryEnum, type InformationCategory } from '../sharing/sharing.enums';
import { categoryAccess } from '../sharing/masking';
import { CaseAsAgencyModel } from './case-preview.model';
import { CasePreviewService } from './case-preview.service';
import {
  CaseModel,
  CasePageModel,
  CategoryAccessModel,
  InformationItemCountModel,
} from './case.model';
import { CaseService } from './case.service';
import { CasesFilterInput } from './dto/cases-filter.input';
import { selectedCaseColumns, selectedFieldArguments } from './selects-field';

@Resolver(() => CaseModel)
export class CaseResolver {
  constructor(
    private readonly service: CaseService,
    private readonly preview: CasePreviewService,
  ) {}

  @Authenticated()
  @Audited('SEARCH')
  @Query(() => CasePageModel, {
    description: 'The cases the caller may see, newest change first (keyset pagination).',
  })
  cases(
    @CurrentCaller() user: Caller,
    @Args('filter', { type: () => CasesFilterInput, nullable: true })
    filter: CasesFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CasePageModel> {
    return this.service.list(
      user,
      { statuses: filter?.statuses ?? undefined, themes: filter?.themes ?? undefined },
      first,
      after ?? null,
      selectedCaseColumns(info),
    );
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => CaseModel)
  case(
    @CurrentCaller() user: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseModel> {
    // Items start loading with the case, for the category the first selection asks for.
    const [items] = selectedFieldArguments(info, 'informationItems');
    return this.service.byId(user, id, {
      prefetchItems: items
        ? { category: (items.category as InformationCategory | undefined) ?? null }
        : null,
    });
  }

  @RequireRoles('PROCESREGISSEUR', 'PRIVACY_OFFICER', 'FUNCTIONAL_ADMIN')
  @Audited('VIEW_AS')
  @Query(() => CaseAsAgencyModel, {
    description:
      '"Bekijk als": the shape of what an ordinary professional of another agency in the region ' +
      "would get of the case, with content only where the caller's own view shows it too. " +
      'Read-only.',
  })
  caseAsAgency(
    @CurrentCaller() user: Caller,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<CaseAsAgencyModel> {
    return this.preview.asAgency(user, caseId, agencyId);
  }

  @ResolveField(() => [CaseParticipantModel])
  async participants(
    @Parent() parent: CaseModel,
    @Args('includeEnded', { type: () => Boolean, defaultValue: false }) includeEnded: boolean,
  ): Promise<CaseParticipantModel[]> {
    const all = parent.allParticipants ?? (await parent.viewer.participantsOf(parent.id));
    return includeEnded ? all : all.filter((p) => p.active);
  }

  // Computed on request: ten categories × four policy checks per case, for a page of cases.
  @ResolveField(() => [CategoryAccessModel])
  categoryAccess(@Parent() parent: CaseModel): CategoryAccessModel[] {
    const { policy } = parent.viewer;
    return categoryAccess(policy.ability, parent.policyFields, { agencyId: policy.agencyId });
  }

  @ResolveField(() => [InformationItemModel], {
    description:
      `The items the viewer may see in full or as a summary, newest first: at most ${ITEM_LIMIT} ` +
      '(see `informationItemCounts`; older ones through `Query.informationItems` with `after`).',
  })
  informationItems(
    @Parent() parent: CaseModel,
    @Args('category', { type: () => InformationCategoryEnum, nullable: true })
    category: InformationCategory | null,
  ): Promise<InformationItemModel[]> {
    return parent.viewer.itemsOf(parent.id, category ?? null);
  }

  @ResolveField(() => [InformationItemCountModel], {
    description:
      'Per category, how many items the viewer may see in this case (only categories with ' +
      'items): more than `informationItems` returned means older items can be loaded.',
  })
  informationItemCounts(@Parent() parent: CaseModel): Promise<InformationItemCountModel[]> {
    return parent.viewer.itemCountsOf(parent.id);
  }
}
