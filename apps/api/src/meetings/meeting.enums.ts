import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

export const MEETING_STATUSES = ['PLANNED', 'IN_PROGRESS', 'CLOSED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MeetingStatusEnum = asEnum(MEETING_STATUSES);
registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'PLANNED → IN_PROGRESS (meeting mode, started by the chair) → CLOSED.',
});

export const MEETING_ITEM_STATUSES = ['PLANNED', 'DISCUSSED'] as const;
export type MeetingItemStatus = (typeof MEETING_ITEM_STATUSES)[number];
export const MeetingItemStatusEnum = asEnum(MEETING_ITEM_STATUSES);
registerEnumType(MeetingItemStatusEnum, {
  name: 'MeetingItemStatus',
  description: 'DISCUSSED once the chair has opened the item or minutes were saved.',
});

/** What changed in a meeting; the live log `meeting_event` holds one of these per change. */
export const MEETING_EVENT_KINDS = [
  'MEETING_UPDATED',
  'ITEM_ADDED',
  'ITEM_UPDATED',
  'ITEM_REMOVED',
  'MEETING_STARTED',
  'CURRENT_ITEM_CHANGED',
  'ATTENDANCE_RECORDED',
  'MINUTES_SAVED',
  'MEETING_CLOSED',
] as const;
export type MeetingEventKind = (typeof MEETING_EVENT_KINDS)[number];
export const MeetingEventKindEnum = asEnum(MEETING_EVENT_KINDS);
registerEnumType(MeetingEventKindEnum, {
  name: 'MeetingEventKind',
  description: 'What changed in a meeting (see the meetingUpdates subscription).',
});

/**
 * Changes of an item's content. A subscriber who may not see the item gets no event for these;
 * for the other kinds it gets the event without the item's id (the agenda slots may have moved).
 */
export const ITEM_CONTENT_EVENTS: readonly MeetingEventKind[] = [
  'ITEM_UPDATED',
  'ATTENDANCE_RECORDED',
  'MINUTES_SAVED',
];
