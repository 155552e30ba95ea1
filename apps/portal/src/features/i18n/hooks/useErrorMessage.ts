import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@schakel/domain';
import { useCallback } from 'react';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { useT } from './useT';

/** Turns an error code from the API (or a network failure) into a sentence for the user. */
export function useErrorMessage(): (code: ClientErrorCode) => string {
  const t = useT();
  return useCallback(
    (code) => t(`error.${code}`, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }),
    [t],
  );
}
