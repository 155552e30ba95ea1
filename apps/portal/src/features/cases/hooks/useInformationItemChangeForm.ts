import { CHANGE_REASON_MAX, CHANGE_REASON_MIN, ITEM_TEXT_MAX, SUMMARY_MAX } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import { CASE_QUERY } from '../graphql/caseQuery';
import {
  ERASE_INFORMATION_ITEM_MUTATION,
  RECTIFY_INFORMATION_ITEM_MUTATION,
} from '../graphql/changeInformationItemMutations';
import {
  checkItemChange,
  firstProblemField,
  ITEM_CHANGE_FIELDS,
  problemsForApiError,
  type ItemChangeField,
  type ItemChangeKind,
  type ItemChangeProblem,
  type ItemChangeValues,
} from '../utils/itemChangeFields';

interface ChangeableItem {
  id: string;
  revision: number;
  text?: string | null;
  summary?: string | null;
}

/**
 * Corrects or erases one information item as its source agency (AVG art. 16/17). A correction
 * reloads the dossier so the item shows as the API now masks it; an erasure leaves the entry
 * saying so (the item is gone for everyone from the next load on). The API asks for a fresh
 * second factor first where the region wants one; the API client handles that prompt.
 */
export function useInformationItemChangeForm(item: ChangeableItem) {
  const t = useT();
  const initial = (): ItemChangeValues => ({
    kind: 'RECTIFY',
    text: item.text ?? '',
    shareableSummary: item.summary ?? '',
    reason: '',
  });
  const [values, setValues] = useState<ItemChangeValues>(initial);
  const [done, setDone] = useState<ItemChangeKind | null>(null);
  const problems = useFormProblems<ItemChangeField, ItemChangeProblem>(
    ITEM_CHANGE_FIELDS,
    (field, problem) => {
      if (problem === 'INVALID') return t('itemChange.invalid');
      if (field === 'reason') {
        return problem === 'REQUIRED'
          ? t('itemChange.reasonRequired')
          : t('itemChange.reasonLength', { min: CHANGE_REASON_MIN, max: CHANGE_REASON_MAX });
      }
      if (field === 'text' && problem === 'REQUIRED') return t('itemChange.textRequired');
      return field === 'text'
        ? t('itemChange.textTooLong', { max: ITEM_TEXT_MAX })
        : t('itemChange.summaryTooLong', { max: SUMMARY_MAX });
    },
    { focusSummary: false },
  );
  const [rectify, rectifying] = useTypedMutation(RECTIFY_INFORMATION_ITEM_MUTATION, {
    refetchQueries: [CASE_QUERY],
    awaitRefetchQueries: true,
  });
  const [erase, erasing] = useTypedMutation(ERASE_INFORMATION_ITEM_MUTATION);
  const pending = rectifying.pending || erasing.pending;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = checkItemChange(values);
    if (firstProblemField(found)) return problems.show(found);
    problems.clear();
    const common = { itemId: item.id, revision: item.revision, reason: values.reason.trim() };
    const summary = values.shareableSummary.trim();
    const outcome =
      values.kind === 'RECTIFY'
        ? await rectify({
            input: { ...common, text: values.text.trim(), shareableSummary: summary || null },
          })
        : await erase({ input: common });
    if (outcome.ok || outcome.saved) {
      setDone(values.kind);
      return;
    }
    if (outcome.code === 'EDIT_CONFLICT') return problems.show({}, t('itemChange.conflict'));
    const fieldProblems = problemsForApiError(outcome.code, outcome.field);
    if (fieldProblems) problems.show(fieldProblems);
    else problems.show({}, outcome.message);
  }

  return {
    values,
    set: (field: keyof ItemChangeValues) => (value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    done,
    reset: () => {
      setValues(initial());
      setDone(null);
      problems.clear();
    },
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
