import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';

@ObjectType('CasusregisseurCandidate', {
  description: 'A professional of a partner taking part in the case, who may lead it.',
})
export class CasusregisseurCandidateModel {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => AgencyModel) agency!: AgencyModel;
}
