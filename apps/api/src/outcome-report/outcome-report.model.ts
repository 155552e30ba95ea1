import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { CaseTheme, LifeDomain } from '@schakel/domain';
import { CloseOutcomeEnum } from '../case-closing/case-closing.enums';
import { CaseThemeEnum } from '../cases/case.enums';
import { LifeDomainEnum } from '../plans/plan.enums';
import type { CloseOutcome } from './outcome-report.cells';

const WITHHELD = 'null: withheld (it rests on 1–4 cases, or would give such a figure away).';

@ObjectType('OutcomeCount')
export class OutcomeCountModel {
  @Field(() => CloseOutcomeEnum) outcome!: CloseOutcome;
  @Field(() => Int, { nullable: true, description: `Cases closed with this outcome. ${WITHHELD}` })
  cases!: number | null;
}

@ObjectType('LifeDomainChange')
export class LifeDomainChangeModel {
  @Field(() => LifeDomainEnum) domain!: LifeDomain;
  @Field(() => Int, {
    nullable: true,
    description: `Cases scored on this domain at intake and at closing. ${WITHHELD}`,
  })
  cases!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean of (closing score − intake score), on the 1–5 scale. Null when withheld.',
  })
  averageChange!: number | null;
}

@ObjectType('OutcomeFigures', {
  description:
    'Anonymous figures of one cell (quarter × wijk × theme) or a total of shown cells. Every ' +
    'total sums only figures shown in its cells (ADR 0037).',
})
export class OutcomeFiguresModel {
  @Field(() => String, {
    description: 'First day of the quarter (YYYY-MM-DD); "" for the period total.',
  })
  quarter!: string;
  @Field(() => ID, { nullable: true, description: 'The wijk; null for a total or no wijk.' })
  areaId!: string | null;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => CaseThemeEnum, { nullable: true, description: 'null for a total.' })
  theme!: CaseTheme | null;
  @Field(() => Int, { nullable: true, description: `Cases referred in the quarter. ${WITHHELD}` })
  referred!: number | null;
  @Field(() => Int, { nullable: true, description: `Of those, triaged (decided). ${WITHHELD}` })
  triaged!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean days from referral to triage decision.',
  })
  averageDaysToTriage!: number | null;
  @Field(() => Int, { nullable: true, description: `Of those, with an adopted plan. ${WITHHELD}` })
  planned!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean days from referral to the first adopted plan.',
  })
  averageDaysToPlan!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Cases with actions due in the quarter. ${WITHHELD}`,
  })
  actionCases!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Actions of the current plans due in the quarter (cancelled ones left out).',
  })
  actionsDue!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of those, done on or before their due date.' })
  actionsOnTime!: number | null;
  @Field(() => Int, { nullable: true, description: `Cases closed in the quarter. ${WITHHELD}` })
  closed!: number | null;
  @Field(() => [OutcomeCountModel]) outcomes!: OutcomeCountModel[];
  @Field(() => [LifeDomainChangeModel], {
    description:
      'Change per life domain between intake and closing scores, by the quarter of the closing scores.',
  })
  lifeDomains!: LifeDomainChangeModel[];
  @Field(() => Int, {
    nullable: true,
    description: `Cases with violation signals reported in the quarter. ${WITHHELD}`,
  })
  signalCases!: number | null;
  @Field(() => Int, { nullable: true, description: 'Violation signals reported in the quarter.' })
  signals!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Cases coupled to a volunteer in the quarter. ${WITHHELD}`,
  })
  couplingCases!: number | null;
  @Field(() => Int, { nullable: true, description: 'Volunteer couplings started in the quarter.' })
  couplings!: number | null;
}

@ObjectType('OutcomeReportArea')
export class OutcomeReportAreaModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('OutcomeReport', {
  description: "The region's anonymous outcome report per quarter (issue 18 item 4, ADR 0037).",
})
export class OutcomeReportModel {
  @Field(() => String, { description: 'First quarter (its first day).' }) from!: string;
  @Field(() => String, { description: 'Last quarter (its first day).' }) to!: string;
  @Field(() => Int, { description: 'No figure rests on fewer cases than this.' })
  minCellSize!: number;
  @Field(() => [OutcomeFiguresModel], {
    description: 'Cells with any case, by quarter, wijk, theme.',
  })
  cells!: OutcomeFiguresModel[];
  @Field(() => [OutcomeFiguresModel], {
    description: 'Per quarter of the period: the sum of its shown cells.',
  })
  quarters!: OutcomeFiguresModel[];
  @Field(() => OutcomeFiguresModel, { description: 'The period: the sum of its shown cells.' })
  total!: OutcomeFiguresModel;
  @Field(() => Int, { description: 'Cells whose referral count is withheld.' })
  withheldCells!: number;
  @Field(() => [OutcomeReportAreaModel], { description: "The region's wijken, for the filter." })
  areas!: OutcomeReportAreaModel[];
}

@InputType('OutcomeReportFilter')
export class OutcomeReportFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'A day in the first quarter (YYYY-MM-DD); default: three quarters back.',
  })
  from?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A day in the last quarter; default: this quarter.',
  })
  to?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only these wijken; all when left out.' })
  areaIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'With areaIds: also cases without a wijk.' })
  withoutArea?: boolean | null;
  @Field(() => [CaseThemeEnum], {
    nullable: true,
    description: 'Only these themes; all when left out.',
  })
  themes?: CaseTheme[] | null;
}
