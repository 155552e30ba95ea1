import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { CaseEventService } from '../case-events/case-event.service';
import { runStatement as run } from '../database/run-statement';
import { CaseAccessService } from '../sharing/case-access.service';
import { caseCategoryItem } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { MeetingError } from './meeting.error';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import type {
  RecordAttendanceInput,
  SaveMeetingItemMinutesInput,
  SetCurrentMeetingItemInput,
} from './dto/meeting.inputs';
import { findItem, lockAsChair } from './meeting-chair';
import { appendMeetingEvent } from './meeting-events';
import {
  closeMeetingQuery,
  discussedCasesQuery,
  itemInviteeQuery,
  openItemQuery,
  recordAttendanceQuery,
  saveMinutesQuery,
  setCurrentItemQuery,
  startMeetingQuery,
} from './meeting-mode.queries';
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

  async start(user: Caller, meetingIdArg: string): Promise<MeetingModel> {
    const meetingId = uuidArg(meetingIdArg, 'meetingId');
    await user.transaction(this.db, async (tx) => {
      await lockAsChair(tx, user, meetingId, ['PLANNED']);
      await run(tx, startMeetingQuery(meetingId));
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId,
        itemId: null,
        kind: 'MEETING_STARTED',
      });
    });
    return this.meetings.meeting(user, meetingId);
  }

  async setCurrent(user: Caller, input: SetCurrentMeetingItemInput): Promise<MeetingModel> {
    const meetingId = uuidArg(input.meetingId, 'meetingId');
    const itemId = input.itemId ? uuidArg(input.itemId, 'itemId') : null;
    await user.transaction(this.db, async (tx) => {
      await lockAsChair(tx, user, meetingId, ['IN_PROGRESS']);
      if (itemId) {
        const [, opened] = (await run(tx, openItemQuery(itemId, meetingId))) as [unknown, number];
        if (opened === 0) throw InputError.badInput('itemId', 'The item is not on this agenda.');
      }
      await run(tx, setCurrentItemQuery(meetingId, itemId));
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId,
        itemId,
        kind: 'CURRENT_ITEM_CHANGED',
      });
    });
    return this.meetings.meeting(user, meetingId);
  }

  async recordAttendance(user: Caller, input: RecordAttendanceInput): Promise<MeetingModel> {
    const itemId = uuidArg(input.itemId, 'itemId');
    const agencyId = uuidArg(input.agencyId, 'agencyId');
    const item = await findItem(this.db, user.regionId, itemId);
    await user.transaction(this.db, async (tx) => {
      await lockAsChair(tx, user, item.meetingId, ['IN_PROGRESS', 'CLOSED']);
      const invited = (await run(tx, itemInviteeQuery(itemId, agencyId))) as unknown[];
      if (invited.length === 0) {
        throw InputError.badInput('agencyId', 'The agency is not invited to this item.');
      }
      await run(
        tx,
        recordAttendanceQuery({
          itemId,
          regionId: user.regionId,
          agencyId,
          present: input.present,
          userId: user.id,
        }),
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
  async saveMinutes(user: Caller, input: SaveMeetingItemMinutesInput): Promise<MeetingModel> {
    const itemId = uuidArg(input.itemId, 'itemId');
    const revision = revisionArg(input.revision);
    const minutes = minutesArg(input.minutes, 'minutes', 20_000);
    const decisions = minutesArg(input.decisions, 'decisions', 10_000);
    const item = await findItem(this.db, user.regionId, itemId);
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'read', item.caseId, user);
    if (!ability.can('create', caseCategoryItem(row, 'PLAN'))) {
      throw new MeetingError('FORBIDDEN', 'Your agency may not write the plan of this case.');
    }
    CaseAccessService.assertOpen(row);
    await user.transaction(this.db, async (tx) => {
      await lockAsChair(tx, user, item.meetingId, ['IN_PROGRESS', 'CLOSED']);
      const [, changed] = (await run(
        tx,
        saveMinutesQuery({ itemId, revision, minutes, decisions, userId: user.id }),
      )) as [unknown, number];
      if (changed === 0) {
        throw new MeetingError(
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
  async close(user: Caller, meetingIdArg: string): Promise<MeetingModel> {
    const meetingId = uuidArg(meetingIdArg, 'meetingId');
    await user.transaction(this.db, async (tx) => {
      const meeting = await lockAsChair(tx, user, meetingId, ['PLANNED', 'IN_PROGRESS']);
      await run(tx, closeMeetingQuery(meetingId));
      const discussed = (await run(tx, discussedCasesQuery(meetingId))) as {
        caseId: string;
        reference: string;
      }[];
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
