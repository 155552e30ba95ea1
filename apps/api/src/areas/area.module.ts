import { Module } from '@nestjs/common';
import { AreaTeamResolver } from './area-team.resolver';
import { AreaTeamService } from './area-team.service';
import { AreaResolver } from './area.resolver';
import { AreaService } from './area.service';

@Module({ providers: [AreaResolver, AreaService, AreaTeamResolver, AreaTeamService] })
export class AreaModule {}
