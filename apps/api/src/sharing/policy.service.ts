import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyType } from '@schakel/domain';
import { subject } from '@casl/ability';
import { buildAbility, type AppAbility, type PolicyAction } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { preparedQuery } from '../database/prepared-query';
import { SharingError } from './sharing.error';
import {
  policyContextQuery,
  toPolicyContext,
  type PolicyContextRow,
  type PolicyParty,
} from './policy-context.query';

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

/**
 * Builds the caller's CASL ability once per request, from one SQL statement (for reads, the
 * session lookup's: see `preload`). Keyed on the request's user object, so each request reads the
 * current covenant, consents and decisions: a change or withdrawal takes effect on the next request.
 */
@Injectable()
export class PolicyService {
  private readonly perRequest = new WeakMap<
    AuthenticatedUser,
    Map<string, Promise<LoadedPolicy>>
  >();

  /** Contexts loaded with the session of this request's user object; used once, then dropped. */
  private readonly preloaded = new WeakMap<AuthenticatedUser, PolicyContextRow>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The caller's own context, loaded in the session lookup of this request (same statement, same
   * SQL as `policyContextQuery`), so `forUser` needs no statement of its own.
   */
  preload(user: AuthenticatedUser, row: PolicyContextRow): void {
    this.preloaded.set(user, row);
  }

  /**
   * The caller's ability, if it allows `action` on a region-wide subject (the covenant, the audit
   * trail, data-subject requests, retention) of the caller's own region; FORBIDDEN otherwise.
   */
  async requireInOwnRegion(
    user: AuthenticatedUser,
    action: PolicyAction,
    type: RegionSubjectType,
    refusal: string,
  ): Promise<AppAbility> {
    const { ability } = await this.forUser(user);
    if (!ability.can(action, subject(type, { regionId: user.regionId }))) {
      throw new SharingError('FORBIDDEN', refusal);
    }
    return ability;
  }

  forUser(user: AuthenticatedUser): Promise<LoadedPolicy> {
    return this.memoised(user, 'self', () => {
      const party: PolicyParty = {
        regionId: user.regionId,
        agencyId: user.agencyId,
        agencyType: user.agencyType,
        roles: user.roles,
        userId: user.id,
      };
      const row = this.preloaded.get(user);
      if (!row) return this.load(party, false);
      this.preloaded.delete(user);
      return Promise.resolve(this.build(party, row, false));
    });
  }

  /**
   * The ability an ordinary professional of another agency in the caller's region would have:
   * "view as". The caller's own grants (break-glass, roles) play no part.
   */
  asAgency(
    user: AuthenticatedUser,
    agency: { id: string; type: AgencyType },
  ): Promise<LoadedPolicy> {
    return this.memoised(user, `as:${agency.id}`, () =>
      this.load(
        {
          regionId: user.regionId,
          agencyId: agency.id,
          agencyType: agency.type,
          roles: ['MEMBER'],
          userId: null,
        },
        true,
      ),
    );
  }

  private memoised(
    user: AuthenticatedUser,
    key: string,
    load: () => Promise<LoadedPolicy>,
  ): Promise<LoadedPolicy> {
    let forRequest = this.perRequest.get(user);
    if (!forRequest) {
      forRequest = new Map();
      this.perRequest.set(user, forRequest);
    }
    let policy = forRequest.get(key);
    if (!policy) {
      policy = load();
      forRequest.set(key, policy);
    }
    return policy;
  }

  private async load(party: PolicyParty, preview: boolean): Promise<LoadedPolicy> {
    const { sql, params } = policyContextQuery(party);
    const [row] = await preparedQuery<PolicyContextRow>(this.db, sql, params);
    return this.build(party, row!, preview);
  }

  private build(party: PolicyParty, row: PolicyContextRow, preview: boolean): LoadedPolicy {
    const ability = buildAbility(toPolicyContext(party, row));
    return { ability, covenantVersion: row.covenantVersion, agencyId: party.agencyId, preview };
  }
}
