import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditedBySelf, NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import {
  UpdateRegionalSettingsInput,
  UpdateRegionSettingsInput,
} from './dto/region-settings.input';
import { RegionalSettingsModel, RegionSettingsModel } from './region-settings.model';
import { RegionSettingsService } from './region-settings.service';

/** The region's settings: /beheer/instellingen, and the closing grace period case monitoring shows. */
@Resolver()
export class RegionSettingsResolver {
  constructor(private readonly settings: RegionSettingsService) {}

  @RequireRoles('FUNCTIONAL_ADMIN', 'PRIVACY_OFFICER')
  @NotAudited('region settings: no personal data of clients')
  @Query(() => RegionalSettingsModel, {
    description: "All settings of the caller's region (functional administrator, privacy officer).",
  })
  regionalSettings(@CurrentCaller() caller: Caller): Promise<RegionalSettingsModel> {
    return this.settings.read(caller);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.region.settings with before/after, in the change transaction')
  @Mutation(() => RegionalSettingsModel, {
    description:
      "Changes the caller's region's settings; refused with EDIT_CONFLICT when they changed " +
      'since `expectedVersion`.',
  })
  updateRegionalSettings(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => UpdateRegionalSettingsInput }) input: UpdateRegionalSettingsInput,
  ): Promise<RegionalSettingsModel> {
    return this.settings.update(caller, input);
  }

  @Authenticated()
  @NotAudited('region settings: no personal data')
  @Query(() => RegionSettingsModel, { description: "Settings of the caller's region." })
  regionSettings(@CurrentCaller() user: Caller): Promise<RegionSettingsModel> {
    return this.settings.closingGrace(user);
  }

  @RequireRoles('FUNCTIONAL_ADMIN')
  @AuditedBySelf('ADMIN admin.region.settings with before/after, in the change transaction')
  @Mutation(() => RegionSettingsModel, {
    description: "Changes the caller's region's closing grace period (see updateRegionalSettings).",
  })
  updateRegionSettings(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdateRegionSettingsInput }) input: UpdateRegionSettingsInput,
  ): Promise<RegionSettingsModel> {
    return this.settings.updateClosingGrace(user, input.closingGraceDays);
  }
}
