import { ErrorSummary, type ErrorSummaryProblem } from '../../forms/components/ErrorSummary';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import type { PlanFailure } from '../hooks/usePlanMutation';
import { PlanConflictAlert } from './PlanConflictAlert';

interface PlanFormFeedbackProps {
  /** What did not happen, e.g. "Het doel is niet toegevoegd." */
  title: string;
  /** The failure of the last attempt without field problems, if any. */
  failure: PlanFailure | null;
  problems: readonly ErrorSummaryProblem[];
  /** A new value per attempt, so the summary is announced again. */
  attempt: number;
  onSelect: (fieldId: string) => void;
}

/** Above a plan form after a failed attempt: the conflict alert, or the error summary. */
export function PlanFormFeedback({
  title,
  failure,
  problems,
  attempt,
  onSelect,
}: PlanFormFeedbackProps) {
  const errorMessage = useErrorMessage();
  if (failure?.code === 'EDIT_CONFLICT') return <PlanConflictAlert key={attempt} />;
  if (!failure && problems.length === 0) return null;
  return (
    <ErrorSummary
      key={attempt}
      title={title}
      failure={failure ? errorMessage(failure.code) : null}
      problems={problems}
      onSelect={onSelect}
    />
  );
}
