import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditNote } from '../audit/audit-scope';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { textArg } from '../sharing/validate';
import type { ReviewBreakGlassInput } from './dto/privacy-office.inputs';
import { requireAuditTrail } from './privacy-office.access';
import { BREAK_GLASS_VERDICTS } from './privacy-office.enums';
import type {
  BreakGlassQueueItemModel,
  BreakGlassReviewModel,
  BreakGlassReviewQueueModel,
} from './privacy-office.model';
import { auditUser } from './privacy-office.queries';

export const MAX_QUEUE_SIZE = 100;

// Only accesses that happened: a refused break-glass opened nothing, so there is nothing to judge.
const OPEN_REVIEWS = `
  FROM audit_event e
 WHERE e.region_id = $1 AND e.action = 'BREAK_GLASS' AND e.result = 'ALLOWED'
   AND NOT EXISTS (SELECT 1 FROM break_glass_review r WHERE r.audit_event_id = e.id)`;

interface QueueRow {
  eventId: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  agencyId: string | null;
  agencyName: string | null;
  agencyType: string | null;
  caseId: string | null;
  caseReference: string | null;
  reason: string | null;
  expiresAt: Date | null;
  personIds: string[];
}

/** The review queue of break-the-glass accesses and the privacy officer's verdicts. */
@Injectable()
export class BreakGlassReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async openCount(user: AuthenticatedUser): Promise<number> {
    await requireAuditTrail(this.policies, user, 'read');
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n ${OPEN_REVIEWS}`,
      [user.regionId],
    );
    return row!.n;
  }

  async queue(
    user: AuthenticatedUser,
    first: number | null | undefined,
  ): Promise<BreakGlassReviewQueueModel> {
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 1 || size > MAX_QUEUE_SIZE) {
      throw SharingError.badInput('first', `first must lie between 1 and ${MAX_QUEUE_SIZE}.`);
    }
    await requireAuditTrail(this.policies, user, 'read');
    const rows = await this.db.query<(QueueRow & { total: number })[]>(
      `WITH open AS (SELECT e.* ${OPEN_REVIEWS})
       SELECT q.id::text AS "eventId", q.occurred_at AS "occurredAt", q.total::int AS total,
              q.actor_user_id AS "actorId", u.display_name AS "actorName", u.email AS "actorEmail",
              q.actor_agency_id AS "agencyId", a.name AS "agencyName",
              coalesce(a.type, q.actor_agency_type) AS "agencyType",
              q.case_id AS "caseId", c.reference AS "caseReference", bg.reason,
              bg.expires_at AS "expiresAt", q.person_ids AS "personIds"
         FROM (SELECT o.*, count(*) OVER () AS total FROM open o
                ORDER BY o.occurred_at, o.id LIMIT $2) q
         LEFT JOIN app_user u ON u.id = q.actor_user_id
         LEFT JOIN agency a ON a.id = q.actor_agency_id
         LEFT JOIN case_file c ON c.id = q.case_id AND c.region_id = q.region_id
         LEFT JOIN break_glass bg ON q.record_type = 'break_glass' AND bg.region_id = q.region_id
               AND bg.id::text = q.record_id
        ORDER BY q.occurred_at, q.id`,
      [user.regionId, size],
    );
    const items: BreakGlassQueueItemModel[] = rows.map((r) => ({
      eventId: r.eventId,
      occurredAt: r.occurredAt,
      actor: auditUser(r.actorId, r.actorName, r.actorEmail),
      agency: r.agencyId ? { id: r.agencyId, name: r.agencyName, type: r.agencyType } : null,
      caseId: r.caseId,
      caseReference: r.caseReference,
      reason: r.reason,
      expiresAt: r.expiresAt,
      personIds: r.personIds,
    }));
    auditNote({ personIds: items.flatMap((i) => i.personIds) });
    const openCount = rows[0]?.total ?? (await this.openCount(user));
    return { openCount, items };
  }

  async review(
    user: AuthenticatedUser,
    input: ReviewBreakGlassInput,
  ): Promise<BreakGlassReviewModel> {
    if (!/^\d{1,19}$/.test(input.eventId)) {
      throw SharingError.badInput('eventId', 'eventId is not an audit event.');
    }
    if (!BREAK_GLASS_VERDICTS.includes(input.verdict)) {
      throw SharingError.badInput('verdict', 'Unknown verdict.');
    }
    const note = textArg(input.note, 'note', 10, 2000);
    await requireAuditTrail(this.policies, user, 'update');

    const [event] = await this.db.query<{ personIds: string[]; caseId: string | null }[]>(
      `SELECT e.person_ids AS "personIds", e.case_id AS "caseId"
         FROM audit_event e
        WHERE e.region_id = $1 AND e.id = $2::bigint
          AND e.action = 'BREAK_GLASS' AND e.result = 'ALLOWED'`,
      [user.regionId, input.eventId],
    );
    // Another region's event, or not a break-glass: the same answer, nothing is confirmed.
    if (!event) throw SharingError.notFound('The break-the-glass access');
    auditNote({ personIds: event.personIds, caseId: event.caseId });

    // The unique event id decides a race: the second reviewer inserts nothing.
    const [row] = await this.db.query<Omit<BreakGlassReviewModel, 'reviewer'>[]>(
      `INSERT INTO break_glass_review (region_id, audit_event_id, verdict, note, reviewed_by_user_id)
       VALUES ($1, $2::bigint, $3, $4, $5)
       ON CONFLICT (audit_event_id) DO NOTHING
       RETURNING id, audit_event_id::text AS "eventId", verdict, note, reviewed_at AS "reviewedAt"`,
      [user.regionId, input.eventId, input.verdict, note, user.id],
    );
    if (!row) {
      throw new SharingError('CONFLICT', 'This break-the-glass access has already been reviewed.');
    }
    auditNote({ record: { type: 'break_glass_review', id: row.id } });
    return { ...row, reviewer: { id: user.id, name: user.displayName, email: user.email } };
  }
}
