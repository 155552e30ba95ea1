import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccessEnum, type Access } from '../sharing/sharing.enums';
import { NotificationKindEnum, type NotificationKind } from './notification.kinds';

@ObjectType('NotificationParam', { description: 'A label the message of a notification shows.' })
export class NotificationParamModel {
  @Field(() => String) key!: string;
  @Field(() => String) value!: string;
}

@ObjectType('Notification', {
  description: 'An in-app notification for the signed-in user. Carries labels, never case content.',
})
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => ID, { nullable: true, description: 'The case it is about, to link to.' })
  caseId!: string | null;
  @Field(() => [NotificationParamModel]) params!: NotificationParamModel[];
  @Field(() => String, {
    nullable: true,
    description:
      "The name of the case's person, where the caller may read it now; null when withheld " +
      'or when the notification is about no case (see personNameAccess).',
  })
  personName!: string | null;
  @Field(() => AccessEnum, {
    nullable: true,
    description: 'Whether the name is shown (FULL) or withheld; null without a case.',
  })
  personNameAccess!: Access | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType('NotificationList')
export class NotificationListModel {
  @Field(() => [NotificationModel]) items!: NotificationModel[];
  @Field(() => Int, { description: 'Unread notifications in all, for the count in the header.' })
  unreadCount!: number;
}
