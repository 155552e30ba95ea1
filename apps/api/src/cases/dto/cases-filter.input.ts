import { Field, InputType } from '@nestjs/graphql';
import type { CaseStatus } from '@schakel/domain';
import { CaseStatusEnum, CaseThemeEnum, type CaseTheme } from '../case.enums';

@InputType()
export class CasesFilterInput {
  @Field(() => [CaseStatusEnum], { nullable: true }) statuses?: CaseStatus[] | null;
  @Field(() => [CaseThemeEnum], { nullable: true }) themes?: CaseTheme[] | null;
}
