import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import {
  AccessEnum,
  InformationCategoryEnum,
  type Access,
  type InformationCategory,
} from '../sharing/sharing.enums';
import { ParticipantRoleEnum, type ParticipantRole } from './participant.enums';

@ObjectType('CaseParticipant', {
  description: 'An agency taking part in a case (deelnemer), with why and on what legal basis.',
})
export class CaseParticipantModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => ParticipantRoleEnum) role!: ParticipantRole;
  @Field(() => String, {
    nullable: true,
    description: 'Why the agency takes part; null when withheld (see `reasonAccess`).',
  })
  reason!: string | null;
  @Field(() => AccessEnum, {
    description:
      'FULL when the viewer may read every category of the reason, else WITHHELD ("afgeschermd").',
  })
  reasonAccess!: Access;
  @Field(() => [InformationCategoryEnum], {
    description: 'The categories its writer gave the reason; empty when the reason is withheld.',
  })
  reasonCategories!: InformationCategory[];
  @Field(() => String) legalBasis!: string;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'In the future: participation until then.' })
  endedAt!: Date | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => Boolean, { description: 'Whether the agency takes part now (need-to-know).' })
  active!: boolean;
}

/** A participation as loaded, before its reason is masked for the viewer. */
export type ParticipantRow = Omit<CaseParticipantModel, 'reason' | 'reasonAccess'> & {
  reason: string;
};
