import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import { AreaModel } from './area.model';

@ObjectType('AreaRef', { description: 'A wijk by id and name.' })
export class AreaRefModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('AreaTeamMember', { description: 'A user of the team’s agency in the team.' })
export class AreaTeamMemberModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('AreaTeam', {
  description: "An agency's team serving wijken of its region (ADR 0036); no case data.",
})
export class AreaTeamModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Int, { description: 'Raised on every change; name it when changing.' })
  version!: number;
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => [AreaRefModel]) areas!: AreaRefModel[];
  @Field(() => [AreaTeamMemberModel], {
    description: 'Listed for the functional administrator and the team itself; empty elsewhere.',
  })
  members!: AreaTeamMemberModel[];
}

@ObjectType('AreaPartners', {
  description: 'The wijk of a postcode or a case, and the active teams that serve it.',
})
export class AreaPartnersModel {
  @Field(() => AreaModel, { nullable: true, description: 'Null: not in the wijkindeling.' })
  area!: AreaModel | null;
  @Field(() => [AreaTeamModel]) teams!: AreaTeamModel[];
}

@ObjectType('AreaWorkloadRow', {
  description: 'One wijk of a team: counts of open cases, never persons (ADR 0036).',
})
export class AreaWorkloadRowModel {
  @Field(() => ID) areaId!: string;
  @Field(() => String) areaName!: string;
  @Field(() => Int, {
    description: "Open cases in the wijk in which the team's agency takes part.",
  })
  participating!: number;
  @Field(() => Int, { description: 'Of those: referred or in triage.' }) inTriage!: number;
  @Field(() => Int, { description: 'Of those: accepted or active.' }) active!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Other open cases in the wijk (agency not taking part); null when 1–4 (suppressed).',
  })
  notParticipating!: number | null;
}

@ObjectType('AreaWorkload', { description: "A team's workload, per wijk it serves." })
export class AreaWorkloadModel {
  @Field(() => AreaTeamModel) team!: AreaTeamModel;
  @Field(() => [AreaWorkloadRowModel]) rows!: AreaWorkloadRowModel[];
  @Field(() => Int, { description: 'Counts from 1 up to this number are not shown.' })
  minimumCell!: number;
}
