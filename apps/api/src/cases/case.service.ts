import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_CASE_STATUSES, type CaseStatus, type InformationCategory } from '@schakel/domain';
import { accessBasis } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { AgencyModel } from '../auth/me.model';
import type { Caller } from '../auth/caller';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/keyset-cursor';
import { preparedQuery } from '../database/prepared-query';
import { InformationService } from '../information/information.service';
import { maskParticipant } from '../participants/participant.masking';
import type { ParticipantRow } from '../participants/participant.model';
import type { PersonModel } from '../persons/person.model';
import {
  maskEnteredPerson,
  maskPerson,
  type EnteredPerson,
  type PersonRow,
} from '../sharing/masking';
import {
  caseSubject,
  personVisibility,
  seesOnlyOwnReferral,
  type CasePolicyFields,
} from '../sharing/policy-sql';
import { PolicyService, type LoadedPolicy } from '../sharing/policy.service';
import { toAccessBasis } from '../sharing/sharing.enums';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import { CaseViewer, type PrefetchedItems } from './case-viewer';
import type { CaseModel, CasePageModel, ProfessionalModel } from './case.model';
import {
  caseByIdQuery,
  ALL_CASE_COLUMNS,
  caseListQuery,
  participantsQuery,
  type CaseColumns,
  type CaseListFilter,
} from './case.queries';
import type { CaseTheme } from './case.enums';

export const MAX_PAGE_SIZE = 100;

/** A participation as JSON in the case row of `caseByIdQuery`. */
type ParticipantJson = Omit<ParticipantRow, 'startedAt' | 'endedAt'> & {
  startedAt: string;
  endedAt: string | null;
};

/**
 * A case as the statements return it: with every participation as JSON (one case), or with only
 * the agencies taking part now (a page; participations load when asked for). A page loads the
 * person and the agencies only when the client selected them (`CaseColumns`).
 */
interface CaseRow extends Partial<PersonRow> {
  id: string;
  regionId: string;
  subjectPersonId: string;
  referringAgencyId: string;
  reference: string;
  theme: CaseTheme;
  status: CaseStatus;
  createdAt: Date;
  updatedAt: Date;
  cursorAt: string;
  referringAgency?: AgencyModel;
  casusregisseurAgency?: AgencyModel | null;
  casusregisseur?: ProfessionalModel | null;
  participants?: ParticipantJson[];
  activeParticipantAgencyIds?: string[];
  /** A page loads every policy column (`casePolicyColumns`); one case reads it from its JSON. */
  casusregisseurAgencyId?: string | null;
  /** Loaded with the person: how the referral got its person, and what the referrer entered. */
  referralPerson?: { source: string; entered: EnteredPerson | null } | null;
}

/** The row with its participation parsed (when loaded), and the fields the policy decides on. */
export interface LoadedCase extends Omit<CaseRow, 'activeParticipantAgencyIds'>, CasePolicyFields {
  /** Not masked yet: the reasons are masked for the viewer in `toModel`. */
  participation: ParticipantRow[] | null;
}

function loaded(row: CaseRow): LoadedCase {
  if (!row.participants) {
    const activeParticipantAgencyIds = row.activeParticipantAgencyIds ?? [];
    return { ...row, participation: null, activeParticipantAgencyIds };
  }
  const participation = row.participants.map((p) => ({
    ...p,
    startedAt: new Date(p.startedAt),
    endedAt: p.endedAt === null ? null : new Date(p.endedAt),
  }));
  // `active` is computed by the database with the same test as the SQL filter.
  const activeParticipantAgencyIds = participation.filter((p) => p.active).map((p) => p.agency.id);
  return { ...row, participation, activeParticipantAgencyIds };
}

@Injectable()
export class CaseService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly information: InformationService,
  ) {}

  /** One statement for the page, whatever its size (plus the session and the policy context). */
  async list(
    user: Caller,
    filter: CaseListFilter,
    first: number,
    after: string | null,
    columns: CaseColumns = ALL_CASE_COLUMNS,
  ): Promise<CasePageModel> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw InputError.badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
    const cursor = after ? decodeKeysetCursor(after, 'after') : null;
    const policy = await user.policy();
    const statement = caseListQuery(
      policy.ability,
      user.regionId,
      filter,
      { first, after: cursor },
      columns,
    );
    if (!statement) return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
    const rows = await preparedQuery<CaseRow>(this.db, statement.sql, statement.params);
    const page = rows.slice(0, first).map(loaded);
    const viewer = this.viewer(policy, user, page);
    const nodes = page.flatMap((row) => this.toModel(row, viewer) ?? []);
    const last = page[page.length - 1];
    return {
      nodes,
      pageInfo: {
        endCursor: last ? encodeKeysetCursor({ at: last.cursorAt, id: last.id }) : null,
        hasNextPage: rows.length > first,
      },
    };
  }

  /**
   * One case. With `prefetchItems` (the client asked for them) its items load at the same time as
   * the case, on another connection: they are filtered by the policy in SQL, so nothing is read
   * that the case check could still refuse, and they are dropped when the case is not readable.
   */
  async byId(
    user: Caller,
    caseId: string,
    options: { prefetchItems?: { category: InformationCategory | null } | null } = {},
  ): Promise<CaseModel> {
    const id = uuidArg(caseId, 'id');
    const policy = await user.policy();
    const prefetch = options.prefetchItems;
    const prefetched: PrefetchedItems | undefined = prefetch
      ? {
          category: prefetch.category,
          items: this.information.forCases(policy, user.regionId, [id], prefetch.category, user),
        }
      : undefined;
    // Never an unhandled rejection when the case turns out not to be readable.
    prefetched?.items.catch(() => undefined);
    const row = await this.loadRow(id, user.regionId);
    const model = row ? this.toModel(row, this.viewer(policy, user, [row], prefetched)) : null;
    if (!model) {
      user.note({ caseId: id });
      throw InputError.notFound('The case');
    }
    return model;
  }

  /** The case row of the region, whoever may see it: the caller decides (preview). */
  row(caseId: string, regionId: string): Promise<LoadedCase | null> {
    return this.loadRow(caseId, regionId);
  }

  private async loadRow(caseId: string, regionId: string): Promise<LoadedCase | null> {
    const { sql, params } = caseByIdQuery(caseId, regionId);
    const [row] = await preparedQuery<CaseRow>(this.db, sql, params);
    return row ? loaded(row) : null;
  }

  private viewer(
    policy: LoadedPolicy,
    caller: Caller,
    rows: readonly LoadedCase[],
    prefetched?: PrefetchedItems,
  ): CaseViewer {
    const { regionId } = caller;
    return new CaseViewer(
      policy,
      caller,
      rows.map((row) => row.id),
      {
        items: (forPolicy, caseIds, category) =>
          this.information.forCases(forPolicy, regionId, caseIds, category, caller),
        itemCounts: (forPolicy, caseIds) =>
          this.information.countsForCases(forPolicy, regionId, caseIds),
        participants: async (forPolicy, caseIds) => {
          const byId = new Map(rows.map((row) => [row.id, row]));
          const participations = await this.participants(caseIds, regionId);
          return participations.map((p) =>
            maskParticipant(forPolicy.ability, byId.get(p.caseId)!, p, caller),
          );
        },
      },
      prefetched,
    );
  }

  private async participants(
    caseIds: readonly string[],
    regionId: string,
  ): Promise<ParticipantRow[]> {
    const { sql, params } = participantsQuery(caseIds, regionId);
    return preparedQuery<ParticipantRow>(this.db, sql, params);
  }

  /** The case as the viewer may see it; null when the viewer may not read it at all. */
  private toModel(row: LoadedCase, viewer: CaseViewer): CaseModel | null {
    const fields: CasePolicyFields = row;
    const { ability } = viewer.policy;
    const policyBasis = accessBasis(ability, 'read', caseSubject(fields));
    const basis = toAccessBasis(policyBasis);
    if (basis === null) return null;
    const visible = personVisibility(ability, fields);
    // Every case that leaves the API passes here (its person and the identity/BSN categories
    // shown are noted by maskPerson below).
    viewer.audit.note({ caseId: row.id, accessBasis: policyBasis });
    // The case alone still says something about its person: without the person's columns (not
    // selected) the person is noted all the same, without the identity categories.
    const referral = row.referralPerson ?? null;
    const subject = !('givenNames' in row)
      ? viewer.audit.note({ personIds: [row.subjectPersonId] })
      : referral !== null &&
          seesOnlyOwnReferral(
            ability,
            { ...fields, status: row.status, referralPersonSource: referral.source },
            viewer.policy.agencyId,
          )
        ? maskEnteredPerson(referral.entered, row.subjectPersonId, row.id, visible, viewer.audit)
        : maskPerson({ ...(row as PersonRow), id: row.subjectPersonId }, visible, viewer.audit);
    return {
      id: row.id,
      reference: row.reference,
      theme: row.theme,
      status: row.status,
      createdAt: new Date(row.createdAt),
      updatedAt: new Date(row.updatedAt),
      // Parts a page did not load were not selected, so GraphQL never reads them.
      subject: subject as PersonModel,
      referringAgency: row.referringAgency as AgencyModel,
      casusregisseurAgency: row.casusregisseurAgency ?? null,
      casusregisseur: row.casusregisseur ?? null,
      accessBasis: basis,
      viewedAs: null,
      readOnly: viewer.policy.preview || !OPEN_CASE_STATUSES.includes(row.status),
      allParticipants:
        row.participation?.map((p) => maskParticipant(ability, fields, p, viewer.audit)) ?? null,
      policyFields: fields,
      viewer,
    };
  }
}
