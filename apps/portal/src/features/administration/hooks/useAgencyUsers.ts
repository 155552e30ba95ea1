import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import {
  AGENCY_USERS_QUERY,
  DISABLE_USER_MUTATION,
  ENABLE_USER_MUTATION,
} from '../graphql/agencyUsers';

/** The own agency's accounts, and switching one off or on again. */
export function useAgencyUsers() {
  const errorMessage = useErrorMessage();
  const { data, loading, error } = useQuery(AGENCY_USERS_QUERY);
  const [disable, disabling] = useMutation(DISABLE_USER_MUTATION);
  const [enable, enabling] = useMutation(ENABLE_USER_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);

  const setActive = async (userId: string, active: boolean) => {
    setFailure(null);
    try {
      if (active) await enable({ variables: { userId } });
      else await disable({ variables: { userId } });
    } catch (e) {
      setFailure(errorMessage(errorCodeOf(e)));
    }
  };

  return {
    users: data?.agencyUsers ?? [],
    loading,
    loadFailure: error ? errorMessage(errorCodeOf(error)) : null,
    failure,
    busy: disabling.loading || enabling.loading,
    setActive: (userId: string, active: boolean) => void setActive(userId, active),
  };
}
