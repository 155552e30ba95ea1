import type { AgencyType, Role } from '@schakel/domain';
import type { EntityManager } from 'typeorm';
import {
  NO_AUDIT,
  type AuditNote,
  type AuditSink,
  type RequestAudit,
  type TransactionRunner,
} from '../audit/audit-scope';
import type { CallerPolicies, LoadedPolicy, PolicyCaller } from '../sharing/policy.service';
import type { AuthenticatedUser, SessionUserRow } from './authenticated-user';
import type { SessionClaims } from './session-token.service';

/**
 * The authenticated caller of one access: who (from the session only), its policy (built once
 * per request, from the context loaded with the session for reads) and the audit entry of the
 * root field or route being served. Built by the SessionAuthenticator, handed to resolvers by
 * `@CurrentCaller()` and passed on explicitly to services.
 */
export class Caller implements AuthenticatedUser, PolicyCaller {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: Role[];
  readonly agencyId: string;
  readonly agencyName: string;
  readonly agencyType: AgencyType;
  readonly regionId: string;
  readonly regionName: string;
  readonly covenantAccessEnds: number | null;
  /** Replaced when the guard slides the session forward. */
  session: SessionClaims;

  constructor(
    user: SessionUserRow,
    session: SessionClaims,
    private readonly policies: CallerPolicies,
    readonly audit: AuditSink = NO_AUDIT,
  ) {
    this.id = user.id;
    this.email = user.email;
    this.displayName = user.displayName;
    this.roles = user.roles;
    this.agencyId = user.agencyId;
    this.agencyName = user.agencyName;
    this.agencyType = user.agencyType;
    this.regionId = user.regionId;
    this.regionName = user.regionName;
    this.covenantAccessEnds = user.covenantAccessEnds ?? null;
    this.session = session;
  }

  // Own properties, not prototype methods: a copy (`{ ...caller }`) is the same caller.
  readonly policy = (): Promise<LoadedPolicy> => this.policies.own();

  readonly viewAs = (agency: { id: string; type: AgencyType }): Promise<LoadedPolicy> =>
    this.policies.asAgency(agency);

  /** Adds to the audit event of the access being served; a no-op outside an audited access. */
  readonly note = (note: AuditNote): void => this.audit.note(note);

  /**
   * The one way an audited access writes: `work` and this access's audit event commit in one
   * transaction (ADR 0011). Outside an audited access, a plain transaction.
   */
  readonly transaction = <T>(
    db: TransactionRunner,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T> => this.audit.transaction(db, work);

  /** A write access that found nothing to change says so (the interceptor expects a commit). */
  readonly unchanged = (): void => this.audit.unchanged();

  /** The same caller (same policies) serving another access, noting into `audit`. */
  serving(audit: AuditSink): Caller {
    return new Caller(this, this.session, this.policies, audit);
  }
}

/** What a request knows of its caller: the session check (once) and the caller of each access. */
export class RequestCaller {
  private readonly byKey = new Map<string, Caller>();

  constructor(readonly session: Promise<Caller | null>) {}

  set(key: string, caller: Caller): void {
    this.byKey.set(key, caller);
  }

  /** The caller of a root field (by response key) or of an HTTP route ('HTTP'). */
  get(key: string): Caller | undefined {
    return this.byKey.get(key);
  }
}

/**
 * Where a request keeps its caller and audit entries: the Fastify request (HTTP), or one
 * operation on the live socket (live/live-socket.service.ts).
 */
export interface CallerHolder {
  caller?: RequestCaller;
  audit?: RequestAudit;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by AccessGuard; read by `@CurrentCaller()`. */
    caller?: RequestCaller;
  }
}
