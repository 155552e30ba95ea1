import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import type { SessionMe } from '../../auth/utils/SessionContext';
import {
  CONFIRM_LOGIN_PASSKEY_ENROLMENT,
  LOGIN_PASSKEY_REGISTRATION_OPTIONS,
} from '../graphql/mfaDocuments';
import { passkeyFlow } from '../utils/passkeyFlow';
import { createPasskey } from '../utils/passkeys';

type Result =
  { me: SessionMe; recoveryCodes: string[] } | { error: ClientErrorCode | 'PASSKEY_CANCELLED' };

/** Registers a first passkey during a login that requires enrolment. */
export function useLoginPasskeyEnrolment(): () => Promise<Result> {
  const [options] = useMutation(LOGIN_PASSKEY_REGISTRATION_OPTIONS);
  const [confirm] = useMutation(CONFIRM_LOGIN_PASSKEY_ENROLMENT);
  return useCallback(async () => {
    let done: { me: SessionMe; recoveryCodes: string[] } | null = null;
    const error = await passkeyFlow(
      async () => (await options()).data?.loginPasskeyRegistrationOptions ?? null,
      createPasskey,
      async (response) => {
        const { data } = await confirm({ variables: { input: { response, name: 'Passkey' } } });
        done = data?.confirmLoginPasskeyEnrolment ?? null;
        return done !== null;
      },
    );
    return done ?? { error: error ?? 'INTERNAL' };
  }, [options, confirm]);
}
