import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditNote } from '../audit/audit-scope';
import { isRealTimestamp } from '../database/keyset-cursor';
import { AUDIT_ACTIONS, AUDIT_RESULTS } from '../audit/audit.kinds';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { bsnArg, dateArg, uuidArg } from '../sharing/validate';
import type { AuditEventFilterInput } from './dto/privacy-office.inputs';
import { requireAuditTrail } from './privacy-office.access';
import type { AuditEventPageModel, AuditPersonModel } from './privacy-office.model';
import {
  AUDIT_EVENT_JOINS,
  AUDIT_EVENT_SELECT,
  toAuditEvent,
  type AuditEventRow,
} from './privacy-office.queries';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(\d{1,19})$/;
const CASE_REFERENCE = /^[A-Z0-9-]{3,40}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The cursor is the last row's (occurred_at, id), exact to the microsecond. */
export const encodeCursor = (time: string, id: string): string =>
  Buffer.from(`${time}|${id}`, 'utf8').toString('base64url');

const MAX_BIGINT = 9223372036854775807n;

function decodeCursor(cursor: string): { time: string; id: string } {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  // A forged date or an id beyond bigint reached PostgreSQL and answered INTERNAL.
  if (!match || !isRealTimestamp(match[1]!) || BigInt(match[2]!) > MAX_BIGINT) {
    throw SharingError.badInput('after', 'after is not a cursor of this list.');
  }
  return { time: match[1]!, id: match[2]! };
}

/** `[from, to]` as Europe/Amsterdam days, both ends optional; from after to is bad input. */
export function periodArgs(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  const f = from?.trim() ? dateArg(from, 'from') : null;
  const t = to?.trim() ? dateArg(to, 'to') : null;
  if (f && t && f > t) throw SharingError.badInput('to', 'to lies before from.');
  return { from: f, to: t };
}

/** Searching the trail of the own region (issue 6, item 3). */
@Injectable()
export class AuditSearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async search(
    user: AuthenticatedUser,
    filter: AuditEventFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<AuditEventPageModel> {
    const f = filter ?? {};
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw SharingError.badInput('first', `first must lie between 1 and ${MAX_PAGE_SIZE}.`);
    }
    const params: unknown[] = [user.regionId];
    const p = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = ['e.region_id = $1'];

    const personId = f.personId ? uuidArg(f.personId, 'personId') : null;
    if (personId) where.push(`e.person_ids @> ARRAY[${p(personId)}]::uuid[]`);

    const who = f.user?.trim().toLowerCase();
    if (who) {
      if (/^[0-9a-f-]{36}$/.test(who)) {
        where.push(`e.actor_user_id = ${p(uuidArg(who, 'user'))}::uuid`);
      } else if (EMAIL.test(who)) {
        // Scalar subquery: the planner still uses the (actor_user_id, occurred_at) index.
        where.push(`e.actor_user_id = (SELECT u.id FROM app_user u WHERE u.email = ${p(who)})`);
      } else {
        throw SharingError.badInput('user', 'user is an e-mail address or a user id.');
      }
    }
    if (f.agencyId) where.push(`e.actor_agency_id = ${p(uuidArg(f.agencyId, 'agencyId'))}::uuid`);

    const reference = f.caseReference?.trim().toUpperCase();
    let caseId: string | null = null;
    if (reference) {
      if (!CASE_REFERENCE.test(reference)) {
        throw SharingError.badInput('caseReference', 'This is not a case reference.');
      }
      const [found] = await this.db.query<{ id: string }[]>(
        `SELECT id FROM case_file WHERE region_id = $1 AND reference = $2`,
        [user.regionId, reference],
      );
      // An unknown reference matches nothing rather than everything.
      caseId = found?.id ?? null;
      where.push(caseId ? `e.case_id = ${p(caseId)}::uuid` : 'false');
    }

    const period = periodArgs(f.from, f.to);
    if (period.from) {
      where.push(
        `e.occurred_at >= (${p(period.from)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      );
    }
    if (period.to) {
      where.push(
        `e.occurred_at < ((${p(period.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      );
    }
    if (f.actions?.length) {
      const actions = [...new Set(f.actions)];
      if (actions.some((a) => !AUDIT_ACTIONS.includes(a))) {
        throw SharingError.badInput('actions', 'Unknown action.');
      }
      where.push(`e.action = ANY(${p(actions)}::text[])`);
    }
    if (f.result) {
      if (!AUDIT_RESULTS.includes(f.result))
        throw SharingError.badInput('result', 'Unknown result.');
      where.push(`e.result = ${p(f.result)}`);
    }
    if (after) {
      const cursor = decodeCursor(after);
      const time = p(cursor.time);
      // Written out (not a row comparison) so occurred_at <= … is an index condition.
      where.push(
        `e.occurred_at <= ${time}::timestamptz AND (e.occurred_at < ${time}::timestamptz OR e.id < ${p(cursor.id)}::bigint)`,
      );
    }

    await requireAuditTrail(this.policies, user, 'read');
    // The trail of who looked at the trail: the searched person and case.
    auditNote({ personIds: [personId], caseId });

    const rows = await this.db.query<AuditEventRow[]>(
      `${AUDIT_EVENT_SELECT}
        FROM (SELECT e.* FROM audit_event e WHERE ${where.join(' AND ')}
               ORDER BY e.occurred_at DESC, e.id DESC LIMIT ${p(size + 1)}) e
        ${AUDIT_EVENT_JOINS}
       ORDER BY e.occurred_at DESC, e.id DESC`,
      params,
    );
    const hasMore = rows.length > size;
    const page = rows.slice(0, size);
    const last = page.at(-1);
    return {
      items: page.map(toAuditEvent),
      hasMore,
      endCursor: hasMore && last ? encodeCursor(last.cursorTime, last.id) : null,
    };
  }

  /** BSN → person ids of the region. An audited LOOKUP in its own right. */
  async lookupPerson(user: AuthenticatedUser, bsnInput: string): Promise<AuditPersonModel[]> {
    const bsn = bsnArg(bsnInput, 'bsn');
    await requireAuditTrail(this.policies, user, 'read');
    const rows = await this.db.query<AuditPersonModel[]>(
      `SELECT id, given_names || ' ' || family_name AS "displayName",
              to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth"
         FROM person WHERE region_id = $1 AND bsn = $2`,
      [user.regionId, bsn],
    );
    auditNote({
      personIds: rows.map((r) => r.id),
      categories: ['BSN', 'IDENTITY'],
      purpose: 'audit trail search',
    });
    return rows;
  }
}
