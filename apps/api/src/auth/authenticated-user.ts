import type { AgencyType, Role } from '@schakel/domain';
import type { SessionClaims } from './session-token.service';

/** Who the caller is, from the session only. Services take region and agency from here. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  agencyId: string;
  agencyName: string;
  agencyType: AgencyType;
  regionId: string;
  regionName: string;
  session: SessionClaims;
}
