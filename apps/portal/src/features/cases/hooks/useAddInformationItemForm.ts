import {
  ITEM_TEXT_MAX,
  LEGAL_BASIS_MAX,
  LEGAL_BASIS_MIN,
  SUMMARY_MAX,
  type InformationCategory,
} from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import { ADD_INFORMATION_ITEM_MUTATION } from '../graphql/addInformationItemMutation';
import { CASE_QUERY } from '../graphql/caseQuery';
import {
  checkInformationItem,
  firstProblemField,
  INFORMATION_ITEM_FIELDS,
  problemsForApiError,
  type InformationItemField,
  type InformationItemProblem,
  type InformationItemValues,
} from '../utils/informationItemFields';

const EMPTY: InformationItemValues = {
  category: '',
  text: '',
  legalBasis: '',
  shareableSummary: '',
};

/**
 * Records an information item. The dossier is fetched again afterwards, so it shows the item
 * exactly as the API masks it for the caller.
 */
export function useAddInformationItemForm(caseId: string) {
  const t = useT();
  const [values, setValues] = useState<InformationItemValues>(EMPTY);
  const [added, setAdded] = useState<InformationCategory | null>(null);
  const problems = useFormProblems<InformationItemField, InformationItemProblem>(
    INFORMATION_ITEM_FIELDS,
    (field, problem) => {
      switch (problem) {
        case 'REQUIRED':
          return t(
            field === 'category'
              ? 'addItem.categoryRequired'
              : field === 'text'
                ? 'addItem.textRequired'
                : 'addItem.legalBasisRequired',
          );
        case 'TOO_LONG':
          return field === 'text'
            ? t('addItem.textTooLong', { max: ITEM_TEXT_MAX })
            : t('addItem.summaryTooLong', { max: SUMMARY_MAX });
        case 'LENGTH':
          return t('addItem.legalBasisLength', { min: LEGAL_BASIS_MIN, max: LEGAL_BASIS_MAX });
        case 'FORBIDDEN':
          return t('addItem.categoryForbidden');
        case 'INVALID':
          return t('addItem.invalid');
      }
    },
    // A failure of the request as a whole leaves the focus where it is.
    { focusSummary: false },
  );
  const [addItem, { pending }] = useTypedMutation(ADD_INFORMATION_ITEM_MUTATION, {
    refetchQueries: [CASE_QUERY],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setAdded(null);
    const found = checkInformationItem(values);
    if (firstProblemField(found)) return problems.show(found);
    problems.clear();
    const category = values.category as InformationCategory;
    const summary = values.shareableSummary.trim();
    // What was typed stays on failure, so the user only corrects what is wrong.
    const outcome = await addItem({
      input: {
        caseId,
        category,
        text: values.text.trim(),
        legalBasis: values.legalBasis.trim(),
        ...(summary ? { shareableSummary: summary } : {}),
      },
    });
    if (outcome.ok) {
      setValues(EMPTY);
      setAdded(category);
      return;
    }
    // Saved, only not shown: nothing is left to send again (a second send would add it twice).
    if (outcome.saved) {
      setValues(EMPTY);
      return problems.showSaved(outcome.message);
    }
    const fieldProblems = problemsForApiError(outcome.code, outcome.field);
    if (fieldProblems) problems.show(fieldProblems);
    else problems.show({}, outcome.message);
  }

  return {
    values,
    set: (field: InformationItemField) => (value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    added,
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
