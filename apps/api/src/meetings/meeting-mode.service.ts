import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseEventService } from '../case-events/case-event.service';
import { CaseAccessService } from '../sharing/case-access.service';
import { caseCategoryItem } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { uuidArg } from '../sharing/validate';
import type {
  RecordAttendanceInput,
  SaveMeetingItemMinutesInput,
  SetCurrentMeetingItemInput,
} from './dto/meeting.inputs';
import { findItem, lockAsChair } from './meeting-chair';
import { appendMeetingEvent } from './meeting-events';
import { minutesArg, revisionArg, slotLabels } from './meeting-validation';
import type { MeetingModel } from './meeting.model';
import { MeetingService } from './meeting.service';

/** Meeting mode: the chair starts the meeting, moves through the items, records and closes. */
@Injectable()
export class MeetingModeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly events: CaseEventService,
    private readonly meetings: MeetingService,
  ) {}

  async start(user: AuthenticatedUser, meetingIdArg: string): Promise<MeetingModel> {
    const meetingId = uuidArg(meetingIdArg, 'meetingId');
    await this.db.transaction(async (tx) => {
      await lockAsChair(tx, user, meetingId, ['PLANNED']);
      await tx.query(
        `UPDATE meeting SET status = 'IN_PROGRESS', started_at = now() WHERE id = $1`,
        [meetingId],
      );
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId,
        itemId: null,
        kind: 'MEETING_STARTED',
      });
    });
    return this.meetings.meeting(user, meetingId);
  }

  async setCurrent(
    user: AuthenticatedUser,
    input: SetCurrentMeetingItemInput,
  ): Promise<MeetingModel> {
    const meetingId = uuidArg(input.meetingId, 'meetingId');
    const itemId = input.itemId ? uuidArg(input.itemId, 'itemId') : null;
    await this.db.transaction(async (tx) => {
      await lockAsChair(tx, user, meetingId, ['IN_PROGRESS']);
      if (itemId) {
        const [, opened] = await tx.query<[unknown, number]>(
          `UPDATE meeting_item SET opened_at = coalesce(opened_at, now()), status = 'DISCUSSED'
            WHERE id = $1 AND meeting_id = $2`,
          [itemId, meetingId],
        );
        if (opened === 0) throw SharingError.badInput('itemId', 'The item is not on this agenda.');
      }
      await tx.query(`UPDATE meeting SET current_item_id = $2 WHERE id = $1`, [meetingId, itemId]);
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId,
        itemId,
        kind: 'CURRENT_ITEM_CHANGED',
      });
    });
    return this.meetings.meeting(user, meetingId);
  }

  async recordAttendance(
    user: AuthenticatedUser,
    input: RecordAttendanceInput,
  ): Promise<MeetingModel> {
    const itemId = uuidArg(input.itemId, 'itemId');
    const agencyId = uuidArg(input.agencyId, 'agencyId');
    const item = await findItem(this.db, user.regionId, itemId);
    await this.db.transaction(async (tx) => {
      await lockAsChair(tx, user, item.meetingId, ['IN_PROGRESS', 'CLOSED']);
      const invited = await tx.query<unknown[]>(
        `SELECT 1 FROM meeting_item_invitee WHERE item_id = $1 AND agency_id = $2`,
        [itemId, agencyId],
      );
      if (invited.length === 0) {
        throw SharingError.badInput('agencyId', 'The agency is not invited to this item.');
      }
      await tx.query(
        `INSERT INTO meeting_item_attendance (item_id, region_id, agency_id, present,
                                              recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (item_id, agency_id) DO UPDATE
           SET present = EXCLUDED.present, recorded_by_user_id = EXCLUDED.recorded_by_user_id,
               recorded_at = now()`,
        [itemId, user.regionId, agencyId, input.present, user.id],
      );
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId: item.meetingId,
        itemId,
        kind: 'ATTENDANCE_RECORDED',
      });
    });
    return this.meetings.meeting(user, item.meetingId);
  }

  /** Minutes and decisions are PLAN content of the case: the chair needs PLAN write there. */
  async saveMinutes(
    user: AuthenticatedUser,
    input: SaveMeetingItemMinutesInput,
  ): Promise<MeetingModel> {
    const itemId = uuidArg(input.itemId, 'itemId');
    const revision = revisionArg(input.revision);
    const minutes = minutesArg(input.minutes, 'minutes', 20_000);
    const decisions = minutesArg(input.decisions, 'decisions', 10_000);
    const item = await findItem(this.db, user.regionId, itemId);
    const { ability } = await this.policies.forUser(user);
    const row = await this.cases.require(ability, 'read', item.caseId, user.regionId);
    if (!ability.can('create', caseCategoryItem(row, 'PLAN'))) {
      throw new SharingError('FORBIDDEN', 'Your agency may not write the plan of this case.');
    }
    CaseAccessService.assertOpen(row);
    await this.db.transaction(async (tx) => {
      await lockAsChair(tx, user, item.meetingId, ['IN_PROGRESS', 'CLOSED']);
      const [, changed] = await tx.query<[unknown, number]>(
        `UPDATE meeting_item
            SET minutes = CASE WHEN $3 THEN $4 ELSE minutes END,
                decisions = CASE WHEN $5 THEN $6 ELSE decisions END,
                status = 'DISCUSSED', minutes_updated_at = now(),
                minutes_updated_by_user_id = $7, revision = revision + 1
          WHERE id = $1 AND revision = $2`,
        [
          itemId,
          revision,
          minutes !== undefined,
          minutes ?? null,
          decisions !== undefined,
          decisions ?? null,
          user.id,
        ],
      );
      if (changed === 0) {
        throw new SharingError(
          'CONFLICT',
          'Someone else saved these minutes in the meantime; load the newest version and try again.',
        );
      }
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId: item.meetingId,
        itemId,
        kind: 'MINUTES_SAVED',
      });
    });
    return this.meetings.meeting(user, item.meetingId);
  }

  /** Closing puts a MEETING_DISCUSSED step on the timeline of every case that was discussed. */
  async close(user: AuthenticatedUser, meetingIdArg: string): Promise<MeetingModel> {
    const meetingId = uuidArg(meetingIdArg, 'meetingId');
    await this.db.transaction(async (tx) => {
      const meeting = await lockAsChair(tx, user, meetingId, ['PLANNED', 'IN_PROGRESS']);
      await tx.query(
        `UPDATE meeting SET status = 'CLOSED', closed_at = now(), current_item_id = NULL
          WHERE id = $1`,
        [meetingId],
      );
      const discussed = await tx.query<{ caseId: string; reference: string }[]>(
        `SELECT i.case_id AS "caseId", c.reference
           FROM meeting_item i JOIN case_file c ON c.id = i.case_id
          WHERE i.meeting_id = $1 AND i.status = 'DISCUSSED'`,
        [meetingId],
      );
      const { date } = slotLabels(meeting.startsAt, meeting.endsAt);
      for (const d of discussed) {
        await this.events.record(tx, {
          regionId: user.regionId,
          caseId: d.caseId,
          kind: 'MEETING_DISCUSSED',
          actor: { userId: user.id, agencyId: user.agencyId },
          data: { date, meetingId },
        });
      }
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId,
        itemId: null,
        kind: 'MEETING_CLOSED',
      });
    });
    return this.meetings.meeting(user, meetingId);
  }
}
