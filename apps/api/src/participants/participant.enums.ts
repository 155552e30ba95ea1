import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

/** An agency's part in one case. */
export const PARTICIPANT_ROLES = ['REFERRER', 'CASUSREGISSEUR', 'PROCESREGIE', 'PARTNER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const ParticipantRoleEnum = asEnum(PARTICIPANT_ROLES);
registerEnumType(ParticipantRoleEnum, {
  name: 'ParticipantRole',
  description: "An agency's part in one case (deelnemer).",
});
