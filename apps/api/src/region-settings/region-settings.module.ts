import { Module } from '@nestjs/common';
import { RegionSettingsResolver } from './region-settings.resolver';
import { RegionSettingsService } from './region-settings.service';

@Module({ providers: [RegionSettingsResolver, RegionSettingsService] })
export class RegionSettingsModule {}
