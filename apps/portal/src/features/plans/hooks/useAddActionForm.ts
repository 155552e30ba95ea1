import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { isCalendarDate, localDate } from '../../forms/utils/localDate';
import { useT } from '../../i18n/hooks/useT';
import { ADD_PLAN_ACTION_MUTATION } from '../graphql/planMutations';
import { usePlanMutation, type PlanFailure } from './usePlanMutation';

export type ActionField = 'description' | 'ownerAgencyId' | 'dueDate';
const FIELDS: readonly ActionField[] = ['description', 'ownerAgencyId', 'dueDate'];
const EMPTY: Record<ActionField, string> = { description: '', ownerAgencyId: '', dueDate: '' };

/** The state and submit of adding an action (afspraak) to a goal of the draft plan. */
export function useAddActionForm(goalId: string, revision: number) {
  const t = useT();
  const id = useId();
  const { run, loading } = usePlanMutation(ADD_PLAN_ACTION_MUTATION);
  const refs = {
    description: useRef<HTMLTextAreaElement>(null),
    ownerAgencyId: useRef<HTMLSelectElement>(null),
    dueDate: useRef<HTMLInputElement>(null),
  };
  const [values, setValues] = useState<Record<ActionField, string>>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<ActionField, string>>>({});
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState(false);
  const fieldId = (field: ActionField) => `${id}-${field}`;
  const set = (field: ActionField) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  const messages: Record<ActionField, string> = {
    description: t('plan.action.descriptionRequired'),
    ownerAgencyId: t('plan.action.ownerRequired'),
    dueDate: t('plan.action.dueRequired'),
  };

  function show(found: Partial<Record<ActionField, string>>, failed: PlanFailure | null) {
    flushSync(() => {
      setProblems(found);
      setFailure(failed);
      setAttempt((n) => n + 1);
    });
    const first = FIELDS.find((f) => found[f]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAdded(false);
    const description = values.description.trim();
    const found: Partial<Record<ActionField, string>> = {};
    if (description.length < 3 || description.length > 1000)
      found.description = messages.description;
    if (!values.ownerAgencyId) found.ownerAgencyId = messages.ownerAgencyId;
    if (!isCalendarDate(values.dueDate) || values.dueDate < localDate()) {
      found.dueDate = messages.dueDate;
    }
    if (Object.keys(found).length > 0) return show(found, null);
    const result = await run({
      input: {
        goalId,
        revision,
        description,
        ownerAgencyId: values.ownerAgencyId,
        dueDate: values.dueDate,
      },
    });
    if (result === null) {
      setValues(EMPTY);
      setProblems({});
      setFailure(null);
      setAdded(true);
      return;
    }
    const field = FIELDS.find((f) => f === result.field);
    if (result.code === 'BAD_USER_INPUT' && field) {
      return show(
        {
          [field]:
            field === 'ownerAgencyId' ? t('plan.action.ownerNotParticipant') : messages[field],
        },
        null,
      );
    }
    show({}, result);
  }

  const summary = FIELDS.flatMap((field) =>
    problems[field] ? [{ fieldId: fieldId(field), message: problems[field] }] : [],
  );

  return {
    fieldId,
    refs,
    values,
    set,
    problems,
    summary,
    failure,
    attempt,
    added,
    pending: loading,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
