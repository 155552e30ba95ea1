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
import type { Caller } from '../auth/caller';
import type { AgencyModel } from '../auth/me.model';
import type { Queryable } from '../database/queryable';
import { runStatement } from '../database/run-statement';
import { PolicyService } from '../sharing/policy.service';
import { optionalTextArg, textArg, uuidArg } from '../common/validate';
import type { InformationCategory } from '../sharing/sharing.enums';
import { CovenantError } from './covenant.error';
import type {
  CovenantChangeModel,
  CovenantProposalModel,
  CovenantProposalStatus,
  LegalCeilingRowModel,
} from './covenant-proposal.model';
import type { CovenantModel, CovenantVersionSummaryModel } from './covenant.model';
import {
  agencyTypesQuery,
  covenantChangesQuery,
  covenantEntriesQuery,
  covenantProposalForUpdateQuery,
  covenantProposalQuery,
  covenantProposalsQuery,
  covenantVersionQuery,
  covenantVersionsQuery,
  currentCovenantVersionQuery,
  decideCovenantProposalQuery,
  insertCovenantProposalQuery,
  latestCovenantVersionQuery,
} from './covenant.queries';
import { insertCovenantVersion } from './covenant.store';
import type { DecideCovenantProposalInput, UpdateCovenantInput } from './dto/update-covenant.input';
import { InputError } from '../common/input.error';

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

  async get(user: Caller, version: number | null): Promise<CovenantModel | null> {
    await this.authorise(user, 'read');
    const versions = (await runStatement(
      this.db,
      covenantVersionQuery(user.regionId, version),
    )) as VersionRow[];
    const found = versions[0];
    if (!found) {
      if (version === null) return null;
      throw InputError.notFound('This covenant version');
    }
    const [latest] = (await runStatement(this.db, latestCovenantVersionQuery(user.regionId))) as {
      latest: number;
    }[];
    const entries = (await runStatement(this.db, covenantEntriesQuery(found.id))) as EntryRow[];
    const { id: _id, ...summary } = found;
    return { ...summary, current: found.version === latest!.latest, entries };
  }

  async versions(user: Caller): Promise<CovenantVersionSummaryModel[]> {
    await this.authorise(user, 'read');
    const rows = (await runStatement(
      this.db,
      covenantVersionsQuery(user.regionId),
    )) as VersionRow[];
    return rows.map(({ id: _id, ...summary }) => summary);
  }

  /** The legal ceiling every covenant is held to (the same for every region). */
  async legalCeiling(user: Caller): Promise<LegalCeilingRowModel[]> {
    await this.authorise(user, 'read');
    return LEGAL_CEILING.map((row) => ({
      ...row,
      read: [...row.read],
      readSummary: [...row.readSummary],
      write: [...row.write],
    }));
  }

  /** The region's pending proposals and the newest decided ones, with what each changes. */
  async proposals(user: Caller): Promise<CovenantProposalModel[]> {
    await this.authorise(user, 'read');
    const rows = (await runStatement(
      this.db,
      covenantProposalsQuery(user.regionId, PROPOSALS_SHOWN),
    )) as ProposalRow[];
    return this.withChanges(user, rows);
  }

  /**
   * Proposes a new version. It decides nothing until a privacy officer approves it; refused when
   * an entry goes above the legal ceiling or the covenant changed since `baseVersion`.
   */
  async propose(user: Caller, input: UpdateCovenantInput): Promise<CovenantProposalModel> {
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
        throw InputError.badInput(
          `entries[${index}]`,
          'An entry names either an agency type or one agency.',
        );
      }
      return hasId
        ? { ...base, subject: { agencyId: uuidArg(entry.agencyId!, `entries[${index}].agencyId`) } }
        : { ...base, subject: { agencyType: entry.agencyType! } };
    });
    const [problem] = validateCovenant(entries);
    if (problem) throw InputError.badInput(`entries[${problem.index}]`, problem.message);
    const agencyTypes = await this.requireOwnAgencies(user, entries);
    this.requireWithinCeiling(entries, agencyTypes);

    const id = await this.db.transaction(async (tx) => {
      const current = await this.currentVersion(tx, user.regionId);
      if (current !== input.baseVersion) throw this.stale(current);
      const [row] = (await runStatement(
        tx,
        insertCovenantProposalQuery({
          regionId: user.regionId,
          baseVersion: input.baseVersion,
          note,
          entriesJson: JSON.stringify(entries.map(toStored)),
          userId: user.id,
        }),
      )) as { id: string }[];
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
  async approve(user: Caller, input: DecideCovenantProposalInput): Promise<CovenantProposalModel> {
    return this.decide(user, input, 'APPROVED');
  }

  /** A privacy officer, never the proposer, rejects a pending proposal with a reason. */
  async reject(user: Caller, input: DecideCovenantProposalInput): Promise<CovenantProposalModel> {
    return this.decide(user, input, 'REJECTED');
  }

  private async decide(
    user: Caller,
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
        const [found] = (await runStatement(
          tx,
          covenantProposalForUpdateQuery(id, user.regionId),
        )) as {
          id: string;
          status: CovenantProposalStatus;
          baseVersion: number;
          entries: StoredEntry[];
          note: string;
          proposedBy: string;
        }[];
        if (!found) throw InputError.notFound('This covenant proposal');
        if (found.proposedBy === user.id) {
          throw new CovenantError(
            'COVENANT_OWN_PROPOSAL',
            'You proposed this change; another privacy officer has to decide on it.',
            'proposalId',
          );
        }
        if (found.status !== 'PENDING') {
          throw new CovenantError(
            'CONFLICT',
            'This proposal has already been decided; reload it.',
            'proposalId',
          );
        }

        let versionId: string | null = null;
        if (outcome === 'APPROVED') {
          const current = await this.currentVersion(tx, user.regionId);
          if (current !== found.baseVersion) {
            throw new CovenantError(
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
        const updated = (await runStatement(
          tx,
          decideCovenantProposalQuery({
            id: found.id,
            regionId: user.regionId,
            outcome,
            userId: user.id,
            reason,
            versionId,
          }),
        )) as [unknown[], number];
        if (updated[1] !== 1) {
          throw new CovenantError(
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
        throw new CovenantError(
          'CONFLICT',
          'Another change was approved at the same time; reload the proposals.',
          'proposalId',
        );
      }
      throw error;
    }
    return this.proposal(user, id);
  }

  private async proposal(user: Caller, id: string): Promise<CovenantProposalModel> {
    const rows = (await runStatement(
      this.db,
      covenantProposalQuery(user.regionId, id),
    )) as ProposalRow[];
    const [found] = await this.withChanges(user, rows);
    if (!found) throw InputError.notFound('This covenant proposal');
    return found;
  }

  /** The rows as the caller sees them: whether it may decide, and what each changes. */
  private async withChanges(user: Caller, rows: ProposalRow[]): Promise<CovenantProposalModel[]> {
    const changes = await this.changes(
      this.db,
      user.regionId,
      rows.map((row) => row.id),
    );
    // Four eyes: who may approve (the policy), on a pending proposal of someone else.
    const { ability } = await user.policy();
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
    db: Queryable,
    regionId: string,
    proposalIds: readonly string[],
  ): Promise<Map<string, CovenantChangeModel[]>> {
    const byProposal = new Map<string, CovenantChangeModel[]>(proposalIds.map((id) => [id, []]));
    if (proposalIds.length === 0) return byProposal;
    const rows = (await runStatement(
      db,
      covenantChangesQuery(regionId, proposalIds),
    )) as (CovenantChangeModel & { proposalId: string })[];
    for (const { proposalId, ...change } of rows) byProposal.get(proposalId)?.push(change);
    return byProposal;
  }

  private async currentVersion(db: Queryable, regionId: string): Promise<number> {
    const [current] = (await runStatement(db, currentCovenantVersionQuery(regionId))) as {
      version: number;
    }[];
    return current!.version;
  }

  private stale(current: number): CovenantError {
    return new CovenantError(
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

  private authorise(user: Caller, action: PolicyAction): Promise<AppAbility> {
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
      throw InputError.badInput(`entries[${index}].agencyId`, 'No such agency in your region.');
    }
    return known;
  }

  /** The type of every agency the entries name, of the caller's region only. */
  private async agencyTypes(
    db: Queryable,
    regionId: string,
    entries: readonly CovenantEntry[],
  ): Promise<Map<string, AgencyType>> {
    const ids = entries.flatMap((entry) =>
      'agencyId' in entry.subject ? [entry.subject.agencyId] : [],
    );
    if (ids.length === 0) return new Map();
    const rows = (await runStatement(db, agencyTypesQuery(regionId, ids))) as {
      id: string;
      type: AgencyType;
    }[];
    return new Map(rows.map((row) => [row.id, row.type]));
  }
}
