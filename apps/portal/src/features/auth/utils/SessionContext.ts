import { createContext } from 'react';
import type { SessionFieldsFragment } from '../../../gql/graphql';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

export type SessionMe = SessionFieldsFragment;

/** Why the user sees the login page, when it is worth telling them. */
export type LoginNotice =
  | { kind: 'SESSION_EXPIRED' }
  | { kind: 'LOGGED_OUT' }
  /** Signed out by the idle timeout (WCAG 2.2.1: it says why). */
  | { kind: 'IDLE_TIMEOUT' }
  | { kind: 'LOGGED_OUT_EVERYWHERE' }
  | { kind: 'ERROR'; code: ClientErrorCode };

export type Session =
  | { status: 'loading' }
  | { status: 'anonymous'; notice: LoginNotice | null }
  | { status: 'authenticated'; me: SessionMe }
  /**
   * The API did not say who the user is (down, overloaded, an error of its own): not the same as
   * "not logged in", so nobody is sent to the login page for it.
   */
  | { status: 'unavailable'; code: ClientErrorCode };

export interface SessionContextValue {
  session: Session;
  /** Stores a session the API started: after login, or the new one after a password change. */
  signIn: (me: SessionMe) => void;
  /** Forgets the session locally (after logout, or when the API says it is gone). */
  signOut: (notice: LoginNotice | null) => Promise<void>;
  /**
   * Asks for a fresh second factor before an action the API will ask it for (a download link,
   * which cannot be sent again by the Apollo link): true once proven, false when cancelled.
   */
  stepUp: () => Promise<boolean>;
  /** Asks the API for the session again now (while it is unavailable). */
  recheck: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
