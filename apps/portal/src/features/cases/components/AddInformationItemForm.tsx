import { ITEM_TEXT_MAX, type InformationCategory } from '@schakel/domain';
import {
  Alert,
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useAddInformationItemForm } from '../hooks/useAddInformationItemForm';
import './cases.css';

interface AddInformationItemFormProps {
  caseId: string;
  /** The categories the covenant lets the caller's agency write in this case. */
  categories: readonly InformationCategory[];
}

export function AddInformationItemForm({ caseId, categories }: AddInformationItemFormProps) {
  const t = useT();
  const form = useAddInformationItemForm(caseId);
  const { fieldId, messageFor } = form.problems;

  return (
    <form className="schakel-add-item" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('addItem.notAdded')} form={form.problems} />

      <LabelledField
        id={fieldId('category')}
        label={t('addItem.category')}
        error={messageFor('category')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('category')}
            name="category"
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.category}
            onChange={(event) => form.set('category')(event.target.value)}
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
        description={t('addItem.textHint', { max: ITEM_TEXT_MAX })}
        error={messageFor('text')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('text')}
            name="text"
            rows={4}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.text}
            onChange={(event) => form.set('text')(event.target.value)}
          />
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('legalBasis')}
        label={t('addItem.legalBasis')}
        description={t('addItem.legalBasisHint')}
        error={messageFor('legalBasis')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('legalBasis')}
            name="legalBasis"
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.legalBasis}
            onChange={(event) => form.set('legalBasis')(event.target.value)}
          />
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('shareableSummary')}
        label={t('addItem.summary')}
        description={t('addItem.summaryHint')}
        error={messageFor('shareableSummary')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('shareableSummary')}
            name="shareableSummary"
            rows={2}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.shareableSummary}
            onChange={(event) => form.set('shareableSummary')(event.target.value)}
          />
        )}
      </LabelledField>

      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('addItem.submit')}
        </Button>
      </div>

      {/* Always present, so the confirmation is announced when it appears. */}
      <div role="status" className="schakel-add-item__status">
        {form.added && (
          <Alert type="ok" role="none">
            <Paragraph>{t('addItem.added', { category: t(`category.${form.added}`) })}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
