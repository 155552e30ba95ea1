import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyType, Role } from '@schakel/domain';
import { subject } from '@casl/ability';
import { buildAbility, type AppAbility, type PolicyAction } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { AuditSink } from '../audit/audit-scope';
import { preparedQuery } from '../database/prepared-query';
import { SharingError } from './sharing.error';
import {
  policyContextQuery,
  toPolicyContext,
  type PolicyContextRow,
  type PolicyParty,
} from './policy-context.queries';

export interface LoadedPolicy {
  ability: AppAbility;
  /** The region's covenant version the ability was built from; null when the region has none. */
  covenantVersion: number | null;
  /** Whose view this is: the caller's own agency, or the agency of a "view as" preview. */
  agencyId: string;
  preview: boolean;
}

/** Subjects whose only condition is the region. */
export type RegionSubjectType = 'Covenant' | 'AuditTrail' | 'DataSubjectRequest' | 'Retention';

/** Who is asking, as the policy sees it: the authenticated `Caller` (auth/caller.ts). */
export interface PolicyCaller extends AuditSink {
  readonly id: string;
  readonly regionId: string;
  readonly agencyId: string;
  readonly agencyType: AgencyType;
  readonly roles: readonly Role[];
  /** The caller's own ability, built once per request. */
  policy(): Promise<LoadedPolicy>;
  /** The ability of an ordinary professional of another agency of the region ("view as"). */
  viewAs(agency: { id: string; type: AgencyType }): Promise<LoadedPolicy>;
}

/**
 * The abilities of one request's caller, each built once: its own (from the context loaded with
 * the session for reads, else from one statement) and those of "view as" previews. A new request
 * gets a new instance, so each request reads the current covenant, consents and decisions: a
 * change or withdrawal takes effect on the next request.
 */
export class CallerPolicies {
  private readonly loaded = new Map<string, Promise<LoadedPolicy>>();

  constructor(
    private readonly service: PolicyService,
    private readonly party: PolicyParty,
    /** The caller's context, loaded in the session statement of this request (reads). */
    private preloaded: PolicyContextRow | null,
  ) {}

  own(): Promise<LoadedPolicy> {
    return this.memoised('self', () => {
      const row = this.preloaded;
      this.preloaded = null;
      return row
        ? Promise.resolve(this.service.buildOnce(this.party, row))
        : this.service.load(this.party, false);
    });
  }

  /** "View as": the caller's own grants (break-glass, roles) play no part. */
  asAgency(agency: { id: string; type: AgencyType }): Promise<LoadedPolicy> {
    return this.memoised(`as:${agency.id}`, () =>
      this.service.load(
        {
          regionId: this.party.regionId,
          agencyId: agency.id,
          agencyType: agency.type,
          roles: ['MEMBER'],
          userId: null,
        },
        true,
      ),
    );
  }

  private memoised(key: string, load: () => Promise<LoadedPolicy>): Promise<LoadedPolicy> {
    let policy = this.loaded.get(key);
    if (!policy) {
      policy = load();
      this.loaded.set(key, policy);
    }
    return policy;
  }
}

/** Builds CASL abilities from one SQL statement (for reads, the session lookup's). */
@Injectable()
export class PolicyService {
  /**
   * The caller's own policy per session row (ADR 0040). A read's row is the one the SessionCache
   * holds for the session (the same object on every hit, ADR 0013), so the ability — and the SQL
   * compiled from it (policy-sql.ts) — is built once per cached session and goes when the cache
   * drops the row: a change that invalidates the session's entry (disable, logout, covenant,
   * consent, decision, break-glass) makes the next read load a new row and build a new ability.
   * The ability depends on nothing but the row: no clock, no other table.
   */
  private readonly builtFor = new WeakMap<PolicyContextRow, LoadedPolicy>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The per-request abilities of a caller; `preloaded` is its context from the session row. */
  forCaller(party: PolicyParty, preloaded: PolicyContextRow | null): CallerPolicies {
    return new CallerPolicies(this, party, preloaded);
  }

  /**
   * The caller's ability, if it allows `action` on a region-wide subject (the covenant, the audit
   * trail, data-subject requests, retention) of the caller's own region; FORBIDDEN otherwise.
   */
  async requireInOwnRegion(
    caller: PolicyCaller,
    action: PolicyAction,
    type: RegionSubjectType,
    refusal: string,
  ): Promise<AppAbility> {
    const { ability } = await caller.policy();
    if (!ability.can(action, subject(type, { regionId: caller.regionId }))) {
      throw new SharingError('FORBIDDEN', refusal);
    }
    return ability;
  }

  async load(party: PolicyParty, preview: boolean): Promise<LoadedPolicy> {
    const { sql, params } = policyContextQuery(party);
    const [row] = await preparedQuery<PolicyContextRow>(this.db, sql, params);
    return this.build(party, row!, preview);
  }

  /** The caller's own policy from its session row, built once per row object (see `builtFor`). */
  buildOnce(party: PolicyParty, row: PolicyContextRow): LoadedPolicy {
    let policy = this.builtFor.get(row);
    if (!policy) {
      policy = this.build(party, row, false);
      this.builtFor.set(row, policy);
    }
    return policy;
  }

  build(party: PolicyParty, row: PolicyContextRow, preview: boolean): LoadedPolicy {
    const ability = buildAbility(toPolicyContext(party, row));
    return { ability, covenantVersion: row.covenantVersion, agencyId: party.agencyId, preview };
  }
}
