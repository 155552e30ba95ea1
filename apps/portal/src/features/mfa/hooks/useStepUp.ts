import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { STEP_UP, STEP_UP_PASSKEY_OPTIONS, STEP_UP_WITH_PASSKEY } from '../graphql/mfaDocuments';
import { passkeyFlow } from '../utils/passkeyFlow';
import { signWithPasskey } from '../utils/passkeys';

/** Step-up on this session: with a code (or recovery code), or with a passkey. */
export function useStepUp(): {
  withCode: (code: string) => Promise<ClientErrorCode | null>;
  withPasskey: () => Promise<ClientErrorCode | 'PASSKEY_CANCELLED' | null>;
} {
  const [stepUp] = useMutation(STEP_UP);
  const [options] = useMutation(STEP_UP_PASSKEY_OPTIONS);
  const [withPasskeyMutation] = useMutation(STEP_UP_WITH_PASSKEY);

  const withCode = useCallback(
    async (code: string) => {
      try {
        const { data } = await stepUp({ variables: { input: { code } } });
        return data?.stepUp.stepUpFresh ? null : 'INTERNAL';
      } catch (error) {
        return errorCodeOf(error);
      }
    },
    [stepUp],
  );

  const withPasskey = useCallback(
    () =>
      passkeyFlow(
        async () => (await options()).data?.stepUpPasskeyOptions ?? null,
        signWithPasskey,
        async (response) =>
          Boolean((await withPasskeyMutation({ variables: { response } })).data?.stepUpWithPasskey),
      ),
    [options, withPasskeyMutation],
  );

  return { withCode, withPasskey };
}
