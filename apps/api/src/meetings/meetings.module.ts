import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LiveModule } from '../live/live.module';
import { SharingModule } from '../sharing/sharing.module';
import { MeetingExportController } from './meeting-export.controller';
import { MeetingExportService } from './meeting-export.service';
import { MeetingLiveService } from './meeting-live.service';
import { MeetingModeService } from './meeting-mode.service';
import { MeetingPlanningService } from './meeting-planning.service';
import { MeetingResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';

@Module({
  imports: [SharingModule, AuthModule, LiveModule],
  controllers: [MeetingExportController],
  providers: [
    MeetingService,
    MeetingPlanningService,
    MeetingModeService,
    MeetingLiveService,
    MeetingExportService,
    MeetingResolver,
  ],
})
export class MeetingsModule {}
