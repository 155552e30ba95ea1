import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { ReferralFormState } from '../hooks/useReferralForm';

/** Who may read the reason and the goal: the categories the referrer's agency may write. */
export function ReferralCategoriesFieldset({ form }: { form: ReferralFormState }) {
  const t = useT();
  const { fieldId, controlId, messageFor, problems } = form.problems;
  const error = messageFor('reasonCategories');
  return (
    <Fieldset
      invalid={Boolean(problems.reasonCategories)}
      aria-describedby={`${controlId('categories-hint')}${problems.reasonCategories ? ` ${controlId('categories-error')}` : ''}`}
    >
      <FieldsetLegend>{t('referral.reasonCategories')}</FieldsetLegend>
      <Paragraph id={controlId('categories-hint')}>{t('referral.reasonCategoriesHint')}</Paragraph>
      {error && (
        <Paragraph id={controlId('categories-error')} className="schakel-referral__error">
          {error}
        </Paragraph>
      )}
      {form.categoriesLoading && <Paragraph>{t('referral.reasonCategoriesLoading')}</Paragraph>}
      {form.categoryChoices.map((category, index) => {
        // The first box carries the field's id, so the error summary can focus it.
        const boxId = index === 0 ? fieldId('reasonCategories') : controlId(`category-${category}`);
        return (
          <div key={category} className="schakel-referral__choice">
            <Checkbox
              id={boxId}
              checked={form.values.reasonCategories.includes(category)}
              onChange={(event) => form.toggle('reasonCategories', category)(event.target.checked)}
            />
            <FormLabel htmlFor={boxId} type="checkbox">
              {t(`category.${category}`)}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}
