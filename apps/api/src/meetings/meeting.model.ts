import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import { AccessEnum, type Access } from '../sharing/sharing.enums';
import {
  MeetingEventKindEnum,
  MeetingItemStatusEnum,
  MeetingStatusEnum,
  type MeetingEventKind,
  type MeetingItemStatus,
  type MeetingStatus,
} from './meeting.enums';

@ObjectType('MeetingChair', { description: 'The procesregisseur who chairs a meeting.' })
export class MeetingChairModel {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType('MeetingAttendance', { description: 'Whether an invited agency was present.' })
export class MeetingAttendanceModel {
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => Boolean) present!: boolean;
}

@ObjectType('MeetingItem', {
  description:
    'An agenda item the caller may see: their agency is invited and takes part in the case, ' +
    'or they chair the meeting. Link to the case and its plan through `caseId` ' +
    '(casePlan(caseId), addPlanAction, adoptPlanVersion …).',
})
export class MeetingItemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseReference!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Name of the person of the case; null when withheld (see personNameAccess).',
  })
  personName!: string | null;
  @Field(() => AccessEnum) personNameAccess!: Access;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => MeetingItemStatusEnum) status!: MeetingItemStatus;
  @Field(() => [AgencyModel], { description: 'The agencies invited to this item.' })
  invitees!: AgencyModel[];
  @Field(() => [MeetingAttendanceModel], { description: 'Attendance recorded by the chair.' })
  attendance!: MeetingAttendanceModel[];
  @Field(() => String, { nullable: true, description: 'Minutes (PLAN category of the case).' })
  minutes!: string | null;
  @Field(() => String, { nullable: true, description: 'Decisions (PLAN category of the case).' })
  decisions!: string | null;
  @Field(() => AccessEnum, {
    description: 'WITHHELD: the covenant does not give the caller the PLAN of this case.',
  })
  minutesAccess!: Access;
  @Field(() => Date, { nullable: true }) minutesUpdatedAt!: Date | null;
  @Field(() => Int, {
    description: 'Send back with saveMeetingItemMinutes (optimistic locking).',
  })
  revision!: number;
}

@ObjectType('MeetingAgendaEntry', {
  description:
    'One slot of the agenda. Items the caller may not see are `hidden` with only their time ' +
    'slot: no id, case, person or invitees.',
})
export class MeetingAgendaEntryModel {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => Boolean) hidden!: boolean;
  @Field(() => Boolean, { description: 'The chair is discussing this item now.' })
  current!: boolean;
  @Field(() => MeetingItemModel, { nullable: true, description: 'Null when hidden.' })
  item!: MeetingItemModel | null;
}

@ObjectType('Meeting', {
  description:
    'A case meeting (casusoverleg) as the caller may see it: the chair sees every item; ' +
    'others see the items of cases their agency takes part in and is invited to.',
})
export class MeetingModel {
  @Field(() => ID) id!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => String, { nullable: true, description: 'An https link for online joining.' })
  onlineUrl!: string | null;
  @Field(() => MeetingStatusEnum) status!: MeetingStatus;
  @Field(() => MeetingChairModel) chair!: MeetingChairModel;
  @Field(() => Boolean, { description: 'The caller chairs this meeting (may edit it).' })
  isChair!: boolean;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => [MeetingAgendaEntryModel], { description: 'All slots, in time order.' })
  agenda!: MeetingAgendaEntryModel[];
  @Field(() => ID, {
    nullable: true,
    description:
      'The newest change of this meeting when it was read; pass it as `afterEventId` to ' +
      'meetingUpdates to receive everything after this read, without gaps.',
  })
  lastEventId!: string | null;
}

@ObjectType('MeetingUpdate', {
  description:
    'A change in a meeting, with the meeting as the subscriber may see it after the change.',
})
export class MeetingUpdateModel {
  @Field(() => ID, { description: 'Increasing; reconnect with afterEventId = the last one seen.' })
  eventId!: string;
  @Field(() => MeetingEventKindEnum) kind!: MeetingEventKind;
  @Field(() => ID, { nullable: true, description: 'The item changed, when the caller may see it.' })
  itemId!: string | null;
  @Field(() => MeetingModel) meeting!: MeetingModel;
}
