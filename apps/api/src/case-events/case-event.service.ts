import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { Queryable } from '../database/queryable';
import { runStatement as run } from '../database/run-statement';
import { CaseAccessService } from '../sharing/case-access.service';
import { PolicyService } from '../sharing/policy.service';
import { uuidArg } from '../common/validate';
import type { CaseEventKind } from './case-event.kinds';
import { caseCategoryItem } from '../sharing/policy-sql';
import {
  caseTimelineQuery,
  recordCaseEventQuery,
  supervisionTimelineQuery,
} from './case-event.queries';
import type { CaseEventModel } from './case-event.model';

export interface CaseEventInput {
  regionId: string;
  caseId: string;
  kind: CaseEventKind;
  /** Who did it; null for the system (e.g. a scheduled job). */
  actor: { userId: string; agencyId: string } | null;
  /** Short labels only (agency name, plan version, decision), never case content. */
  data?: Readonly<Record<string, string | number>>;
}

/** The case timeline: writers append inside their own transaction; readers need `read` on the case. */
@Injectable()
export class CaseEventService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
  ) {}

  async record(q: Queryable, e: CaseEventInput): Promise<void> {
    await run(
      q,
      recordCaseEventQuery({
        regionId: e.regionId,
        caseId: e.caseId,
        kind: e.kind,
        actorUserId: e.actor?.userId ?? null,
        actorAgencyId: e.actor?.agencyId ?? null,
        data: JSON.stringify(e.data ?? {}),
      }),
    );
  }

  async timeline(user: Caller, caseIdArg: string): Promise<CaseEventModel[]> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability, agencyId } = await user.policy();
    const caseRow = await this.cases.require(ability, 'read', caseId, user);
    type Row = Omit<CaseEventModel, 'params'> & { data: Record<string, string | number> };
    const rows = (await run(this.db, caseTimelineQuery(caseId, user.regionId))) as Row[];
    // Supervision steps (ADR 0041): JUSTICE readers see them all; a reporter its own signals.
    const readsJustice = ability.can('read', caseCategoryItem(caseRow, 'JUSTICE'));
    const supervision = (await run(
      this.db,
      supervisionTimelineQuery(caseId, user.regionId, agencyId, readsJustice),
    )) as Row[];
    if (supervision.length > 0 && readsJustice) user.note({ categories: ['JUSTICE'] });
    const all = [...rows, ...supervision.map((row) => ({ ...row, at: new Date(row.at) }))].sort(
      (a, b) => new Date(a.at).getTime() - new Date(b.at).getTime(),
    );
    return all.map(({ data, ...row }) => ({
      ...row,
      params: Object.entries(data).map(([key, value]) => ({ key, value: String(value) })),
    }));
  }
}
