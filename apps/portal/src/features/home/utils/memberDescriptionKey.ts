import type { AgencyType } from '@schakel/domain';
import type { MessageKey } from '../../i18n/messages/nl';

// Agency types whose professionals do noticeably different work; the rest share the general text.
const BY_AGENCY_TYPE: Partial<Record<AgencyType, MessageKey>> = {
  POLICE: 'home.MEMBER.POLICE',
  MUNICIPALITY: 'home.MEMBER.MUNICIPALITY',
  PROBATION: 'home.MEMBER.PROBATION',
  CARE: 'home.MEMBER.CARE',
  VOLUNTEER: 'home.MEMBER.VOLUNTEER',
};

export function memberDescriptionKey(agencyType: AgencyType): MessageKey {
  return BY_AGENCY_TYPE[agencyType] ?? 'home.MEMBER';
}
