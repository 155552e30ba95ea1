import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PolicyService } from '../sharing/policy.service';
import type { AuditChainStatusModel } from './audit.model';
import { verifyAuditChain } from './audit-verifier';

/** What the privacy officer reads of the trail (read on AuditTrail of the own region). */
@Injectable()
export class AuditTrailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async chainStatus(user: AuthenticatedUser): Promise<AuditChainStatusModel> {
    await this.policies.requireInOwnRegion(
      user,
      'read',
      'AuditTrail',
      'Only the privacy officer reads the audit trail.',
    );
    const check = await verifyAuditChain(this.db, user.regionId);
    return { ...check, intact: check.reason === null, verifiedAt: new Date() };
  }
}
