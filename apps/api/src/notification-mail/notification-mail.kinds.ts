import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

/** The notification kinds a user may have e-mailed (issue 15 item 6). */
export const MAIL_NOTIFICATION_KINDS = [
  'CASE_INVITED',
  'ACTION_ASSIGNED',
  'ACTION_OVERDUE',
  'MEETING_INVITED',
  'REFERRAL_DECIDED',
  'VIOLATION_REPORTED',
] as const;
export type MailNotificationKind = (typeof MAIL_NOTIFICATION_KINDS)[number];

export const MAIL_MODES = ['NONE', 'IMMEDIATELY', 'DAILY'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

export const MailNotificationKindEnum = asEnum(MAIL_NOTIFICATION_KINDS);
export const MailModeEnum = asEnum(MAIL_MODES);

registerEnumType(MailNotificationKindEnum, {
  name: 'MailNotificationKind',
  description: 'A kind of notification that can be e-mailed.',
});
registerEnumType(MailModeEnum, {
  name: 'MailMode',
  description: 'NONE: no e-mail; IMMEDIATELY: one e-mail each; DAILY: one summary a day.',
});

@ObjectType('MailPreference')
export class MailPreferenceModel {
  @Field(() => MailNotificationKindEnum)
  kind!: MailNotificationKind;

  @Field(() => MailModeEnum)
  mode!: MailMode;
}

@InputType()
export class SetMailPreferenceInput {
  @Field(() => MailNotificationKindEnum)
  kind!: MailNotificationKind;

  @Field(() => MailModeEnum)
  mode!: MailMode;
}
