import type { AgencyType, Role } from '@schakel/domain';
import type { SessionClaims } from './session-token.service';

/** The user behind a session, as the session statement reads it (session.queries.ts). */
export interface SessionUserRow {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  agencyId: string;
  agencyName: string;
  agencyType: AgencyType;
  regionId: string;
  regionName: string;
  /**
   * Epoch ms: when the agency's covenant grace period ends (it signed an earlier version only);
   * null when it signed the current one (or the user is a functional administrator).
   */
  covenantAccessEnds?: number | null;
}

/**
 * Who the caller is, from the session only. Services take region and agency from here; those
 * that also need the caller's policy or audit entry take the `Caller` (caller.ts).
 */
export interface AuthenticatedUser extends SessionUserRow {
  session: SessionClaims;
}
