import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { AuditAnomalyService } from './audit-anomaly.service';
import { AuditSearchService } from './audit-search.service';
import { BreakGlassReviewService } from './break-glass-review.service';
import { PrivacyOfficeResolver } from './privacy-office.resolver';

@Module({
  imports: [SharingModule],
  providers: [
    AuditSearchService,
    BreakGlassReviewService,
    AuditAnomalyService,
    PrivacyOfficeResolver,
  ],
})
export class PrivacyOfficeModule {}
