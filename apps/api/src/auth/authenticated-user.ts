import type { SessionUserRow } from '../users/users.service';
import type { SessionClaims } from './session-token.service';

/** Who the caller is, from the session only. Services take region and agency from here. */
export interface AuthenticatedUser extends SessionUserRow {
  session: SessionClaims;
}
