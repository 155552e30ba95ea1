import { registerEnumType } from '@nestjs/graphql';
import { AGE_BANDS, COUPLING_END_REASONS, COUPLING_STATUSES, HELP_KINDS } from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

export const HelpKindEnum = asEnum(HELP_KINDS);
registerEnumType(HelpKindEnum, {
  name: 'HelpKind',
  description: 'The help a match request asks of a volunteer (administratie, sociaal netwerk …).',
});

export const CouplingStatusEnum = asEnum(COUPLING_STATUSES);
registerEnumType(CouplingStatusEnum, {
  name: 'CouplingStatus',
  description: 'REQUESTED → ACCEPTED or DECLINED → COUPLED → ENDED.',
});

export const CouplingEndReasonEnum = asEnum(COUPLING_END_REASONS);
registerEnumType(CouplingEndReasonEnum, {
  name: 'CouplingEndReason',
  description: 'Why a coupling ended; CONSENT_WITHDRAWN only by the withdrawal of the consent.',
});

export const AgeBandEnum = asEnum(AGE_BANDS);
registerEnumType(AgeBandEnum, {
  name: 'AgeBand',
  description: 'The age band a request carries instead of the date of birth.',
});
