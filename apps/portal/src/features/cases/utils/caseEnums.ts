import type { AccessBasis, CaseTheme, ParticipantRole } from '../../../gql/graphql';

/*
 * Runtime lists of GraphQL enums that @schakel/domain does not list. Written as records so the
 * compiler reports a value the schema adds or drops (after codegen), instead of it going missing.
 */

const THEMES: Record<CaseTheme, true> = {
  FREQUENT_OFFENDER: true,
  CONFUSED_BEHAVIOUR: true,
  DOMESTIC_VIOLENCE: true,
  EX_DETAINEE: true,
  YOUTH_CRIME: true,
  RADICALISATION: true,
  UNDERMINING: true,
  OTHER: true,
};
export const CASE_THEMES = Object.keys(THEMES) as CaseTheme[];

const PARTICIPANT_ROLE: Record<ParticipantRole, true> = {
  REFERRER: true,
  CASUSREGISSEUR: true,
  PROCESREGIE: true,
  PARTNER: true,
};
export const PARTICIPANT_ROLES = Object.keys(PARTICIPANT_ROLE) as ParticipantRole[];

const ACCESS_BASIS: Record<AccessBasis, true> = {
  COVENANT: true,
  CONSENT: true,
  CONFLICT_OF_DUTIES: true,
  BREAK_GLASS: true,
  ROLE: true,
};
export const ACCESS_BASES = Object.keys(ACCESS_BASIS) as AccessBasis[];
