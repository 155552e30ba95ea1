import { Global, Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { AuditResolver } from './audit.resolver';
import { AuditTrailService } from './audit-trail.service';
import { AuditService } from './audit.service';

/** Global: every access path to personal data writes to the audit trail. */
@Global()
@Module({
  imports: [SharingModule],
  providers: [AuditService, AuditTrailService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
