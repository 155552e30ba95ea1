import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import { ParticipantRoleEnum, type ParticipantRole } from './participant.enums';

@ObjectType('CaseParticipant', {
  description: 'An agency taking part in a case (deelnemer), with why and on what legal basis.',
})
export class CaseParticipantModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => ParticipantRoleEnum) role!: ParticipantRole;
  @Field(() => String) reason!: string;
  @Field(() => String) legalBasis!: string;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'In the future: participation until then.' })
  endedAt!: Date | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => Boolean, { description: 'Whether the agency takes part now (need-to-know).' })
  active!: boolean;
}
