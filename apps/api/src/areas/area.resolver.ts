import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import { AreaImportModel, AreaModel } from './area.model';
import { AreaService } from './area.service';
import { CreateAreaInput, UpdateAreaInput } from './dto/area.inputs';

/** The region's wijken (ADR 0026): read by its users, kept by its functional administrator. */
@Resolver()
export class AreaResolver {
  constructor(private readonly service: AreaService) {}

  @Authenticated()
  @NotAudited("wijken and their postcodes: the region's geography, no personal data")
  @Query(() => [AreaModel], { description: "The wijken of the caller's region, by name." })
  areas(
    @CurrentCaller() caller: Caller,
    @Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean,
  ): Promise<AreaModel[]> {
    return this.service.list(caller, includeInactive);
  }

  @Authenticated()
  @NotAudited('which wijk a postcode lies in: geography, no personal data')
  @Query(() => AreaModel, {
    nullable: true,
    description: 'The active wijk of a postcode ("1234AB"); null: not in the wijkindeling.',
  })
  areaForPostcode(
    @CurrentCaller() caller: Caller,
    @Args('postcode', { type: () => String }) postcode: string,
  ): Promise<AreaModel | null> {
    return this.service.forPostcode(caller, postcode);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.area.create with the wijk, in the change transaction')
  @Mutation(() => AreaModel, { description: 'Adds a wijk with its postcodes.' })
  createArea(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CreateAreaInput }) input: CreateAreaInput,
  ): Promise<AreaModel> {
    return this.service.create(caller, input);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.area.update with before/after, in the change transaction')
  @Mutation(() => AreaModel, {
    description: 'Renames, re-ranges or (de)activates a wijk; EDIT_CONFLICT when it changed since.',
  })
  updateArea(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => UpdateAreaInput }) input: UpdateAreaInput,
  ): Promise<AreaModel> {
    return this.service.update(caller, input);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @NotAudited("a preview of a wijken file: writes nothing, reads the region's geography")
  @Query(() => AreaImportModel, { description: 'What importing this CSV would do, per line.' })
  areaImportPreview(
    @CurrentCaller() caller: Caller,
    @Args('csv', { type: () => String }) csv: string,
  ): Promise<AreaImportModel> {
    return this.service.previewImport(caller, csv);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.area.import with what was created and changed, in one transaction')
  @Mutation(() => AreaImportModel, {
    description: 'Imports a wijken CSV in one transaction; refused whole when a line is in error.',
  })
  importAreas(
    @CurrentCaller() caller: Caller,
    @Args('csv', { type: () => String }) csv: string,
  ): Promise<AreaImportModel> {
    return this.service.importAreas(caller, csv);
  }
}
