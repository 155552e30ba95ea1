import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditOutboxService } from './audit-outbox.service';
import { AuditInterceptor } from './audit.interceptor';
import { AuditPlugin } from './audit.plugin';
import { AuditService } from './audit.service';
import { SecurityEvents } from './security-events.service';

/** Global: every access path to personal data writes to the audit trail. */
@Global()
@Module({
  providers: [
    AuditService,
    AuditOutboxService,
    AuditPlugin,
    SecurityEvents,
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditService, AuditOutboxService, SecurityEvents],
})
export class AuditModule {}
