import { registerEnumType } from '@nestjs/graphql';
import { CLOSE_OUTCOMES, type CloseOutcome } from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

// Shared with the close-case input schema (libs/domain).
export { CLOSE_OUTCOMES, type CloseOutcome };

export const CloseOutcomeEnum = asEnum(CLOSE_OUTCOMES);
registerEnumType(CloseOutcomeEnum, {
  name: 'CloseOutcome',
  description: 'The outcome recorded when a case is closed.',
});
