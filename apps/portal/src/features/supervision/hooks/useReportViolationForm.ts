import { useState, type FormEvent } from 'react';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import { MY_VIOLATION_SIGNALS_QUERY, REPORT_VIOLATION_MUTATION } from '../graphql/supervision';
import {
  apiProblemAt,
  problemKey,
  checkSignal,
  localMomentToIso,
  SIGNAL_FIELDS,
  type SignalField,
} from '../utils/supervisionForm';

const EMPTY: Record<SignalField, string> = { what: '', occurredAt: '', location: '', seenBy: '' };

/** Reports a possible violation: of a condition (from the card) or on a case (a partner). */
export function useReportViolationForm(target: { conditionId: string } | { caseId: string }) {
  const t = useT();
  const [values, setValues] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const problems = useFormProblems<SignalField, string>(SIGNAL_FIELDS, (_field, problem) =>
    t(problemKey(problem)),
  );
  const [report, { pending }] = useTypedMutation(REPORT_VIOLATION_MUTATION, {
    refetchQueries: [MY_VIOLATION_SIGNALS_QUERY],
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setSent(false);
    const input = { ...target, ...values, occurredAt: localMomentToIso(values.occurredAt) };
    const found = checkSignal(input);
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    const outcome = await report({ input });
    if (outcome.ok) {
      setValues(EMPTY);
      setSent(true);
      return;
    }
    if (outcome.saved) {
      setValues(EMPTY);
      return problems.showSaved(outcome.message);
    }
    problems.show(apiProblemAt(SIGNAL_FIELDS, outcome.code, outcome.field) ?? {}, outcome.message);
  }

  return {
    values,
    set: (field: SignalField) => (value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    sent,
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
