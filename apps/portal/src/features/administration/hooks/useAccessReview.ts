import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import {
  ACCESS_REVIEW_SUMMARY_QUERY,
  AGENCY_USERS_QUERY,
  CONFIRM_USER_ACCESS_MUTATION,
  DISABLE_USER_MUTATION,
} from '../graphql/agencyUsers';

export type ReviewOutcome =
  { kind: 'confirmed'; name: string; nextReview: string } | { kind: 'disabled'; name: string };

/**
 * The periodic access review on the users page: the accounts due, "yes, still needed" (confirm)
 * and "no, no longer needed" (disable, after a confirmation). `onDone` runs after the account
 * left the list (the view focuses the outcome: keyboard and screen-reader users stay in place).
 */
export function useAccessReview(onDone: () => void) {
  const errorMessage = useErrorMessage();
  const users = useQuery(AGENCY_USERS_QUERY);
  const summary = useQuery(ACCESS_REVIEW_SUMMARY_QUERY, { fetchPolicy: 'cache-and-network' });
  const [confirm] = useMutation(CONFIRM_USER_ACCESS_MUTATION);
  const [disable] = useMutation(DISABLE_USER_MUTATION);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [askingNo, setAskingNo] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const due = (users.data?.agencyUsers ?? []).filter((u) => u.accessReviewDue);

  async function run(userId: string, yes: boolean) {
    const user = due.find((u) => u.id === userId);
    if (!user || busyId) return;
    setBusyId(userId);
    setFailure(null);
    setOutcome(null);
    try {
      if (yes) {
        const { data } = await confirm({ variables: { userId } });
        setOutcome({
          kind: 'confirmed',
          name: user.displayName,
          nextReview: data?.confirmUserAccess.accessReviewDueAt ?? user.accessReviewDueAt,
        });
      } else {
        await disable({ variables: { userId } });
        setOutcome({ kind: 'disabled', name: user.displayName });
      }
      setAskingNo(null);
      void summary.refetch();
      // After the render that removed the account from the list.
      setTimeout(onDone, 0);
    } catch (error) {
      setFailure(errorMessage(errorCodeOf(error)));
    } finally {
      setBusyId(null);
    }
  }

  return {
    loading: users.loading,
    due,
    reviewMonths: summary.data?.accessReviewSummary.reviewMonths ?? null,
    busyId,
    askingNo,
    outcome,
    failure,
    yes: (userId: string) => void run(userId, true),
    askNo: (userId: string) => setAskingNo(userId),
    cancelNo: () => setAskingNo(null),
    no: (userId: string) => void run(userId, false),
  };
}
