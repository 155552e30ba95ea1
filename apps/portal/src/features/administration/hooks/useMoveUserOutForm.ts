import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { MOVE_USER_OUT_MUTATION } from '../graphql/agencyUsers';
import { moveOutProblemForError, type MoveOutProblem } from '../utils/moveOutProblems';

export interface HandOverResult {
  successor: string;
  cases: number;
  actions: number;
  meetings: number;
  adoptedActions: number;
}

/** Moving a person out: choose who takes over, confirm, and show what was handed over. */
export function useMoveUserOutForm(
  userId: string,
  colleagues: readonly { id: string; displayName: string }[],
) {
  const errorMessage = useErrorMessage();
  const [mutate, { loading }] = useMutation(MOVE_USER_OUT_MUTATION);
  const [successorId, setSuccessorId] = useState('');
  const [problem, setProblem] = useState<MoveOutProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<HandOverResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const successor = colleagues.find((c) => c.id === successorId) ?? null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    if (!successor) {
      setProblem('REQUIRED');
      return;
    }
    setProblem(null);
    setConfirming(true);
  }

  async function confirm() {
    if (loading || !successor) return;
    try {
      const { data } = await mutate({
        variables: { input: { userId, handOverToUserId: successor.id } },
      });
      setConfirming(false);
      if (data) {
        const { cases, actions, meetings, adoptedActions } = data.moveUserOut;
        setResult({ successor: successor.displayName, cases, actions, meetings, adoptedActions });
      }
    } catch (error) {
      setConfirming(false);
      const code = errorCodeOf(error);
      const found = moveOutProblemForError(code, errorFieldOf(error) ?? undefined);
      if (found) setProblem(found);
      else setFailure(errorMessage(code));
    }
  }

  return {
    successorId,
    choose: (id: string) => {
      setSuccessorId(id);
      setProblem(null);
    },
    successor,
    problem,
    confirming,
    result,
    failure,
    pending: loading,
    submit,
    confirm: () => void confirm(),
    cancel: () => setConfirming(false),
  };
}
