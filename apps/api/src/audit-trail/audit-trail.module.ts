import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { AuditResolver } from './audit-trail.resolver';
import { AuditTrailService } from './audit-trail.service';

/** What the privacy officer reads of the trail itself (its chain status). */
@Module({
  imports: [SharingModule],
  providers: [AuditTrailService, AuditResolver],
})
export class AuditTrailModule {}
