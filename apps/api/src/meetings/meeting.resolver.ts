import { Audited } from '../audit/audited.decorator';
import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated, RequireRoles } from '../auth/decorators/policy.decorator';
import {
  AddMeetingItemInput,
  PlanMeetingInput,
  RecordAttendanceInput,
  SaveMeetingItemMinutesInput,
  SetCurrentMeetingItemInput,
  UpdateMeetingInput,
  UpdateMeetingItemInput,
} from './dto/meeting.inputs';
import { MeetingLiveService } from './meeting-live.service';
import { MeetingModeService } from './meeting-mode.service';
import { MeetingPlanningService } from './meeting-planning.service';
import { MeetingModel, MeetingUpdateModel } from './meeting.model';
import { MeetingService } from './meeting.service';

/**
 * Case meetings (casusoverleg). Reads are for everyone signed in and filtered by need-to-know
 * in the services; every change is the chair's (a procesregisseur).
 */
@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly meetings: MeetingService,
    private readonly planning: MeetingPlanningService,
    private readonly mode: MeetingModeService,
    private readonly live: MeetingLiveService,
  ) {}

  @Authenticated()
  @Audited('SEARCH')
  @Query(() => [MeetingModel], {
    description:
      '"Mijn overleggen": meetings overlapping [from, to) that the caller chairs or has an ' +
      'agenda item in (at most 50, window at most 400 days).',
  })
  myMeetings(
    @CurrentCaller() user: Caller,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ): Promise<MeetingModel[]> {
    return this.meetings.myMeetings(user, from, to);
  }

  @Authenticated()
  @Audited('READ')
  @Query(() => MeetingModel, { description: 'One meeting, its agenda as the caller may see it.' })
  meeting(
    @CurrentCaller() user: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MeetingModel> {
    return this.meetings.meeting(user, id);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('CREATE')
  @Mutation(() => MeetingModel, {
    description: 'Plans a meeting; the caller chairs it by default.',
  })
  planMeeting(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => PlanMeetingInput }) input: PlanMeetingInput,
  ): Promise<MeetingModel> {
    return this.planning.plan(user, input);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => MeetingModel, { description: 'Time, place, link or chair. Chair only.' })
  updateMeeting(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdateMeetingInput }) input: UpdateMeetingInput,
  ): Promise<MeetingModel> {
    return this.planning.update(user, input);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('CREATE')
  @Mutation(() => MeetingModel, {
    description:
      'Puts a case on the agenda; invites its active participants unless given; the invited ' +
      'agencies are notified (MEETING_INVITED). Chair only.',
  })
  addMeetingItem(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => AddMeetingItemInput }) input: AddMeetingItemInput,
  ): Promise<MeetingModel> {
    return this.planning.addItem(user, input);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => MeetingModel, { description: 'Slot and invitees of an item. Chair only.' })
  updateMeetingItem(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => UpdateMeetingItemInput }) input: UpdateMeetingItemInput,
  ): Promise<MeetingModel> {
    return this.planning.updateItem(user, input);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('DELETE')
  @Mutation(() => MeetingModel, { description: 'Takes an item off the agenda. Chair only.' })
  removeMeetingItem(
    @CurrentCaller() user: Caller,
    @Args('itemId', { type: () => ID }) itemId: string,
  ): Promise<MeetingModel> {
    return this.planning.removeItem(user, itemId);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => MeetingModel, { description: 'Starts meeting mode. Chair only.' })
  startMeeting(
    @CurrentCaller() user: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingModel> {
    return this.mode.start(user, meetingId);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => MeetingModel, {
    description: 'The item being discussed now (marks it DISCUSSED). Chair only.',
  })
  setCurrentMeetingItem(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => SetCurrentMeetingItemInput }) input: SetCurrentMeetingItemInput,
  ): Promise<MeetingModel> {
    return this.mode.setCurrent(user, input);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => MeetingModel, { description: 'Attendance of an invited agency. Chair only.' })
  recordAttendance(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => RecordAttendanceInput }) input: RecordAttendanceInput,
  ): Promise<MeetingModel> {
    return this.mode.recordAttendance(user, input);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => MeetingModel, {
    description:
      'Minutes and decisions of an item (PLAN content of its case), with the revision last ' +
      'read: a stale one gives CONFLICT and changes nothing. Chair only.',
  })
  saveMeetingItemMinutes(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => SaveMeetingItemMinutesInput }) input: SaveMeetingItemMinutesInput,
  ): Promise<MeetingModel> {
    return this.mode.saveMinutes(user, input);
  }

  @RequireRoles('PROCESREGISSEUR')
  @Audited('UPDATE')
  @Mutation(() => MeetingModel, {
    description:
      'Closes the meeting; each discussed case gets MEETING_DISCUSSED on its timeline. Chair only.',
  })
  closeMeeting(
    @CurrentCaller() user: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingModel> {
    return this.mode.close(user, meetingId);
  }

  @Authenticated()
  @Audited('READ')
  @Subscription(() => MeetingUpdateModel, {
    description:
      'Live changes of a meeting (graphql-ws on /graphql, session cookie). Each update carries ' +
      'the meeting as the subscriber may see it. Changes of items hidden from the subscriber ' +
      'are not sent; agenda changes are sent without the item id. After a reconnect, pass the ' +
      'last eventId seen (or Meeting.lastEventId) as afterEventId to catch up.',
    resolve: (payload: MeetingUpdateModel) => payload,
  })
  meetingUpdates(
    @CurrentCaller() user: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('afterEventId', { type: () => ID, nullable: true }) afterEventId?: string | null,
  ): Promise<AsyncIterableIterator<MeetingUpdateModel>> {
    return this.live.updates(user, meetingId, afterEventId);
  }
}
