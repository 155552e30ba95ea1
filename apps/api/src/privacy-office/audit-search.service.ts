import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isRealTimestamp } from '../common/keyset-cursor';
import { AUDIT_ACTIONS, AUDIT_RESULTS, type AuditAction } from '../audit/audit.kinds';
import type { Caller } from '../auth/caller';
import { runStatement } from '../database/run-statement';
import { PolicyService } from '../sharing/policy.service';
import { InputError } from '../common/input.error';
import { bsnArg, dateArg, uuidArg } from '../common/validate';
import type { AuditEventFilterInput } from './dto/privacy-office.inputs';
import { requireAuditTrail } from './privacy-office.access';
import type { AuditEventPageModel, AuditPersonModel } from './privacy-office.model';
import {
  auditPersonByBsnQuery,
  auditSearchQuery,
  caseIdByReferenceQuery,
  toAuditEvent,
  type AuditEventRow,
  type AuditSearchFilter,
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
    throw InputError.badInput('after', 'after is not a cursor of this list.');
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
  if (f && t && f > t) throw InputError.badInput('to', 'to lies before from.');
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
    user: Caller,
    filter: AuditEventFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<AuditEventPageModel> {
    const f = filter ?? {};
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw InputError.badInput('first', `first must lie between 1 and ${MAX_PAGE_SIZE}.`);
    }
    const personId = f.personId ? uuidArg(f.personId, 'personId') : null;
    let actor: AuditSearchFilter['actor'] = null;
    const who = f.user?.trim().toLowerCase();
    if (who) {
      if (/^[0-9a-f-]{36}$/.test(who)) {
        actor = { userId: uuidArg(who, 'user') };
      } else if (EMAIL.test(who)) {
        actor = { email: who };
      } else {
        throw InputError.badInput('user', 'user is an e-mail address or a user id.');
      }
    }
    const agencyId = f.agencyId ? uuidArg(f.agencyId, 'agencyId') : null;

    const reference = f.caseReference?.trim().toUpperCase();
    let caseId: string | null = null;
    if (reference) {
      if (!CASE_REFERENCE.test(reference)) {
        throw InputError.badInput('caseReference', 'This is not a case reference.');
      }
      const [found] = (await runStatement(
        this.db,
        caseIdByReferenceQuery(user.regionId, reference),
      )) as { id: string }[];
      // An unknown reference matches nothing rather than everything.
      caseId = found?.id ?? null;
    }

    const period = periodArgs(f.from, f.to);
    let actions: AuditAction[] | null = null;
    if (f.actions?.length) {
      actions = [...new Set(f.actions)];
      if (actions.some((a) => !AUDIT_ACTIONS.includes(a))) {
        throw InputError.badInput('actions', 'Unknown action.');
      }
    }
    if (f.result && !AUDIT_RESULTS.includes(f.result)) {
      throw InputError.badInput('result', 'Unknown result.');
    }
    const cursor = after ? decodeCursor(after) : null;

    await requireAuditTrail(this.policies, user, 'read');
    // The trail of who looked at the trail: the searched person and case.
    user.note({ personIds: [personId], caseId });

    const search: AuditSearchFilter = {
      personId,
      actor,
      agencyId,
      ...(reference ? { caseId } : {}),
      from: period.from,
      to: period.to,
      actions,
      result: f.result ?? null,
      after: cursor,
    };
    const rows = (await runStatement(
      this.db,
      auditSearchQuery(user.regionId, search, size),
    )) as AuditEventRow[];
    const hasMore = rows.length > size;
    const page = rows.slice(0, size);
    // The page names the persons of its events: the officer read their names (IDENTITY).
    const named = [
      ...new Set(page.flatMap((r) => r.persons.filter((p) => p.name).map((p) => p.id))),
    ];
    if (named.length > 0) user.note({ personIds: named, categories: ['IDENTITY'] });
    const last = page.at(-1);
    return {
      items: page.map(toAuditEvent),
      hasMore,
      endCursor: hasMore && last ? encodeCursor(last.cursorTime, last.id) : null,
    };
  }

  /** BSN → person ids of the region. An audited LOOKUP in its own right. */
  async lookupPerson(user: Caller, bsnInput: string): Promise<AuditPersonModel[]> {
    const bsn = bsnArg(bsnInput, 'bsn');
    await requireAuditTrail(this.policies, user, 'read');
    const rows = (await runStatement(
      this.db,
      auditPersonByBsnQuery(user.regionId, bsn),
    )) as AuditPersonModel[];
    user.note({
      personIds: rows.map((r) => r.id),
      categories: ['BSN', 'IDENTITY'],
      purpose: 'audit trail search',
    });
    return rows;
  }
}
