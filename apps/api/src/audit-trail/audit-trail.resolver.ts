import { NotAudited } from '../audit/audited.decorator';
import { Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { AuditChainStatusModel } from './audit-chain-status.model';
import { AuditTrailService } from './audit-trail.service';

@Resolver(() => AuditChainStatusModel)
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @RequireRoles('PRIVACY_OFFICER')
  @NotAudited('chain status: counts and hashes only')
  @Query(() => AuditChainStatusModel, {
    description:
      "Checks the hash chain of the region's audit trail and reports the first broken link.",
  })
  auditChainStatus(@CurrentCaller() user: Caller): Promise<AuditChainStatusModel> {
    return this.trail.chainStatus(user);
  }
}
