import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditActor, AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { CaseAccessService } from '../sharing/case-access.service';
import { caseSubject } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { InputError } from '../common/input.error';
import { textArg, uuidArg } from '../common/validate';
import type { BreakGlassAccessModel } from './break-glass.model';
import { caseByReferenceQuery, openBreakGlassQuery } from './break-glass.queries';
import { breakGlassSchema } from '@schakel/domain';
import { parseInput } from '../common/parse-input';
import type { BreakGlassInput } from './dto/break-glass.input';

/** How long an opening lasts: one shift; after that, a new reason is needed. */
export const BREAK_GLASS_HOURS = 4;

@Injectable()
export class BreakGlassService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async open(user: Caller, input: BreakGlassInput): Promise<BreakGlassAccessModel> {
    const { reason } = parseInput(breakGlassSchema(), { reason: input.reason });
    const caseId = await this.caseIdOf(user, input);
    const { ability } = await user.policy();
    const found = await this.cases.find(caseId, user.regionId);
    // Not readable is the normal situation here, so only break_glass itself is checked.
    if (!found || !ability.can('break_glass', caseSubject(found))) {
      await this.audit.recordRead({
        ...this.auditEvent(user, caseId, found?.subjectPersonId),
        action: 'BREAK_GLASS',
        result: 'DENIED',
        reasonCode: 'NOT_FOUND',
      });
      throw InputError.notFound('The case');
    }
    const row = await this.db.transaction(async (tx) => {
      const { sql, params } = openBreakGlassQuery({
        regionId: user.regionId,
        caseId,
        userId: user.id,
        agencyId: user.agencyId,
        reason,
        hours: BREAK_GLASS_HOURS,
      });
      const [opened] = await tx.query<BreakGlassAccessModel[]>(sql, params);
      // The written reason stays in break_glass; the trail points to it instead of copying it.
      await this.audit.record(tx, {
        ...this.auditEvent(user, caseId, found.subjectPersonId),
        action: 'BREAK_GLASS',
        result: 'ALLOWED',
        accessBasis: 'role',
        record: { type: 'break_glass', id: opened!.id },
      });
      return opened!;
    });
    return row;
  }

  /** The case by id, or by its reference within the caller's region (null: no such case). */
  private async caseIdOf(user: Caller, input: BreakGlassInput): Promise<string> {
    if (input.caseId) return uuidArg(input.caseId, 'caseId');
    const reference = textArg(input.reference ?? '', 'reference', 3, 40);
    const { sql, params } = caseByReferenceQuery(reference, user.regionId);
    const [found] = await this.db.query<{ id: string }[]>(sql, params);
    // An unknown number answers like an unreadable case: NOT_FOUND, recorded as a denial.
    return found?.id ?? '00000000-0000-0000-0000-000000000000';
  }

  private auditEvent(user: AuthenticatedUser, caseId: string, personId: string | undefined) {
    return {
      regionId: user.regionId,
      actor: auditActor(user),
      operation: 'breakGlass',
      caseId,
      personIds: personId ? [personId] : [],
    };
  }
}
