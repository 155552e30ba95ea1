import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('UserSession', {
  description: "One of the caller's own sessions that may still be in use (issue 15 item 7).",
})
export class UserSessionModel {
  @Field(() => ID) id!: string;

  @Field(() => Boolean, { description: 'The session of this request.' })
  current!: boolean;

  @Field(() => String, { description: 'How it was started: password, password+totp, oidc …' })
  method!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The browser (user agent) that started it.',
  })
  userAgent!: string | null;

  @Field(() => String, { nullable: true, description: 'The address it was started from.' })
  originAddress!: string | null;

  @Field(() => Date) startedAt!: Date;

  @Field(() => Date, { description: 'Last activity, to the minute.' })
  lastSeenAt!: Date;
}
