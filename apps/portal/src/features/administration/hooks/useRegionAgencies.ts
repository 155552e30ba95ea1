import { useQuery } from '@apollo/client/react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { REGION_AGENCIES_QUERY } from '../graphql/regionAgencies';

/** The region's agencies, as the functional administrator keeps them. */
export function useRegionAgencies() {
  const errorMessage = useErrorMessage();
  const { data, loading, error } = useQuery(REGION_AGENCIES_QUERY);
  return {
    agencies: data?.regionAgencies ?? [],
    loading: loading && !data,
    loadFailure: error ? errorMessage(errorCodeOf(error)) : null,
  };
}
