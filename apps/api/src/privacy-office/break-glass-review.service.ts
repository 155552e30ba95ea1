import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { runStatement } from '../database/run-statement';
import { PolicyService } from '../sharing/policy.service';
import { PrivacyOfficeError } from './privacy-office.error';
import { InputError } from '../common/input.error';
import { textArg } from '../common/validate';
import type { ReviewBreakGlassInput } from './dto/privacy-office.inputs';
import { requireAuditTrail } from './privacy-office.access';
import { BREAK_GLASS_VERDICTS } from './privacy-office.enums';
import type {
  BreakGlassQueueItemModel,
  BreakGlassReviewModel,
  BreakGlassReviewQueueModel,
} from './privacy-office.model';
import {
  auditUser,
  breakGlassEventQuery,
  breakGlassReviewQueueQuery,
  insertBreakGlassReviewQuery,
  openBreakGlassReviewCountQuery,
} from './privacy-office.queries';

export const MAX_QUEUE_SIZE = 100;

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

  async openCount(user: Caller): Promise<number> {
    await requireAuditTrail(this.policies, user, 'read');
    const [row] = (await runStatement(this.db, openBreakGlassReviewCountQuery(user.regionId))) as {
      n: number;
    }[];
    return row!.n;
  }

  async queue(user: Caller, first: number | null | undefined): Promise<BreakGlassReviewQueueModel> {
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 1 || size > MAX_QUEUE_SIZE) {
      throw InputError.badInput('first', `first must lie between 1 and ${MAX_QUEUE_SIZE}.`);
    }
    await requireAuditTrail(this.policies, user, 'read');
    const rows = (await runStatement(
      this.db,
      breakGlassReviewQueueQuery(user.regionId, size),
    )) as (QueueRow & { total: number })[];
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
    user.note({ personIds: items.flatMap((i) => i.personIds) });
    const openCount = rows[0]?.total ?? (await this.openCount(user));
    return { openCount, items };
  }

  async review(user: Caller, input: ReviewBreakGlassInput): Promise<BreakGlassReviewModel> {
    if (!/^\d{1,19}$/.test(input.eventId)) {
      throw InputError.badInput('eventId', 'eventId is not an audit event.');
    }
    if (!BREAK_GLASS_VERDICTS.includes(input.verdict)) {
      throw InputError.badInput('verdict', 'Unknown verdict.');
    }
    const note = textArg(input.note, 'note', 10, 2000);
    await requireAuditTrail(this.policies, user, 'update');

    const [event] = (await runStatement(
      this.db,
      breakGlassEventQuery(user.regionId, input.eventId),
    )) as { personIds: string[]; caseId: string | null }[];
    // Another region's event, or not a break-glass: the same answer, nothing is confirmed.
    if (!event) throw InputError.notFound('The break-the-glass access');
    user.note({ personIds: event.personIds, caseId: event.caseId });

    const row = await user.transaction(this.db, async (tx) => {
      const [inserted] = (await runStatement(
        tx,
        insertBreakGlassReviewQuery({
          regionId: user.regionId,
          eventId: input.eventId,
          verdict: input.verdict,
          note,
          userId: user.id,
        }),
      )) as Omit<BreakGlassReviewModel, 'reviewer'>[];
      // Refused inside the transaction: nothing was written, so no event is committed either.
      if (!inserted) {
        throw new PrivacyOfficeError(
          'CONFLICT',
          'This break-the-glass access has already been reviewed.',
        );
      }
      return inserted;
    });
    user.note({ record: { type: 'break_glass_review', id: row.id } });
    return { ...row, reviewer: { id: user.id, name: user.displayName, email: user.email } };
  }
}
