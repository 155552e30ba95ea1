import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

@Module({ imports: [SharingModule], providers: [DashboardResolver, DashboardService] })
export class DashboardModule {}
