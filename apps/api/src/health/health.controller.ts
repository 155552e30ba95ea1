import { NotAudited } from '../audit/audited.decorator';
import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Public } from '../auth/decorators/policy.decorator';
import { runStatement } from '../database/run-statement';
import { readinessQuery } from './health.queries';

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The process is up; says nothing about its dependencies (for restarts by the orchestrator). */
  @Public()
  @NotAudited('health check')
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready for traffic: the database answers and every answer can go out with its audit event
   * (the trail is neither failing nor stalled, and the API is not stopping).
   */
  @Public()
  @NotAudited('health check')
  @Get('ready')
  async ready() {
    let database: 'ok' | 'unavailable' = 'ok';
    try {
      await runStatement(this.db, readinessQuery());
    } catch {
      database = 'unavailable';
    }
    const auditTrail = this.audit.status();
    const status = database === 'ok' && auditTrail.state === 'ok' ? 'ok' : 'unavailable';
    const body = { status, database, auditTrail };
    if (status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }
}
