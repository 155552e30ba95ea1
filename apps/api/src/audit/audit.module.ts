import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { SharingModule } from '../sharing/sharing.module';
import { AuditResolver } from './audit.resolver';
import { AuditTrailService } from './audit-trail.service';
import { AuditInterceptor } from './audit.interceptor';
import { AuditPlugin } from './audit.plugin';
import { AuditService } from './audit.service';

/** Global: every access path to personal data writes to the audit trail. */
@Global()
@Module({
  imports: [SharingModule],
  providers: [
    AuditService,
    AuditTrailService,
    AuditResolver,
    AuditPlugin,
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditService],
})
export class AuditModule {}
