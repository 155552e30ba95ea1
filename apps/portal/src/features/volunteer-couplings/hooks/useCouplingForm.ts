import { useState, type FormEvent } from 'react';
import type { MutationOutcome } from '../../forms/hooks/useTypedMutation';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useT } from '../../i18n/hooks/useT';
import { apiProblemAt, checkCoupling, couplingProblemKey } from '../utils/couplingForms';

/**
 * One form of the volunteer-coupling feature: its values, the API's own schema checked before
 * sending (`kind`), and the API's answer placed at the field it names.
 */
export function useCouplingForm<F extends string, V extends Record<string, unknown>>(options: {
  kind: Parameters<typeof checkCoupling>[0];
  fields: readonly F[];
  initial: V;
  /** The input as the API takes it (ids and revision added). */
  toInput: (values: V) => Record<string, unknown>;
  send: (input: Record<string, unknown>) => Promise<MutationOutcome<unknown>>;
  onDone: () => void;
}) {
  const t = useT();
  const [values, setValues] = useState<V>(options.initial);
  const [pending, setPending] = useState(false);
  const problems = useFormProblems<F, string>(options.fields, (_field, problem) =>
    t(couplingProblemKey(problem)),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const input = options.toInput(values);
    const found = checkCoupling(options.kind, options.fields, input);
    if (Object.keys(found).length > 0) return problems.show(found);
    problems.clear();
    setPending(true);
    const outcome = await options.send(input);
    setPending(false);
    if (outcome.ok) {
      setValues(options.initial);
      return options.onDone();
    }
    if (outcome.saved) return problems.showSaved(outcome.message);
    problems.show(apiProblemAt(options.fields, outcome.code, outcome.field) ?? {}, outcome.message);
  }

  return {
    values,
    set: <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value })),
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
