import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({
  description: 'Times are ISO date-times; a meeting needs a location or an online link.',
})
export class PlanMeetingInput {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String, { nullable: true, description: '2–200 characters.' })
  location?: string | null;
  @Field(() => String, { nullable: true, description: 'An https:// link.' })
  onlineUrl?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'A procesregisseur of the region; default: the caller.',
  })
  chairUserId?: string | null;
}

@InputType({ description: 'Only the fields given change; an empty string clears location/link.' })
export class UpdateMeetingInput {
  @Field(() => ID) meetingId!: string;
  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'Hand the meeting over to another chair.' })
  chairUserId?: string | null;
}

@InputType()
export class AddMeetingItemInput {
  @Field(() => ID) meetingId!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => Date, { description: 'Within the meeting; items may not overlap.' })
  startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => [ID], {
    nullable: true,
    description: "Active participants of the case; default: all of the case's participants.",
  })
  invitedAgencyIds?: string[] | null;
}

@InputType()
export class UpdateMeetingItemInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The full new list; newly invited agencies are notified.',
  })
  invitedAgencyIds?: string[] | null;
}

@InputType()
export class SetCurrentMeetingItemInput {
  @Field(() => ID) meetingId!: string;
  @Field(() => ID, { nullable: true, description: 'Null: no item is being discussed.' })
  itemId?: string | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) itemId!: string;
  @Field(() => ID, { description: 'An agency invited to the item.' }) agencyId!: string;
  @Field(() => Boolean) present!: boolean;
}

@InputType()
export class SaveMeetingItemMinutesInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: 'The revision last read; a stale one gives CONFLICT.' })
  revision!: number;
  @Field(() => String, { nullable: true, description: 'At most 20,000 characters.' })
  minutes?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 10,000 characters.' })
  decisions?: string | null;
}
