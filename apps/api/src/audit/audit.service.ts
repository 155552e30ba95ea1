import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { AccessBasis } from '@schakel/sharing-policy';
import { Pool } from 'pg';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Queryable } from '../database/queryable';
import { JsonLogger } from '../observability/json-logger';
import { auditContentHash } from './audit-canonical';
import { currentRequestContext } from '../observability/request-context';
import type { AuditAction, AuditResult } from './audit.kinds';

export interface AuditActor {
  userId: string;
  agencyId: string;
  agencyType: string;
  roles: readonly string[];
}

/** One access to personal data. Labels and ids only: never case content or names. */
export interface AuditEventInput {
  regionId: string;
  /** Null for the system (a scheduled job). */
  actor: AuditActor | null;
  /** The user on whose behalf the actor acted, if not the actor. */
  onBehalfOfUserId?: string | null;
  action: AuditAction;
  result: AuditResult;
  /** The access path, e.g. "case.detail" or "breakGlass": what the count tests look for. */
  operation: string;
  personIds?: readonly string[];
  caseId?: string | null;
  categories?: readonly string[];
  fields?: readonly string[];
  record?: { type: string; id: string } | null;
  accessBasis?: AccessBasis | null;
  /** A purpose the user stated (e.g. a police lookup); short. */
  purpose?: string | null;
  /** Error code of a denial (NOT_FOUND, FORBIDDEN …). */
  reasonCode?: string | null;
}

export const auditActor = (user: AuthenticatedUser): AuditActor => ({
  userId: user.id,
  agencyId: user.agencyId,
  agencyType: user.agencyType,
  roles: user.roles,
});

interface AuditRow {
  region_id: string;
  actor_user_id: string | null;
  on_behalf_of_user_id: string | null;
  actor_agency_id: string | null;
  actor_agency_type: string | null;
  actor_roles: readonly string[];
  action: string;
  result: string;
  operation: string;
  person_ids: readonly string[];
  case_id: string | null;
  categories: readonly string[];
  fields: readonly string[];
  record_type: string | null;
  record_id: string | null;
  access_basis: string | null;
  purpose: string | null;
  reason_code: string | null;
  origin_address: string | null;
  user_agent: string | null;
  request_id: string | null;
  /** Hex sha256 of the v2 content form; the trigger links it into the chain (ADR 0009). */
  content_hash: string;
}

// One statement for one row or many; seq, time and the chain link come from the insert trigger.
const INSERT_SQL = `
  INSERT INTO audit_event (region_id, actor_user_id, on_behalf_of_user_id, actor_agency_id,
    actor_agency_type, actor_roles, action, result, operation, person_ids, case_id, categories,
    fields, record_type, record_id, access_basis, purpose, reason_code, origin_address,
    user_agent, request_id, content_hash)
  SELECT region_id, actor_user_id, on_behalf_of_user_id, actor_agency_id, actor_agency_type,
    actor_roles, action, result, operation, person_ids, case_id, categories, fields, record_type,
    record_id, access_basis, purpose, reason_code, origin_address, user_agent, request_id,
    decode(content_hash, 'hex')
    FROM jsonb_to_recordset($1::jsonb) AS x(region_id uuid, actor_user_id uuid,
      on_behalf_of_user_id uuid, actor_agency_id uuid, actor_agency_type text,
      actor_roles text[], action text, result text, operation text, person_ids uuid[],
      case_id uuid, categories text[], fields text[], record_type text, record_id text,
      access_basis text, purpose text, reason_code text, origin_address text, user_agent text,
      request_id text, content_hash text)`;

/** Most events a batch carries; a burst beyond it continues in the next statement. */
const MAX_BATCH = 500;

/** Prepared once per audit connection: parsing and planning the INSERT … SELECT cost ~0.3 ms. */
const INSERT_STATEMENT = 'schakel_audit_insert';

/** At most `max` UTF-16 units, never half a surrogate pair (PostgreSQL refuses a lone one). */
function clip(value: string | undefined | null, max: number): string | null {
  if (!value) return null;
  let text = value.slice(0, max);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return text;
}

/**
 * A uuid as PostgreSQL prints it (lower case, hyphenated), so the content hash the app computes
 * matches the stored row; PostgreSQL also accepts upper case, braces and missing hyphens.
 */
function uuid(value: string): string;
function uuid(value: string | null): string | null;
function uuid(value: string | null): string | null {
  if (value === null) return null;
  const hex = value.replace(/[{}-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return value; // the insert refuses it
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function toRow(e: AuditEventInput): AuditRow {
  const context = currentRequestContext();
  const content = {
    regionId: uuid(e.regionId),
    actorUserId: uuid(e.actor?.userId ?? null),
    onBehalfOfUserId: uuid(e.onBehalfOfUserId ?? null),
    actorAgencyId: uuid(e.actor?.agencyId ?? null),
    actorAgencyType: e.actor?.agencyType ?? null,
    actorRoles: [...(e.actor?.roles ?? [])],
    action: e.action,
    result: e.result,
    operation: e.operation,
    personIds: [...new Set((e.personIds ?? []).map((id) => uuid(id)))],
    caseId: uuid(e.caseId ?? null),
    categories: [...new Set(e.categories ?? [])],
    fields: [...new Set(e.fields ?? [])],
    recordType: e.record?.type ?? null,
    recordId: e.record?.id ?? null,
    accessBasis: e.accessBasis ?? null,
    purpose: clip(e.purpose, 500),
    reasonCode: e.reasonCode ?? null,
    originAddress: clip(context?.address, 100),
    userAgent: clip(context?.userAgent, 500),
    requestId: clip(context?.requestId, 100),
  };
  return {
    region_id: content.regionId,
    actor_user_id: content.actorUserId,
    on_behalf_of_user_id: content.onBehalfOfUserId,
    actor_agency_id: content.actorAgencyId,
    actor_agency_type: content.actorAgencyType,
    actor_roles: content.actorRoles,
    action: content.action,
    result: content.result,
    operation: content.operation,
    person_ids: content.personIds,
    case_id: content.caseId,
    categories: content.categories,
    fields: content.fields,
    record_type: content.recordType,
    record_id: content.recordId,
    access_basis: content.accessBasis,
    purpose: content.purpose,
    reason_code: content.reasonCode,
    origin_address: content.originAddress,
    user_agent: content.userAgent,
    request_id: content.requestId,
    content_hash: auditContentHash(content).toString('hex'),
  };
}

interface Pending {
  row: AuditRow;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Writes the audit trail (docs/privacy.md, ADR 0007, ADR 0009).
 *
 * - `record(tx, event)`: inside the caller's transaction, for writes: the event commits or rolls
 *   back with the change. Call it last in the transaction, because the region's chain head stays
 *   locked until the commit.
 * - `recordRead(event)`: for reads and denials, on the audit connections (in the app's restricted
 *   role, `synchronous_commit` from AUDIT_READ_SYNCHRONOUS_COMMIT). Group commit: the first event
 *   goes out at once, events arriving meanwhile share the next multi-row INSERT. The caller awaits
 *   the commit before it answers, so no data leaves without its event in the trail; if the trail
 *   cannot be written, the request fails.
 */
@Injectable()
export class AuditService implements OnApplicationShutdown {
  private queue: Pending[] = [];
  private draining: Promise<void> | null = null;
  private readonly pool: Pool;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {
    const options = [
      config.databaseAppRole ? `-c role=${config.databaseAppRole}` : '',
      `-c synchronous_commit=${config.auditReadSynchronousCommit}`,
    ];
    // Its own connections: a burst of requests cannot starve the trail of a connection (or the
    // other way round), and the commit setting applies to audit events only.
    this.pool = new Pool({
      connectionString: config.databaseUrl,
      max: 2,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 600_000,
      application_name: 'schakel-audit',
      options: options.filter(Boolean).join(' '),
    });
    this.pool.on('error', (error) =>
      this.logger.event('warn', 'audit connection error', { error: error.message }),
    );
  }

  async record(q: Queryable, event: AuditEventInput): Promise<void> {
    await q.query(INSERT_SQL, [JSON.stringify([toRow(event)])]);
  }

  recordRead(event: AuditEventInput): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ row: toRow(event), resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** The role and commit setting the audit connections really have (for tests and support). */
  async connectionSettings(): Promise<{ role: string; synchronousCommit: string }> {
    const { rows } = await this.pool.query<{ role: string; synchronous_commit: string }>(
      `SELECT current_user AS role, current_setting('synchronous_commit') AS synchronous_commit`,
    );
    return { role: rows[0]!.role, synchronousCommit: rows[0]!.synchronous_commit };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.draining;
    await this.pool.end();
  }

  private insert(rows: AuditRow[]): Promise<unknown> {
    return this.pool.query({
      name: INSERT_STATEMENT,
      text: INSERT_SQL,
      values: [JSON.stringify(rows)],
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.insert(batch.map((p) => p.row));
          for (const p of batch) p.resolve();
        } catch (error) {
          if (batch.length === 1) {
            batch[0]!.reject(error);
            continue;
          }
          // One bad event must not fail its neighbours' requests: retry them one by one.
          for (const p of batch) {
            await this.insert([p.row]).then(p.resolve, p.reject);
          }
        }
      }
    } finally {
      this.draining = null;
    }
  }
}
