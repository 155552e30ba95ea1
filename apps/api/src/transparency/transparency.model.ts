import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { NotInformedReason } from '@schakel/domain';
import { AgencyModel } from '../auth/me.model';
import { AccessEnum, type Access } from '../sharing/sharing.enums';
import { NotInformedReasonEnum } from './transparency.enums';

@ObjectType('PersonInformedRecord', {
  description: 'Whether the person was told who works together on their situation, or why not.',
})
export class PersonInformedRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) informed!: boolean;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) informedOn!: string | null;
  @Field(() => AgencyModel, { nullable: true }) informedBy!: AgencyModel | null;
  @Field(() => NotInformedReasonEnum, { nullable: true })
  notInformedReason!: NotInformedReason | null;
  @Field(() => String, { nullable: true }) explanation!: string | null;
  @Field(() => AgencyModel) recordedBy!: AgencyModel;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => Int, { description: 'Send back with a change; a stale one gives EDIT_CONFLICT.' })
  revision!: number;
}

@ObjectType('ReferralInformedAnswer', {
  description: "The referral's answer to whether the person was informed: the form's pre-fill.",
})
export class ReferralInformedAnswerModel {
  @Field(() => Boolean) informed!: boolean;
  @Field(() => String, { description: 'YYYY-MM-DD: the day of the referral.' }) referredOn!: string;
  @Field(() => AgencyModel) referrer!: AgencyModel;
}

@ObjectType('CasePersonInformed', {
  description:
    'Telling the person (ADR 0035): the informed record of a case (PLAN), the referral’s answer ' +
    'as pre-fill, and whether the caller (a case lead) may record it and generate the letter.',
})
export class CasePersonInformedModel {
  @Field(() => ID) caseId!: string;
  @Field(() => AccessEnum, { description: 'WITHHELD without PLAN read in the case.' })
  access!: Access;
  @Field(() => PersonInformedRecordModel, { nullable: true })
  record!: PersonInformedRecordModel | null;
  @Field(() => ReferralInformedAnswerModel, { nullable: true })
  referralAnswer!: ReferralInformedAnswerModel | null;
  @Field(() => [AgencyModel], { description: 'Agencies that take or took part: who may inform.' })
  agencies!: AgencyModel[];
  @Field(() => Boolean, {
    description: "The caller leads the case (casusregisseur's agency or procesregisseur).",
  })
  mayRecord!: boolean;
  @Field(() => Boolean, { description: 'The caller may download the transparency letter.' })
  mayGenerateLetter!: boolean;
}
