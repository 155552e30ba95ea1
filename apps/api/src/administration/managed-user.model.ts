import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@schakel/domain';
import { RoleEnum } from '../auth/me.model';

@ObjectType('ManagedUser', {
  description: 'An account as its administrator manages it: who, roles and state; no case content.',
})
export class ManagedUserModel {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field(() => Boolean, { description: 'False: disabled; the next request of the account fails.' })
  active!: boolean;
  @Field(() => Boolean, { description: 'Whether the person has set a password through the link.' })
  activated!: boolean;
  @Field(() => Date, { nullable: true, description: 'Until when the open activation link works.' })
  activationExpiresAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the person was moved out of the agency.',
  })
  leftAt!: Date | null;
  @Field(() => Date, { description: "When the account's access was last confirmed." })
  accessReviewedAt!: Date;
  @Field(() => Date, { description: 'The next access review is due on this date (six months).' })
  accessReviewDueAt!: Date;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('Invitation', {
  description:
    'An invited account. The activation link goes to the person by e-mail; it is shown here only ' +
    'outside production when no SMTP server is configured, never in production.',
})
export class InvitationModel {
  @Field(() => ManagedUserModel) user!: ManagedUserModel;
  @Field(() => Boolean, {
    description:
      'The link is on its way by e-mail (queued; false: waits until SMTP is configured).',
  })
  mailed!: boolean;
  @Field(() => String, { nullable: true }) activationLink!: string | null;
}

@ObjectType('HandOver', {
  description: 'What a person who moved out owned, now owned by a colleague.',
})
export class HandOverModel {
  @Field(() => ManagedUserModel) user!: ManagedUserModel;
  @Field(() => Int) cases!: number;
  @Field(() => Int) actions!: number;
  @Field(() => Int) meetings!: number;
  @Field(() => Int, {
    description:
      'Actions of adopted plan versions still naming the person: an adopted version is a record ' +
      "and is not changed; the actions stay the agency's, the plan's next version names the new owner.",
  })
  adoptedActions!: number;
}
