import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AREA_WORKLOAD_MIN_CELL,
  areaTeamSchema,
  suppressSmallCount,
  updateAreaTeamSchema,
  type AgencyType,
} from '@schakel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { adminChangeEvent } from '../administration/admin-audit';
import { auditActor, AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { parseInput } from '../common/parse-input';
import { runStatement } from '../database/run-statement';
import {
  agencyOfRegionQuery,
  areaTeamsQuery,
  areaWorkloadQuery,
  countAgencyUsersQuery,
  countRegionAreasQuery,
  insertAreaTeamQuery,
  myAreaTeamsQuery,
  setTeamAreasQuery,
  setTeamMembersQuery,
  teamCandidatesQuery,
  teamsServingAreaQuery,
  updateAreaTeamQuery,
} from './area-team.queries';
import type {
  AreaPartnersModel,
  AreaTeamMemberModel,
  AreaTeamModel,
  AreaWorkloadModel,
} from './area-team.model';
import { AreaError } from './area.error';
import { AreaService } from './area.service';
import type { CreateAreaTeamInput, UpdateAreaTeamInput } from './dto/area-team.inputs';

interface StoredTeam {
  id: string;
  name: string;
  active: boolean;
  version: number;
  agency: { id: string; name: string; type: AgencyType };
  areas: { id: string; name: string }[];
  members: AreaTeamMemberModel[];
}
interface WorkloadRow {
  areaId: string;
  areaName: string;
  ownByStatus: Record<string, number>;
  own: number;
  all: number;
}

const stateOf = (team: StoredTeam) => ({
  name: team.name,
  agency: team.agency.name,
  active: team.active,
  areas: team.areas.map((a) => a.name),
  members: team.members.map((m) => m.id),
});
const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Area teams (ADR 0036): an agency's team serves wijken of the region. The functional
 * administrator keeps them (audited with before/after, EDIT_CONFLICT on a stale version); every
 * user of the region may see which teams serve a wijk (the partners a referral proposes); a team's
 * members see its workload as counts, never persons.
 */
@Injectable()
export class AreaTeamService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly areas: AreaService,
  ) {}

  async list(caller: AuthenticatedUser): Promise<AreaTeamModel[]> {
    return (await runStatement(this.db, areaTeamsQuery(caller.regionId))) as StoredTeam[];
  }

  async candidates(caller: AuthenticatedUser, agencyId: string): Promise<AreaTeamMemberModel[]> {
    return (await runStatement(
      this.db,
      teamCandidatesQuery(caller.regionId, agencyId),
    )) as AreaTeamMemberModel[];
  }

  async mine(caller: AuthenticatedUser): Promise<AreaTeamModel[]> {
    return (await runStatement(
      this.db,
      myAreaTeamsQuery(caller.regionId, caller.id, caller.agencyId),
    )) as StoredTeam[];
  }

  async partnersForPostcode(
    caller: AuthenticatedUser,
    postcode: string,
  ): Promise<AreaPartnersModel> {
    const area = await this.areas.forPostcode(caller, postcode);
    if (!area) return { area: null, teams: [] };
    return { area, teams: await this.servingArea(this.db.manager, caller.regionId, area.id) };
  }

  /** The workload of one of the caller's own teams; another team is NOT_FOUND. */
  async workload(caller: AuthenticatedUser, teamId: string): Promise<AreaWorkloadModel> {
    const team = (await this.mine(caller)).find((t) => t.id === teamId);
    if (!team) throw new AreaError('NOT_FOUND', 'You are not a member of this team.');
    const rows = (await runStatement(
      this.db,
      areaWorkloadQuery(caller.regionId, team.id, caller.agencyId),
    )) as WorkloadRow[];
    const of = (row: WorkloadRow, statuses: string[]) =>
      statuses.reduce((sum, s) => sum + (row.ownByStatus[s] ?? 0), 0);
    return {
      team,
      minimumCell: AREA_WORKLOAD_MIN_CELL,
      rows: rows.map((row) => ({
        areaId: row.areaId,
        areaName: row.areaName,
        participating: row.own,
        inTriage: of(row, ['REFERRED', 'IN_TRIAGE']),
        active: of(row, ['ACCEPTED', 'ACTIVE']),
        notParticipating: suppressSmallCount(Math.max(0, row.all - row.own)),
      })),
    };
  }

  async create(caller: Caller, input: CreateAreaTeamInput): Promise<AreaTeamModel> {
    const value = parseInput(areaTeamSchema(), input);
    return this.db.transaction(async (tx) => {
      const [agency] = (await runStatement(
        tx,
        agencyOfRegionQuery(caller.regionId, value.agencyId),
      )) as { type: AgencyType }[];
      if (!agency) throw new AreaError('NOT_FOUND', 'No such agency in your region.', 'agencyId');
      // A volunteer organisation sees only what a person's consent names: it serves no area and
      // gets no workload per wijk.
      if (agency.type === 'VOLUNTEER') {
        throw InputError.badInput('agencyId', 'A volunteer organisation has no area teams.');
      }
      await this.checkRefs(tx, caller.regionId, value.agencyId, value.areaIds, value.memberUserIds);
      let id: string;
      try {
        const [row] = (await runStatement(
          tx,
          insertAreaTeamQuery(caller.regionId, value.agencyId, value.name),
        )) as { id: string }[];
        id = row!.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw this.nameTaken();
        throw error;
      }
      await runStatement(tx, setTeamAreasQuery(caller.regionId, id, value.areaIds));
      await runStatement(tx, setTeamMembersQuery(caller.regionId, id, value.memberUserIds));
      const after = await this.one(tx, caller.regionId, id);
      await this.record(tx, caller, 'admin.areaTeam.create', id, { after: stateOf(after) });
      return after;
    });
  }

  async update(caller: Caller, input: UpdateAreaTeamInput): Promise<AreaTeamModel> {
    const value = parseInput(updateAreaTeamSchema(), input);
    return this.db.transaction(async (tx) => {
      const before = await this.one(tx, caller.regionId, value.id);
      await this.checkRefs(
        tx,
        caller.regionId,
        before.agency.id,
        value.areaIds,
        value.memberUserIds,
      );
      try {
        const rows = (await runStatement(
          tx,
          updateAreaTeamQuery(
            caller.regionId,
            value.id,
            value.name,
            value.active,
            value.expectedVersion,
          ),
        )) as unknown[];
        if (rows.length === 0) {
          throw new AreaError(
            'EDIT_CONFLICT',
            'The team was changed since you opened it; reload and try again.',
          );
        }
      } catch (error) {
        if (isUniqueViolation(error)) throw this.nameTaken();
        throw error;
      }
      await runStatement(tx, setTeamAreasQuery(caller.regionId, value.id, value.areaIds));
      await runStatement(tx, setTeamMembersQuery(caller.regionId, value.id, value.memberUserIds));
      const after = await this.one(tx, caller.regionId, value.id);
      await this.record(tx, caller, 'admin.areaTeam.update', value.id, {
        before: stateOf(before),
        after: stateOf(after),
      });
      return after;
    });
  }

  private async servingArea(
    q: EntityManager,
    regionId: string,
    areaId: string,
  ): Promise<AreaTeamModel[]> {
    return (await runStatement(q, teamsServingAreaQuery(regionId, areaId))) as StoredTeam[];
  }

  /** Every wijk is one of the region's, every member a user of the team's agency. */
  private async checkRefs(
    tx: EntityManager,
    regionId: string,
    agencyId: string,
    areaIds: string[],
    userIds: string[],
  ): Promise<void> {
    const count = async (statement: ReturnType<typeof countRegionAreasQuery>) =>
      ((await runStatement(tx, statement)) as { n: number }[])[0]!.n;
    if ((await count(countRegionAreasQuery(regionId, areaIds))) !== areaIds.length) {
      throw new AreaError('NOT_FOUND', 'No such wijk in your region.', 'areaIds');
    }
    if ((await count(countAgencyUsersQuery(regionId, agencyId, userIds))) !== userIds.length) {
      throw new AreaError(
        'NOT_FOUND',
        "A member is not a user of the team's agency.",
        'memberUserIds',
      );
    }
  }

  private nameTaken(): AreaError {
    return new AreaError(
      'AREA_TEAM_NAME_TAKEN',
      'Another team of this agency has this name.',
      'name',
    );
  }

  private async one(tx: EntityManager, regionId: string, id: string): Promise<StoredTeam> {
    const team = ((await runStatement(tx, areaTeamsQuery(regionId))) as StoredTeam[]).find(
      (t) => t.id === id,
    );
    if (!team) throw new AreaError('NOT_FOUND', 'No such team in your region.');
    return team;
  }

  private record(
    tx: EntityManager,
    caller: Caller,
    operation: string,
    id: string,
    change: { before?: Record<string, unknown>; after: Record<string, unknown> },
  ): Promise<void> {
    return this.audit.record(
      tx,
      adminChangeEvent(
        {
          regionId: caller.regionId,
          actor: auditActor(caller),
          action: 'ADMIN',
          result: 'ALLOWED',
          operation,
          record: { type: 'area_team', id },
          accessBasis: 'role',
        },
        change,
      ),
    );
  }
}
