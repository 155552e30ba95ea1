import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { runStatement as run } from '../database/run-statement';
import { NotificationService } from '../notifications/notification.service';
import { CaseAccessService } from '../sharing/case-access.service';
import { PolicyService } from '../sharing/policy.service';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import type {
  AddMeetingItemInput,
  PlanMeetingInput,
  UpdateMeetingInput,
  UpdateMeetingItemInput,
} from './dto/meeting.inputs';
import {
  assertChairCandidate,
  assertSlotFree,
  findItem,
  lockAsChair,
  type LockedMeeting,
} from './meeting-chair';
import { appendMeetingEvent } from './meeting-events';
import {
  caseOnAgendaQuery,
  caseReferenceQuery,
  deleteMeetingItemQuery,
  insertMeetingItemQuery,
  insertMeetingQuery,
  inviteAgenciesQuery,
  itemOutsideSlotQuery,
  moveMeetingItemQuery,
  uninviteOthersQuery,
  updateMeetingQuery,
} from './meeting-planning.queries';
import {
  agencyIdsArg,
  dateArg,
  locationArg,
  onlineUrlArg,
  slotArgs,
  slotLabels,
} from './meeting-validation';
import type { MeetingModel } from './meeting.model';
import { MeetingService } from './meeting.service';

const EDITABLE = ['PLANNED', 'IN_PROGRESS'] as const;

/** The meeting planner: the agenda, its slots and who is invited to which item. */
@Injectable()
export class MeetingPlanningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly notifications: NotificationService,
    private readonly meetings: MeetingService,
  ) {}

  async plan(user: Caller, input: PlanMeetingInput): Promise<MeetingModel> {
    const slot = slotArgs(input.startsAt, input.endsAt);
    const location = locationArg(input.location);
    const onlineUrl = onlineUrlArg(input.onlineUrl);
    if (!location && !onlineUrl) {
      throw InputError.badInput('location', 'Give a location or an online link.');
    }
    const chairUserId = input.chairUserId ? uuidArg(input.chairUserId, 'chairUserId') : user.id;
    const id = await user.transaction(this.db, async (tx) => {
      await assertChairCandidate(tx, user.regionId, chairUserId);
      const [row] = (await run(
        tx,
        insertMeetingQuery({
          regionId: user.regionId,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          location,
          onlineUrl,
          chairUserId,
        }),
      )) as { id: string }[];
      return row!.id;
    });
    return this.meetings.meeting(user, id);
  }

  async update(user: Caller, input: UpdateMeetingInput): Promise<MeetingModel> {
    const meetingId = uuidArg(input.meetingId, 'meetingId');
    const startsAt = input.startsAt == null ? null : dateArg(input.startsAt, 'startsAt');
    const endsAt = input.endsAt == null ? null : dateArg(input.endsAt, 'endsAt');
    const location = input.location === undefined ? undefined : locationArg(input.location);
    const onlineUrl = input.onlineUrl === undefined ? undefined : onlineUrlArg(input.onlineUrl);
    const chairUserId = input.chairUserId ? uuidArg(input.chairUserId, 'chairUserId') : null;
    await user.transaction(this.db, async (tx) => {
      const meeting = await lockAsChair(tx, user, meetingId, EDITABLE);
      const slot = slotArgs(startsAt ?? meeting.startsAt, endsAt ?? meeting.endsAt);
      const outside = (await run(tx, itemOutsideSlotQuery(meetingId, slot))) as unknown[];
      if (outside.length > 0) {
        throw InputError.badInput('startsAt', 'Agenda items would fall outside the meeting.');
      }
      if (chairUserId) await assertChairCandidate(tx, user.regionId, chairUserId);
      const [[updated]] = (await run(
        tx,
        updateMeetingQuery({
          meetingId,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          location,
          onlineUrl,
          chairUserId,
        }),
      )) as [{ reachable: boolean }[], number];
      if (!updated?.reachable) {
        throw InputError.badInput('location', 'Give a location or an online link.');
      }
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId,
        itemId: null,
        kind: 'MEETING_UPDATED',
      });
    });
    // A handed-over meeting is no longer the caller's to see in full.
    return this.meetings.meeting(user, meetingId);
  }

  async addItem(user: Caller, input: AddMeetingItemInput): Promise<MeetingModel> {
    const meetingId = uuidArg(input.meetingId, 'meetingId');
    const caseId = uuidArg(input.caseId, 'caseId');
    const slot = slotArgs(input.startsAt, input.endsAt);
    const requested =
      input.invitedAgencyIds == null
        ? null
        : agencyIdsArg(input.invitedAgencyIds, 'invitedAgencyIds');
    const { ability } = await user.policy();
    // Putting a case on the agenda is process work: `update` on the case (procesregie).
    const row = await this.cases.require(ability, 'update', caseId, user);
    CaseAccessService.assertOpen(row);
    const invitees = this.invitees(requested, row.activeParticipantAgencyIds);
    await user.transaction(this.db, async (tx) => {
      const meeting = await lockAsChair(tx, user, meetingId, EDITABLE);
      await assertSlotFree(tx, meeting, slot, null);
      const onAgenda = (await run(tx, caseOnAgendaQuery(meetingId, caseId))) as unknown[];
      if (onAgenda.length > 0) {
        throw InputError.badInput('caseId', 'The case is already on the agenda.');
      }
      const [item] = (await run(
        tx,
        insertMeetingItemQuery({
          regionId: user.regionId,
          meetingId,
          caseId,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
        }),
      )) as { id: string }[];
      await this.invite(tx, user, meeting, item!.id, caseId, slot, invitees);
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId,
        itemId: item!.id,
        kind: 'ITEM_ADDED',
      });
    });
    return this.meetings.meeting(user, meetingId);
  }

  async updateItem(user: Caller, input: UpdateMeetingItemInput): Promise<MeetingModel> {
    const itemId = uuidArg(input.itemId, 'itemId');
    const requested =
      input.invitedAgencyIds == null
        ? null
        : agencyIdsArg(input.invitedAgencyIds, 'invitedAgencyIds');
    const item = await findItem(this.db, user.regionId, itemId);
    const slot = slotArgs(input.startsAt ?? item.startsAt, input.endsAt ?? item.endsAt);
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'update', item.caseId, user);
    const invitees =
      requested === null ? null : this.invitees(requested, row.activeParticipantAgencyIds);
    await user.transaction(this.db, async (tx) => {
      const meeting = await lockAsChair(tx, user, item.meetingId, EDITABLE);
      await assertSlotFree(tx, meeting, slot, itemId);
      await run(tx, moveMeetingItemQuery(itemId, slot));
      if (invitees) {
        await run(tx, uninviteOthersQuery(itemId, invitees));
        await this.invite(tx, user, meeting, itemId, item.caseId, slot, invitees);
      }
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId: item.meetingId,
        itemId,
        kind: 'ITEM_UPDATED',
      });
    });
    return this.meetings.meeting(user, item.meetingId);
  }

  async removeItem(user: Caller, itemIdArg: string): Promise<MeetingModel> {
    const itemId = uuidArg(itemIdArg, 'itemId');
    const item = await findItem(this.db, user.regionId, itemId);
    await user.transaction(this.db, async (tx) => {
      await lockAsChair(tx, user, item.meetingId, EDITABLE);
      await run(tx, deleteMeetingItemQuery(itemId));
      await appendMeetingEvent(tx, {
        regionId: user.regionId,
        meetingId: item.meetingId,
        itemId,
        kind: 'ITEM_REMOVED',
      });
    });
    return this.meetings.meeting(user, item.meetingId);
  }

  /** Invitees must take part in the case now; the default is every active participant. */
  private invitees(requested: string[] | null, participants: readonly string[]): string[] {
    if (requested === null) return [...participants];
    if (requested.length === 0) {
      throw InputError.badInput('invitedAgencyIds', 'Invite at least one agency.');
    }
    if (requested.some((id) => !participants.includes(id))) {
      throw InputError.badInput(
        'invitedAgencyIds',
        'Only agencies that take part in the case can be invited.',
      );
    }
    return requested;
  }

  /** Adds the agencies not yet invited and notifies them (date and slot only, no names). */
  private async invite(
    tx: EntityManager,
    user: AuthenticatedUser,
    meeting: LockedMeeting,
    itemId: string,
    caseId: string,
    slot: { startsAt: Date; endsAt: Date },
    agencyIds: readonly string[],
  ): Promise<void> {
    const added = (await run(tx, inviteAgenciesQuery(itemId, user.regionId, agencyIds))) as {
      agencyId: string;
    }[];
    const [ref] = (await run(tx, caseReferenceQuery(caseId))) as { reference: string }[];
    await this.notifications.notifyAgencies(tx, {
      regionId: user.regionId,
      agencyIds: added.map((a) => a.agencyId),
      kind: 'MEETING_INVITED',
      caseId,
      data: {
        meetingId: meeting.id,
        caseReference: ref!.reference,
        ...slotLabels(slot.startsAt, slot.endsAt),
      },
      exceptUserId: user.id,
    });
  }
}
