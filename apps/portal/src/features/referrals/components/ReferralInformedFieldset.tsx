import {
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { ReferralFormState } from '../hooks/useReferralForm';

/** Whether the person knows of the referral, and if not, why not. */
export function ReferralInformedFieldset({ form }: { form: ReferralFormState }) {
  const t = useT();
  const { fieldId, controlId, messageFor, problems } = form.problems;
  const error = messageFor('personInformed');
  return (
    <>
      <Fieldset
        invalid={Boolean(problems.personInformed)}
        aria-describedby={problems.personInformed ? controlId('informed-error') : undefined}
      >
        <FieldsetLegend>{t('referral.personInformed')}</FieldsetLegend>
        {error && (
          <Paragraph id={controlId('informed-error')} className="schakel-referral__error">
            {error}
          </Paragraph>
        )}
        {(['yes', 'no'] as const).map((answer, index) => {
          const radioId = index === 0 ? fieldId('personInformed') : controlId(`informed-${answer}`);
          return (
            <div key={answer} className="schakel-referral__choice">
              <RadioButton
                id={radioId}
                name="personInformed"
                value={answer}
                checked={form.values.personInformed === answer}
                onChange={() => form.set('personInformed')(answer)}
              />
              <FormLabel htmlFor={radioId} type="radio">
                {t(`referral.${answer}`)}
              </FormLabel>
            </div>
          );
        })}
      </Fieldset>
      {form.values.personInformed === 'no' && (
        <LabelledField
          id={fieldId('notInformedReason')}
          label={t('referral.notInformedReason')}
          description={t('referral.notInformedReasonHint')}
          error={messageFor('notInformedReason')}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={fieldId('notInformedReason')}
              name="notInformedReason"
              rows={3}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values.notInformedReason}
              onChange={(event) => form.set('notInformedReason')(event.target.value)}
            />
          )}
        </LabelledField>
      )}
    </>
  );
}
