import type { InformationCategory } from '@schakel/domain';
import {
  Alert,
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { useAddInformationItem } from '../hooks/useAddInformationItem';
import {
  checkInformationItem,
  firstProblemField,
  INFORMATION_ITEM_FIELDS,
  LEGAL_BASIS_MAX,
  LEGAL_BASIS_MIN,
  problemsForApiError,
  SUMMARY_MAX,
  TEXT_MAX,
  type InformationItemField,
  type InformationItemProblem,
  type InformationItemProblems,
  type InformationItemValues,
} from '../utils/informationItemProblems';
import './cases.css';

const EMPTY: InformationItemValues = {
  category: '',
  text: '',
  legalBasis: '',
  shareableSummary: '',
};

interface AddInformationItemFormProps {
  caseId: string;
  /** The categories the covenant lets the caller's agency write in this case. */
  categories: readonly InformationCategory[];
}

export function AddInformationItemForm({ caseId, categories }: AddInformationItemFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { addInformationItem, loading } = useAddInformationItem();
  const id = useId();
  const refs = {
    category: useRef<HTMLSelectElement>(null),
    text: useRef<HTMLTextAreaElement>(null),
    legalBasis: useRef<HTMLInputElement>(null),
    shareableSummary: useRef<HTMLTextAreaElement>(null),
  };

  const [values, setValues] = useState<InformationItemValues>(EMPTY);
  const [problems, setProblems] = useState<InformationItemProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [added, setAdded] = useState<InformationCategory | null>(null);

  const fieldId = (field: InformationItemField) => `${id}-${field}`;
  const set = (field: InformationItemField) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  function messageFor(field: InformationItemField, problem: InformationItemProblem): string {
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
          ? t('addItem.textTooLong', { max: TEXT_MAX })
          : t('addItem.summaryTooLong', { max: SUMMARY_MAX });
      case 'LENGTH':
        return t('addItem.legalBasisLength', { min: LEGAL_BASIS_MIN, max: LEGAL_BASIS_MAX });
      case 'FORBIDDEN':
        return t('addItem.categoryForbidden');
      case 'INVALID':
        return t('addItem.invalid');
    }
  }

  /** Shows the problems and moves to the first, once its error is in the DOM to be read out. */
  function showProblems(found: InformationItemProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
    });
    const first = firstProblemField(found);
    if (first) refs[first].current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAdded(null);
    const found = checkInformationItem(values);
    if (firstProblemField(found)) {
      showProblems(found);
      return;
    }
    setProblems({});
    setFailure(null);
    const category = values.category as InformationCategory;
    const summary = values.shareableSummary.trim();
    // What was typed stays on failure, so the user only corrects what is wrong.
    const result = await addInformationItem({
      caseId,
      category,
      text: values.text.trim(),
      legalBasis: values.legalBasis.trim(),
      ...(summary ? { shareableSummary: summary } : {}),
    });
    if (result === null) {
      setValues(EMPTY);
      setAdded(category);
      return;
    }
    const fieldProblems = problemsForApiError(result.code, result.field);
    if (fieldProblems) showProblems(fieldProblems);
    else showProblems({}, errorMessage(result.code));
  }

  const invalid = INFORMATION_ITEM_FIELDS.flatMap((field) => {
    const problem = problems[field];
    return problem ? [{ field, message: messageFor(field, problem) }] : [];
  });
  const errorOf = (field: InformationItemField) =>
    invalid.find((entry) => entry.field === field)?.message ?? null;

  return (
    <form className="schakel-add-item" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {(invalid.length > 0 || failure) && (
        // A new key per attempt, so screen readers announce the summary again after each try.
        <ErrorSummary
          key={attempts}
          title={t('addItem.notAdded')}
          failure={failure}
          problems={invalid.map(({ field, message }) => ({ fieldId: fieldId(field), message }))}
          onSelect={(target) => {
            const field = INFORMATION_ITEM_FIELDS.find((name) => fieldId(name) === target);
            if (field) refs[field].current?.focus();
          }}
        />
      )}

      <LabelledField
        id={fieldId('category')}
        label={t('addItem.category')}
        error={errorOf('category')}
      >
        {({ describedBy, invalid: isInvalid }) => (
          <Select
            ref={refs.category}
            id={fieldId('category')}
            name="category"
            required
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={values.category}
            onChange={(event) => set('category')(event.target.value)}
          >
            <SelectOption value="">{t('addItem.chooseCategory')}</SelectOption>
            {categories.map((category) => (
              <SelectOption key={category} value={category}>
                {t(`category.${category}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('text')}
        label={t('addItem.text')}
        description={t('addItem.textHint', { max: TEXT_MAX })}
        error={errorOf('text')}
      >
        {({ describedBy, invalid: isInvalid }) => (
          <Textarea
            ref={refs.text}
            id={fieldId('text')}
            name="text"
            rows={4}
            required
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={values.text}
            onChange={(event) => set('text')(event.target.value)}
          />
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('legalBasis')}
        label={t('addItem.legalBasis')}
        description={t('addItem.legalBasisHint')}
        error={errorOf('legalBasis')}
      >
        {({ describedBy, invalid: isInvalid }) => (
          <Textbox
            ref={refs.legalBasis}
            id={fieldId('legalBasis')}
            name="legalBasis"
            required
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={values.legalBasis}
            onChange={(event) => set('legalBasis')(event.target.value)}
          />
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('shareableSummary')}
        label={t('addItem.summary')}
        description={t('addItem.summaryHint')}
        error={errorOf('shareableSummary')}
      >
        {({ describedBy, invalid: isInvalid }) => (
          <Textarea
            ref={refs.shareableSummary}
            id={fieldId('shareableSummary')}
            name="shareableSummary"
            rows={2}
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={values.shareableSummary}
            onChange={(event) => set('shareableSummary')(event.target.value)}
          />
        )}
      </LabelledField>

      <div>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('addItem.submit')}
        </Button>
      </div>

      {/* Always present, so the confirmation is announced when it appears. */}
      <div role="status" className="schakel-add-item__status">
        {added && (
          <Alert type="ok" role="none">
            <Paragraph>{t('addItem.added', { category: t(`category.${added}`) })}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
