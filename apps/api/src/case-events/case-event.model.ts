import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../auth/me.model';
import { NotificationParamModel } from '../notifications/notification.model';
import { CaseEventKindEnum, type CaseEventKind } from './case-event.kinds';

@ObjectType('CaseEvent', { description: 'One step on the timeline of a case.' })
export class CaseEventModel {
  @Field(() => ID) id!: string;
  @Field(() => CaseEventKindEnum) kind!: CaseEventKind;
  @Field(() => Date) at!: Date;
  @Field(() => AgencyModel, { nullable: true, description: 'The agency whose user did it.' })
  actorAgency!: AgencyModel | null;
  @Field(() => [NotificationParamModel], { description: 'Labels: agency, version, decision…' })
  params!: NotificationParamModel[];
}
