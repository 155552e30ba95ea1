import { useApolloClient } from '@apollo/client/react';
import { CLOSE_REASON_MAX, CLOSE_REASON_MIN } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import type { CaseStatus, CloseOutcome } from '../../../gql/graphql';
import { CASE_AGREED_APPROACH_QUERY } from '../../agreed-approach/graphql/caseAgreedApproachQuery';
import { CASE_QUERY } from '../../cases/graphql/caseQuery';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import { CASE_PLAN_QUERY } from '../../plans/graphql/casePlanQuery';
import { CASE_CLOSURE_QUERY } from '../graphql/caseClosureQuery';
import { CASE_TIMELINE_QUERY } from '../graphql/caseTimelineQuery';
import { CLOSE_CASE_MUTATION } from '../graphql/closeCaseMutation';
import {
  CLOSE_CASE_FIELDS,
  checkCloseCase,
  firstProblemField,
  problemsForApiError,
  type CloseCaseField,
  type CloseCaseProblem,
  type CloseCaseValues,
} from '../utils/closeCaseFields';

export interface CloseCaseFormProps {
  caseId: string;
  /** The status the user sees; the API refuses with CONFLICT when it changed meanwhile. */
  status: CaseStatus;
  /** The region's grace period in days, when known. */
  graceDays: number | null;
  onClosed: () => void;
}

/** The state and submit of closing a case. */
export function useCloseCaseForm({ caseId, status, onClosed }: CloseCaseFormProps) {
  const t = useT();
  const [values, setValues] = useState<CloseCaseValues>({ outcome: '', reason: '' });
  const problems = useFormProblems<CloseCaseField, CloseCaseProblem>(
    CLOSE_CASE_FIELDS,
    (field, problem) => {
      if (field === 'outcome') return t('closing.outcomeRequired');
      if (problem === 'REQUIRED') return t('closing.reasonRequired');
      if (problem === 'TOO_LONG') return t('closing.reasonTooLong', { max: CLOSE_REASON_MAX });
      return t('closing.reasonTooShort', { min: CLOSE_REASON_MIN });
    },
  );
  const client = useApolloClient();
  const [close, { pending }] = useTypedMutation(CLOSE_CASE_MUTATION);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = checkCloseCase(values);
    if (firstProblemField(found)) return problems.show(found);
    problems.clear();
    const outcome = await close({
      input: {
        caseId,
        outcome: values.outcome as CloseOutcome,
        reason: values.reason.trim(),
        expectedStatus: status,
      },
    });
    // Saved, only not shown: the reload shows the closed case; nothing is left to send again.
    if (!outcome.ok && outcome.saved) return problems.showSaved(outcome.message);
    if (!outcome.ok) {
      // What was typed stays, so the user only corrects what is wrong.
      const fieldProblems = problemsForApiError(outcome.code, outcome.field);
      return fieldProblems ? problems.show(fieldProblems) : problems.show({}, outcome.message);
    }
    // The case is closed; a failed refresh only leaves part of the page stale until the next one.
    // Read-only now: the plan and the card lose their edit controls as well.
    await client
      .refetchQueries({
        include: [
          CASE_QUERY,
          CASE_CLOSURE_QUERY,
          CASE_TIMELINE_QUERY,
          CASE_PLAN_QUERY,
          CASE_AGREED_APPROACH_QUERY,
        ],
      })
      .catch(() => undefined);
    onClosed();
  }

  return {
    values,
    set: (field: CloseCaseField, value: string) => setValues((v) => ({ ...v, [field]: value })),
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
