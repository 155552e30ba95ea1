import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Queryable } from '../database/queryable';
import { CaseAccessService } from '../sharing/case-access.service';
import { PolicyService } from '../sharing/policy.service';
import { uuidArg } from '../sharing/validate';
import type { CaseEventKind } from './case-event.kinds';
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
    await q.query(
      `INSERT INTO case_event (region_id, case_id, kind, actor_user_id, actor_agency_id, data)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [
        e.regionId,
        e.caseId,
        e.kind,
        e.actor?.userId ?? null,
        e.actor?.agencyId ?? null,
        JSON.stringify(e.data ?? {}),
      ],
    );
  }

  async timeline(user: AuthenticatedUser, caseIdArg: string): Promise<CaseEventModel[]> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await this.policies.forUser(user);
    await this.cases.require(ability, 'read', caseId, user.regionId);
    const rows = await this.db.query<
      (Omit<CaseEventModel, 'params'> & { data: Record<string, string | number> })[]
    >(
      `SELECT e.id::text AS id, e.kind, e.at, e.data,
              CASE WHEN a.id IS NULL THEN NULL
                   ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END
                AS "actorAgency"
         FROM case_event e LEFT JOIN agency a ON a.id = e.actor_agency_id
        WHERE e.case_id = $1 AND e.region_id = $2
        ORDER BY e.at, e.id`,
      [caseId, user.regionId],
    );
    return rows.map(({ data, ...row }) => ({
      ...row,
      params: Object.entries(data).map(([key, value]) => ({ key, value: String(value) })),
    }));
  }
}
