import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessBasis } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { preparedQuery } from '../database/prepared-query';
import type { Queryable } from '../database/queryable';
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
}

// One statement for one row or many; seq, hash and time come from the insert trigger.
const INSERT_SQL = `
  INSERT INTO audit_event (region_id, actor_user_id, on_behalf_of_user_id, actor_agency_id,
    actor_agency_type, actor_roles, action, result, operation, person_ids, case_id, categories,
    fields, record_type, record_id, access_basis, purpose, reason_code, origin_address,
    user_agent, request_id)
  SELECT region_id, actor_user_id, on_behalf_of_user_id, actor_agency_id, actor_agency_type,
    actor_roles, action, result, operation, person_ids, case_id, categories, fields, record_type,
    record_id, access_basis, purpose, reason_code, origin_address, user_agent, request_id
    FROM jsonb_to_recordset($1::jsonb) AS x(region_id uuid, actor_user_id uuid,
      on_behalf_of_user_id uuid, actor_agency_id uuid, actor_agency_type text,
      actor_roles text[], action text, result text, operation text, person_ids uuid[],
      case_id uuid, categories text[], fields text[], record_type text, record_id text,
      access_basis text, purpose text, reason_code text, origin_address text, user_agent text,
      request_id text)`;

/** Most events a batch carries; a burst beyond it continues in the next statement. */
const MAX_BATCH = 500;

const clip = (value: string | undefined | null, max: number): string | null =>
  value ? value.slice(0, max) : null;

function toRow(e: AuditEventInput): AuditRow {
  const context = currentRequestContext();
  return {
    region_id: e.regionId,
    actor_user_id: e.actor?.userId ?? null,
    on_behalf_of_user_id: e.onBehalfOfUserId ?? null,
    actor_agency_id: e.actor?.agencyId ?? null,
    actor_agency_type: e.actor?.agencyType ?? null,
    actor_roles: e.actor?.roles ?? [],
    action: e.action,
    result: e.result,
    operation: e.operation,
    person_ids: [...new Set(e.personIds ?? [])],
    case_id: e.caseId ?? null,
    categories: [...new Set(e.categories ?? [])],
    fields: [...new Set(e.fields ?? [])],
    record_type: e.record?.type ?? null,
    record_id: e.record?.id ?? null,
    access_basis: e.accessBasis ?? null,
    purpose: clip(e.purpose, 500),
    reason_code: e.reasonCode ?? null,
    origin_address: clip(context?.address, 100),
    user_agent: clip(context?.userAgent, 500),
    request_id: clip(context?.requestId, 100),
  };
}

interface Pending {
  row: AuditRow;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Writes the audit trail (docs/privacy.md, ADR 0007).
 *
 * - `record(tx, event)`: inside the caller's transaction, for writes: the event commits or rolls
 *   back with the change. Call it last in the transaction, because the region's chain head stays
 *   locked until the commit.
 * - `recordRead(event)`: for reads and denials. Group commit: the first event goes out at once,
 *   events arriving meanwhile share the next multi-row INSERT. The caller awaits it before it
 *   answers, so no data leaves without a committed event, and a crash loses no event of an access
 *   that was answered; if the trail cannot be written, the request fails.
 */
@Injectable()
export class AuditService implements OnApplicationShutdown {
  private queue: Pending[] = [];
  private draining: Promise<void> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(q: Queryable, event: AuditEventInput): Promise<void> {
    await q.query(INSERT_SQL, [JSON.stringify([toRow(event)])]);
  }

  recordRead(event: AuditEventInput): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ row: toRow(event), resolve, reject });
      this.draining ??= this.drain();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          // Prepared once per connection (parsing and planning the INSERT … SELECT cost ~0.3 ms).
          await preparedQuery(this.db, INSERT_SQL, [JSON.stringify(batch.map((p) => p.row))]);
          for (const p of batch) p.resolve();
        } catch (error) {
          if (batch.length === 1) {
            batch[0]!.reject(error);
            continue;
          }
          // One bad event must not fail its neighbours' requests: retry them one by one.
          for (const p of batch) {
            await this.db.query(INSERT_SQL, [JSON.stringify([p.row])]).then(p.resolve, p.reject);
          }
        }
      }
    } finally {
      this.draining = null;
    }
  }
}
