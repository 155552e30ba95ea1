import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType('AreaPostcodeRange', { description: 'PC4 to PC4, or one PC6 postcode (from = to).' })
export class AreaPostcodeRangeModel {
  @Field(() => String, { description: '"1230" or "1234AB".' }) from!: string;
  @Field(() => String, { description: '"1233" or the same PC6.' }) to!: string;
}

@ObjectType('Area', { description: "A wijk of the caller's region with its postcodes (ADR 0026)." })
export class AreaModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'Deactivated wijken derive no postcode any more.' })
  active!: boolean;
  @Field(() => Int, { description: 'Raised on every change; name it when changing.' })
  version!: number;
  @Field(() => [AreaPostcodeRangeModel]) ranges!: AreaPostcodeRangeModel[];
}

export enum AreaImportStatus {
  NEW = 'NEW',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(AreaImportStatus, { name: 'AreaImportStatus' });

@ObjectType('AreaImportProblem', { description: 'Why one line of a wijken file is refused.' })
export class AreaImportProblemModel {
  @Field(() => String, { description: 'The column: wijk, postcode_van, postcode_tot, or "".' })
  column!: string;
  @Field(() => String, {
    description: 'REQUIRED, TOO_LONG, POSTCODE, RANGE, OVERLAP, NUL, TOO_MANY or HEADER.',
  })
  code!: string;
  @Field(() => String, { nullable: true, description: 'OVERLAP: the wijk holding the postcodes.' })
  otherArea!: string | null;
}

@ObjectType('AreaImportLine')
export class AreaImportLineModel {
  @Field(() => Int, { description: 'The line number in the file (the header is line 1).' })
  line!: number;
  @Field(() => String) wijk!: string;
  @Field(() => String, { description: 'The range as read, e.g. "1230–1233".' }) range!: string;
  @Field(() => AreaImportStatus) status!: AreaImportStatus;
  @Field(() => [AreaImportProblemModel]) problems!: AreaImportProblemModel[];
}

@ObjectType('AreaImport', {
  description: 'What a wijken file does: per line, and in total. Nothing is written by a preview.',
})
export class AreaImportModel {
  @Field(() => [AreaImportLineModel]) lines!: AreaImportLineModel[];
  @Field(() => [AreaImportProblemModel], { description: 'Problems of the file itself (header).' })
  fileProblems!: AreaImportProblemModel[];
  @Field(() => Int) newAreas!: number;
  @Field(() => Int) changedAreas!: number;
  @Field(() => Int) unchangedAreas!: number;
  @Field(() => Int) errorLines!: number;
  @Field(() => Int, { description: 'Persons whose wijk changed by the import (commit only).' })
  personsReassigned!: number;
}
