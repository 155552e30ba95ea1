import type { AgencyType, ErrorCode, Role } from '@schakel/domain';
import type { MockLink } from '@apollo/client/testing';
import { CHANGE_PASSWORD_MUTATION } from '../features/account/graphql/changePasswordMutation';
import { LOGIN_MUTATION } from '../features/auth/graphql/loginMutation';
import { LOGOUT_MUTATION } from '../features/auth/graphql/logoutMutation';
import { ME_QUERY } from '../features/auth/graphql/meQuery';
import type { SessionMe } from '../features/auth/utils/SessionContext';

interface MeOptions {
  displayName?: string;
  email?: string;
  roles?: Role[];
  agencyName?: string;
  agencyType?: AgencyType;
  regionName?: string;
  csrfToken?: string;
  sessionExpiresAt?: string;
  /** Default: 30 minutes from the call (the idle warning stays away). */
  sessionIdleExpiresAt?: string;
  /** The end of the agency's covenant grace period; default none (signed the current version). */
  covenantAccessEndsAt?: string | null;
}

/** A session as the API returns it (with __typename, as the cache expects). */
export function me(options: MeOptions = {}): SessionMe {
  return {
    __typename: 'Me',
    user: {
      __typename: 'User',
      id: 'user-1',
      email: options.email ?? 'fatima.elamrani@utrecht.example',
      displayName: options.displayName ?? 'Fatima El Amrani',
    },
    agency: {
      __typename: 'Agency',
      id: 'agency-1',
      name: options.agencyName ?? 'Politie Midden-Nederland',
      type: options.agencyType ?? 'POLICE',
    },
    region: { __typename: 'Region', id: 'region-1', name: options.regionName ?? 'Utrecht' },
    roles: options.roles ?? ['MEMBER'],
    csrfToken: options.csrfToken ?? 'csrf-from-me',
    sessionExpiresAt: options.sessionExpiresAt ?? '2025-03-01T23:30:00.000Z',
    sessionIdleExpiresAt:
      options.sessionIdleExpiresAt ?? new Date(Date.now() + 30 * 60 * 1000).toISOString(),
    covenantAccessEndsAt: options.covenantAccessEndsAt ?? null,
  };
}

/** A GraphQL error answer with the API's code (and the input field it is about). */
export function graphQLError(code: ErrorCode, field?: string) {
  return { errors: [{ message: code, extensions: { code, ...(field ? { field } : {}) } }] };
}

export const meSignedIn = (session: SessionMe): MockLink.MockedResponse => ({
  request: { query: ME_QUERY },
  result: { data: { me: session } },
});

export const meFails = (code: ErrorCode = 'UNAUTHENTICATED'): MockLink.MockedResponse => ({
  request: { query: ME_QUERY },
  result: graphQLError(code),
});

export const loginSucceeds = (
  credentials: { email: string; password: string },
  session: SessionMe,
): MockLink.MockedResponse => ({
  request: { query: LOGIN_MUTATION, variables: { input: credentials } },
  result: { data: { login: session } },
});

export const loginFails = (code: ErrorCode): MockLink.MockedResponse => ({
  request: { query: LOGIN_MUTATION, variables: () => true },
  result: graphQLError(code),
});

export const logoutSucceeds = (): MockLink.MockedResponse => ({
  request: { query: LOGOUT_MUTATION },
  result: { data: { logoutSso: { __typename: 'SsoLogoutModel', endSessionUrl: null } } },
});

export const changePasswordSucceeds = (
  input: { currentPassword: string; newPassword: string },
  session: SessionMe,
): MockLink.MockedResponse => ({
  request: { query: CHANGE_PASSWORD_MUTATION, variables: { input } },
  result: { data: { changePassword: session } },
});

export const changePasswordFails = (code: ErrorCode): MockLink.MockedResponse => ({
  request: { query: CHANGE_PASSWORD_MUTATION, variables: () => true },
  result: graphQLError(code),
});
