import { registerEnumType } from '@nestjs/graphql';
import { SCORE_MOMENTS, type ScoreMoment } from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

export { SCORE_MOMENTS, type ScoreMoment };

export const ScoreMomentEnum = asEnum(SCORE_MOMENTS);
registerEnumType(ScoreMomentEnum, {
  name: 'ScoreMoment',
  description:
    'When the life domains of a case are scored: INTAKE, PLAN (at an adopted plan version), CLOSING.',
});
