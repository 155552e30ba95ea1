import { registerEnumType } from '@nestjs/graphql';
import { NOT_INFORMED_REASONS } from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

export const NotInformedReasonEnum = asEnum(NOT_INFORMED_REASONS);
registerEnumType(NotInformedReasonEnum, {
  name: 'NotInformedReason',
  description:
    'Why the person was not informed: danger to the person or others, not reachable, a ' +
    'running investigation, other (explained).',
});
