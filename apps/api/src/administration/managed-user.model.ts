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
  @Field(() => Date, {
    description: "The next access review is due on this date (the region's access_review_months).",
  })
  accessReviewDueAt!: Date;
  @Field(() => Boolean, {
    description: 'Whether the account (active, not moved out) waits for its access review now.',
  })
  accessReviewDue!: boolean;
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
  @Field(() => Boolean, {
    description:
      "The address's domain signs in at the agency's own provider (SSO): no activation link and " +
      'no password; the mail says to sign in via the own organisation.',
  })
  signsInWithSso!: boolean;
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

@ObjectType('AccessReviewSummary', {
  description: "The periodic access review of the caller's agency: counts only, no names.",
})
export class AccessReviewSummaryModel {
  @Field(() => Int, { description: 'Accounts in use whose access review is due now.' })
  dueCount!: number;
  @Field(() => Int, { description: "How often access is confirmed (the region's setting)." })
  reviewMonths!: number;
}
