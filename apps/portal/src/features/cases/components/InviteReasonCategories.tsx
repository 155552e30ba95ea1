import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import type { InformationCategory } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import type { InviteParticipantFormState } from '../hooks/useInviteParticipantForm';
import './cases.css';

interface InviteReasonCategoriesProps {
  form: InviteParticipantFormState;
  /** The categories the caller may write in this case. */
  categories: readonly InformationCategory[];
}

/** Who may read the invitation's reason: one box per category, none chosen in advance. */
export function InviteReasonCategories({ form, categories }: InviteReasonCategoriesProps) {
  const t = useT();
  const { id } = form;
  const error = form.message('reasonCategories');
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={`${id}-categories-hint${error ? ` ${id}-categories-error` : ''}`}
    >
      <FieldsetLegend>{t('invite.categories')}</FieldsetLegend>
      <Paragraph id={`${id}-categories-hint`}>{t('invite.categoriesHint')}</Paragraph>
      {error && (
        <Paragraph id={`${id}-categories-error`} className="schakel-referral__error">
          {error}
        </Paragraph>
      )}
      {categories.map((category, index) => {
        const boxId = index === 0 ? form.fieldId('reasonCategories') : `${id}-category-${category}`;
        return (
          <div key={category} className="schakel-referral__choice">
            <Checkbox
              id={boxId}
              checked={form.values.chosen.includes(category)}
              onChange={(event) => form.choose(category, event.target.checked)}
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
