import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { DataSubjectExportController } from './data-subject-export.controller';
import { DataSubjectExportService } from './data-subject-export.service';
import { DataSubjectRequestPartResolver } from './data-subject-request-part.resolver';
import { DataSubjectRequestPartService } from './data-subject-request-part.service';
import { DataSubjectRequestResolver } from './data-subject-request.resolver';
import { DataSubjectRequestService } from './data-subject-request.service';

@Module({
  imports: [SharingModule],
  controllers: [DataSubjectExportController],
  providers: [
    DataSubjectRequestResolver,
    DataSubjectRequestService,
    DataSubjectExportService,
    DataSubjectRequestPartResolver,
    DataSubjectRequestPartService,
  ],
})
export class DataSubjectRequestsModule {}
