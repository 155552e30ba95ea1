import { useQuery } from '@apollo/client/react';
import { ACCESS_REVIEW_SUMMARY_QUERY } from '../graphql/agencyUsers';

/** How many of the own agency's accounts wait for the access review (fresh on every visit). */
export function useAccessReviewSummary() {
  const { data } = useQuery(ACCESS_REVIEW_SUMMARY_QUERY, { fetchPolicy: 'cache-and-network' });
  return { dueCount: data?.accessReviewSummary.dueCount ?? 0 };
}
