import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyType } from '@schakel/domain';
import {
  LEGAL_CEILING,
  ceilingViolations,
  validateCovenant,
  type AppAbility,
  type CovenantEntry,
  type PolicyAction,
} from '@schakel/sharing-policy';
import { DataSource, QueryFailedError } from 'typeorm';
import { auditActor, AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { AgencyModel } from '../auth/me.model';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { optionalTextArg, textArg, uuidArg } from '../sharing/validate';
import type { InformationCategory } from '../sharing/sharing.enums';
import { CovenantError } from './covenant.error';
import type {
  CovenantChangeModel,
  CovenantProposalModel,
  CovenantProposalStatus,
  LegalCeilingRowModel,
} from './covenant-proposal.model';
import type { CovenantModel, CovenantVersionSummaryModel } from './covenant.model';
import { insertCovenantVersion, type SqlRunner } from './covenant.store';
import type { DecideCovenantProposalInput, UpdateCovenantInput } from './dto/update-covenant.input';

const VERSION_SELECT = `SELECT v.id, v.version, v.note, v.created_at AS "createdAt",
       u.display_name AS "createdBy", d.display_name AS "approvedBy", p.decided_at AS "approvedAt"
  FROM covenant_version v LEFT JOIN app_user u ON u.id = v.created_by_user_id
  LEFT JOIN covenant_proposal p ON p.version_id = v.id AND p.region_id = v.region_id
  LEFT JOIN app_user d ON d.id = p.decided_by_user_id`;

const PROPOSAL_SELECT = `SELECT p.id, p.status, p.base_version AS "baseVersion",
       v.version AS "resultingVersion", p.note, pu.display_name AS "proposedBy",
       p.proposed_at AS "proposedAt", du.display_name AS "decidedBy", p.decided_at AS "decidedAt",
       p.decision_reason AS "decisionReason", p.proposed_by_user_id AS "proposedByUserId"
  FROM covenant_proposal p
  LEFT JOIN covenant_version v ON v.id = p.version_id
  LEFT JOIN app_user pu ON pu.id = p.proposed_by_user_id
  LEFT JOIN app_user du ON du.id = p.decided_by_user_id`;

/** A proposal's entries as stored (jsonb), in the shape of covenant_entry's columns. */
interface StoredEntry {
  agency_type: AgencyType | null;
  agency_id: string | null;
  category: InformationCategory;
  read: boolean;
  write: boolean;
  read_summary: boolean;
}

interface ProposalRow extends Omit<CovenantProposalModel, 'changes' | 'canDecide'> {
  proposedByUserId: string;
}

const toStored = (entry: CovenantEntry): StoredEntry => ({
  agency_type: 'agencyType' in entry.subject ? entry.subject.agencyType : null,
  agency_id: 'agencyId' in entry.subject ? entry.subject.agencyId : null,
  category: entry.category,
  read: entry.read,
  write: entry.write,
  read_summary: entry.readSummary === true,
});

const fromStored = (row: StoredEntry): CovenantEntry => {
  const base = {
    category: row.category,
    read: row.read,
    write: row.write,
    readSummary: row.read_summary,
  };
  return row.agency_id !== null
    ? { ...base, subject: { agencyId: row.agency_id } }
    : { ...base, subject: { agencyType: row.agency_type! } };
};

/** Pending first, then the newest decided; the full history stays in covenantVersions. */
const PROPOSALS_SHOWN = 20;

interface VersionRow extends CovenantVersionSummaryModel {
  id: string;
}

interface EntryRow {
  agencyType: AgencyType | null;
  agency: AgencyModel | null;
  category: InformationCategory;
  read: boolean;
  write: boolean;
  readSummary: boolean;
}

/** The covenant as data: read by the privacy officer and administrator, edited by the latter. */
@Injectable()
export class CovenantService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthenticatedUser, version: number | null): Promise<CovenantModel | null> {
    await this.authorise(user, 'read');
    const versions = await this.db.query<VersionRow[]>(
      `${VERSION_SELECT} WHERE v.region_id = $1 AND ($2::int IS NULL OR v.version = $2)
        ORDER BY v.version DESC LIMIT 1`,
      [user.regionId, version],
    );
    const found = versions[0];
    if (!found) {
      if (version === null) return null;
      throw SharingError.notFound('This covenant version');
    }
    const [latest] = await this.db.query<{ latest: number }[]>(
      `SELECT max(version) AS "latest" FROM covenant_version WHERE region_id = $1`,
      [user.regionId],
    );
    const entries = await this.db.query<EntryRow[]>(
      `SELECT e.agency_type AS "agencyType",
              CASE WHEN a.id IS NULL THEN NULL
                   ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END AS "agency",
              e.category, e.read, e.write, e.read_summary AS "readSummary"
         FROM covenant_entry e LEFT JOIN agency a ON a.id = e.agency_id
        WHERE e.version_id = $1
        ORDER BY e.category, e.agency_type NULLS LAST, a.name`,
      [found.id],
    );
    const { id: _id, ...summary } = found;
    return { ...summary, current: found.version === latest!.latest, entries };
  }

  async versions(user: AuthenticatedUser): Promise<CovenantVersionSummaryModel[]> {
    await this.authorise(user, 'read');
    const rows = await this.db.query<VersionRow[]>(
      `${VERSION_SELECT} WHERE v.region_id = $1 ORDER BY v.version DESC`,
      [user.regionId],
    );
    return rows.map(({ id: _id, ...summary }) => summary);
  }

  /** The legal ceiling every covenant is held to (the same for every region). */
  async legalCeiling(user: AuthenticatedUser): Promise<LegalCeilingRowModel[]> {
    await this.authorise(user, 'read');
    return LEGAL_CEILING.map((row) => ({
      ...row,
      read: [...row.read],
      readSummary: [...row.readSummary],
      write: [...row.write],
    }));
  }

  /** The region's pending proposals and the newest decided ones, with what each changes. */
  async proposals(user: AuthenticatedUser): Promise<CovenantProposalModel[]> {
    await this.authorise(user, 'read');
    const rows = await this.db.query<ProposalRow[]>(
      `${PROPOSAL_SELECT} WHERE p.region_id = $1
        ORDER BY p.status = 'PENDING' DESC, p.proposed_at DESC, p.id LIMIT ${PROPOSALS_SHOWN}`,
      [user.regionId],
    );
    return this.withChanges(user, rows);
  }

  /**
   * Proposes a new version. It decides nothing until a privacy officer approves it; refused when
   * an entry goes above the legal ceiling or the covenant changed since `baseVersion`.
   */
  async propose(
    user: AuthenticatedUser,
    input: UpdateCovenantInput,
  ): Promise<CovenantProposalModel> {
    await this.authorise(user, 'update');
    const note = textArg(input.note, 'note', 3, 1000);
    const entries = input.entries.map((entry, index): CovenantEntry => {
      const base = {
        category: entry.category,
        read: entry.read,
        write: entry.write,
        readSummary: entry.readSummary,
      };
      const hasId = entry.agencyId !== null && entry.agencyId !== undefined;
      const hasType = entry.agencyType !== null && entry.agencyType !== undefined;
      if (hasId === hasType) {
        throw SharingError.badInput(
          `entries[${index}]`,
          'An entry names either an agency type or one agency.',
        );
      }
      return hasId
        ? { ...base, subject: { agencyId: uuidArg(entry.agencyId!, `entries[${index}].agencyId`) } }
        : { ...base, subject: { agencyType: entry.agencyType! } };
    });
    const [problem] = validateCovenant(entries);
    if (problem) throw SharingError.badInput(`entries[${problem.index}]`, problem.message);
    const agencyTypes = await this.requireOwnAgencies(user, entries);
    this.requireWithinCeiling(entries, agencyTypes);

    const id = await this.db.transaction(async (tx) => {
      const current = await this.currentVersion(tx, user.regionId);
      if (current !== input.baseVersion) throw this.stale(current);
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO covenant_proposal
           (region_id, base_version, note, entries, proposed_by_user_id)
         VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id`,
        [user.regionId, input.baseVersion, note, JSON.stringify(entries.map(toStored)), user.id],
      );
      await this.audit.record(tx, {
        regionId: user.regionId,
        actor: auditActor(user),
        action: 'CREATE',
        result: 'ALLOWED',
        operation: 'covenant.propose',
        accessBasis: 'role',
        record: { type: 'covenant_proposal', id: row!.id },
      });
      return row!.id;
    });
    return this.proposal(user, id);
  }

  /**
   * Four eyes: a privacy officer of the region, never the proposer, approves a pending proposal;
   * it becomes the next covenant version in the same transaction, and decides the next request.
   */
  async approve(
    user: AuthenticatedUser,
    input: DecideCovenantProposalInput,
  ): Promise<CovenantProposalModel> {
    return this.decide(user, input, 'APPROVED');
  }

  /** A privacy officer, never the proposer, rejects a pending proposal with a reason. */
  async reject(
    user: AuthenticatedUser,
    input: DecideCovenantProposalInput,
  ): Promise<CovenantProposalModel> {
    return this.decide(user, input, 'REJECTED');
  }

  private async decide(
    user: AuthenticatedUser,
    input: DecideCovenantProposalInput,
    outcome: Exclude<CovenantProposalStatus, 'PENDING'>,
  ): Promise<CovenantProposalModel> {
    // Only the policy decides who approves (the privacy officer: build-ability.ts, never via
    // `manage`); that it is not the proposer is checked on the locked row below, and by the database.
    await this.authorise(user, 'approve');
    const id = uuidArg(input.proposalId, 'proposalId');
    const reason =
      outcome === 'REJECTED'
        ? textArg(input.reason ?? '', 'reason', 3, 1000)
        : optionalTextArg(input.reason, 'reason', 3, 1000);

    try {
      await this.db.transaction(async (tx) => {
        // Locks the proposal: of two decisions on it, the second waits and then sees it decided.
        const [found] = await tx.query<
          {
            id: string;
            status: CovenantProposalStatus;
            baseVersion: number;
            entries: StoredEntry[];
            note: string;
            proposedBy: string;
          }[]
        >(
          `SELECT id, status, base_version AS "baseVersion", entries, note,
                  proposed_by_user_id AS "proposedBy"
             FROM covenant_proposal WHERE id = $1 AND region_id = $2 FOR UPDATE`,
          [id, user.regionId],
        );
        if (!found) throw SharingError.notFound('This covenant proposal');
        if (found.proposedBy === user.id) {
          throw new CovenantError(
            'COVENANT_OWN_PROPOSAL',
            'You proposed this change; another privacy officer has to decide on it.',
            'proposalId',
          );
        }
        if (found.status !== 'PENDING') {
          throw new SharingError(
            'CONFLICT',
            'This proposal has already been decided; reload it.',
            'proposalId',
          );
        }

        let versionId: string | null = null;
        if (outcome === 'APPROVED') {
          const current = await this.currentVersion(tx, user.regionId);
          if (current !== found.baseVersion) {
            throw new SharingError(
              'CONFLICT',
              `The covenant changed after this proposal (now version ${current}); reject it ` +
                'and propose the change again.',
              'proposalId',
            );
          }
          const entries = found.entries.map(fromStored);
          // The ceiling may have been tightened in code since the proposal was made.
          this.requireWithinCeiling(entries, await this.agencyTypes(tx, user.regionId, entries));
          versionId = await insertCovenantVersion(tx, {
            regionId: user.regionId,
            version: found.baseVersion + 1,
            entries,
            note: found.note,
            userId: found.proposedBy,
          });
        }
        // Conditional: only a pending proposal is decided, whatever ran in between.
        const updated = await tx.query<[unknown[], number]>(
          `UPDATE covenant_proposal
              SET status = $3, decided_by_user_id = $4, decided_at = now(),
                  decision_reason = $5, version_id = $6
            WHERE id = $1 AND region_id = $2 AND status = 'PENDING'
            RETURNING id`,
          [found.id, user.regionId, outcome, user.id, reason, versionId],
        );
        if (updated[1] !== 1) {
          throw new SharingError(
            'CONFLICT',
            'This proposal has already been decided.',
            'proposalId',
          );
        }
        await this.audit.record(tx, {
          regionId: user.regionId,
          actor: auditActor(user),
          action: 'UPDATE',
          result: 'ALLOWED',
          operation: outcome === 'APPROVED' ? 'covenant.approve' : 'covenant.reject',
          accessBasis: 'role',
          record: { type: 'covenant_proposal', id: found.id },
        });
      });
    } catch (error) {
      // Two approvals of proposals from the same base: the second fails on UNIQUE (region, version).
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw new SharingError(
          'CONFLICT',
          'Another change was approved at the same time; reload the proposals.',
          'proposalId',
        );
      }
      throw error;
    }
    return this.proposal(user, id);
  }

  private async proposal(user: AuthenticatedUser, id: string): Promise<CovenantProposalModel> {
    const rows = await this.db.query<ProposalRow[]>(
      `${PROPOSAL_SELECT} WHERE p.region_id = $1 AND p.id = $2`,
      [user.regionId, id],
    );
    const [found] = await this.withChanges(user, rows);
    if (!found) throw SharingError.notFound('This covenant proposal');
    return found;
  }

  /** The rows as the caller sees them: whether it may decide, and what each changes. */
  private async withChanges(
    user: AuthenticatedUser,
    rows: ProposalRow[],
  ): Promise<CovenantProposalModel[]> {
    const changes = await this.changes(
      this.db,
      user.regionId,
      rows.map((row) => row.id),
    );
    // Four eyes: who may approve (the policy), on a pending proposal of someone else.
    const { ability } = await this.policies.forUser(user);
    const decider = ability.can('approve', subject('Covenant', { regionId: user.regionId }));
    return rows.map(({ proposedByUserId, ...row }) => ({
      ...row,
      canDecide: decider && row.status === 'PENDING' && proposedByUserId !== user.id,
      changes: changes.get(row.id) ?? [],
    }));
  }

  /**
   * What each proposal changes compared with the version it started from, in one statement for
   * all of them: proposal id → its changes.
   */
  private async changes(
    db: SqlRunner,
    regionId: string,
    proposalIds: readonly string[],
  ): Promise<Map<string, CovenantChangeModel[]>> {
    const byProposal = new Map<string, CovenantChangeModel[]>(proposalIds.map((id) => [id, []]));
    if (proposalIds.length === 0) return byProposal;
    const rows = (await db.query(
      `WITH p AS (
         SELECT cp.id AS proposal_id, x.*,
                cp.id || '|' || COALESCE(x.agency_type, x.agency_id::text) || '|' || x.category AS key
           FROM covenant_proposal cp,
                jsonb_to_recordset(cp.entries) AS x(agency_type text, agency_id uuid,
                  category text, read boolean, write boolean, read_summary boolean)
          WHERE cp.id = ANY($1::uuid[]) AND cp.region_id = $2),
       b AS (
         SELECT cp.id AS proposal_id, e.agency_type, e.agency_id, e.category, e.read, e.write,
                e.read_summary,
                cp.id || '|' || COALESCE(e.agency_type, e.agency_id::text) || '|' || e.category AS key
           FROM covenant_proposal cp
           JOIN covenant_version v ON v.region_id = cp.region_id AND v.version = cp.base_version
           JOIN covenant_entry e ON e.version_id = v.id
          WHERE cp.id = ANY($1::uuid[]) AND cp.region_id = $2)
       SELECT COALESCE(p.proposal_id, b.proposal_id) AS "proposalId",
              COALESCE(p.agency_type, b.agency_type) AS "agencyType",
              CASE WHEN a.id IS NULL THEN NULL
                   ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END AS "agency",
              COALESCE(p.category, b.category) AS category,
              CASE WHEN b.key IS NULL THEN NULL ELSE json_build_object('read', b.read,
                'write', b.write, 'readSummary', b.read_summary) END AS "before",
              CASE WHEN p.key IS NULL THEN NULL ELSE json_build_object('read', p.read,
                'write', p.write, 'readSummary', p.read_summary) END AS "after"
         FROM p FULL JOIN b ON p.key = b.key
         LEFT JOIN agency a ON a.id = COALESCE(p.agency_id, b.agency_id) AND a.region_id = $2
        WHERE (p.read, p.write, p.read_summary) IS DISTINCT FROM (b.read, b.write, b.read_summary)
        ORDER BY 4, 2 NULLS LAST, a.name`,
      [proposalIds, regionId],
    )) as (CovenantChangeModel & { proposalId: string })[];
    for (const { proposalId, ...change } of rows) byProposal.get(proposalId)?.push(change);
    return byProposal;
  }

  private async currentVersion(db: SqlRunner, regionId: string): Promise<number> {
    const [current] = (await db.query(
      `SELECT COALESCE(max(version), 0) AS "version" FROM covenant_version WHERE region_id = $1`,
      [regionId],
    )) as { version: number }[];
    return current!.version;
  }

  private stale(current: number): SharingError {
    return new SharingError(
      'CONFLICT',
      `The covenant was changed in the meantime (now version ${current}); reload it.`,
      'baseVersion',
    );
  }

  /** Refuses, with the first offending entry, anything above the legal ceiling. */
  private requireWithinCeiling(
    entries: readonly CovenantEntry[],
    agencyTypes: ReadonlyMap<string, AgencyType>,
  ): void {
    const [violation] = ceilingViolations(entries, (id) => agencyTypes.get(id));
    if (violation) {
      throw new CovenantError(
        'COVENANT_ABOVE_CEILING',
        violation.message,
        `entries[${violation.index}]`,
      );
    }
  }

  private authorise(user: AuthenticatedUser, action: PolicyAction): Promise<AppAbility> {
    return this.policies.requireInOwnRegion(
      user,
      action,
      'Covenant',
      'You are not allowed to do this with the covenant.',
    );
  }

  private async requireOwnAgencies(
    user: AuthenticatedUser,
    entries: CovenantEntry[],
  ): Promise<Map<string, AgencyType>> {
    const known = await this.agencyTypes(this.db, user.regionId, entries);
    const index = entries.findIndex(
      (entry) => 'agencyId' in entry.subject && !known.has(entry.subject.agencyId),
    );
    if (index >= 0) {
      throw SharingError.badInput(`entries[${index}].agencyId`, 'No such agency in your region.');
    }
    return known;
  }

  /** The type of every agency the entries name, of the caller's region only. */
  private async agencyTypes(
    db: SqlRunner,
    regionId: string,
    entries: readonly CovenantEntry[],
  ): Promise<Map<string, AgencyType>> {
    const ids = entries.flatMap((entry) =>
      'agencyId' in entry.subject ? [entry.subject.agencyId] : [],
    );
    if (ids.length === 0) return new Map();
    const rows = (await db.query(
      `SELECT id, type FROM agency WHERE region_id = $1 AND id = ANY($2::uuid[])`,
      [regionId, ids],
    )) as { id: string; type: AgencyType }[];
    return new Map(rows.map((row) => [row.id, row.type]));
  }
}
