import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { STEP_UP_ROUTE } from '../graphql/mfaDocuments';

/** The API route that sends the person to their agency's provider to sign in again. */
export const PROVIDER_STEP_UP_PATH = '/auth/sso/step-up';
const POLL_MS = 500;

export type ProviderStepUpState = 'idle' | 'waiting' | 'failed';

/**
 * Step-up for a session that began at the agency's provider (single sign-on): the provider's
 * sign-in opens in a small window; when that window closes, the API is asked whether this
 * session is now fresh. The operation that asked for it is then sent again, with the form's
 * input kept. A blocked pop-up falls back to going there in this window.
 */
export function useProviderStepUp(): {
  /** null while unknown; true for an SSO session. */
  atProvider: boolean | null;
  state: ProviderStepUpState;
  start: () => Promise<boolean>;
} {
  const { data, error } = useQuery(STEP_UP_ROUTE, { fetchPolicy: 'network-only' });
  const [check] = useLazyQuery(STEP_UP_ROUTE, { fetchPolicy: 'network-only' });
  const [state, setState] = useState<ProviderStepUpState>('idle');
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );

  const start = useCallback(async () => {
    const popup = window.open(
      PROVIDER_STEP_UP_PATH,
      'schakel-step-up',
      'popup,width=520,height=720',
    );
    if (!popup) {
      window.location.assign(PROVIDER_STEP_UP_PATH);
      return false;
    }
    setState('waiting');
    await new Promise<void>((resolve) => {
      timer.current = setInterval(() => {
        if (!popup.closed) return;
        if (timer.current) clearInterval(timer.current);
        timer.current = null;
        resolve();
      }, POLL_MS);
    });
    const answer = await check();
    const fresh = answer.data?.mySecondFactors.stepUpFresh === true;
    setState(fresh ? 'idle' : 'failed');
    return fresh;
  }, [check]);

  const atProvider = error ? false : data ? data.mySecondFactors.stepUpAtProvider : null;
  return { atProvider, state, start };
}
