import {
  Alert,
  Button,
  Checkbox,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useBreakGlassForm } from '../hooks/useBreakGlassForm';
import './case-team.css';

interface BreakGlassFormProps {
  /** The case, when known (its page said "not found"); else the user types its number. */
  caseId: string | null;
}

/** Break-the-glass: a written reason, an explicit confirmation, then the step-up. */
export function BreakGlassForm({ caseId }: BreakGlassFormProps) {
  const t = useT();
  const form = useBreakGlassForm(caseId);
  const { fieldId, message, values } = form;
  const confirmError = message('confirm');
  return (
    <form noValidate className="schakel-flow schakel-team-form" onSubmit={form.submit}>
      {form.failure && (
        <Alert type="error">
          <Paragraph>{form.failure}</Paragraph>
        </Alert>
      )}
      {form.askReference && (
        <LabelledField
          id={fieldId('reference')}
          label={t('team.breakGlass.reference')}
          description={t('team.breakGlass.referenceHint')}
          error={message('reference')}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={fieldId('reference')}
              invalid={invalid}
              aria-describedby={describedBy}
              autoComplete="off"
              value={values.reference}
              onChange={(event) => form.setReference(event.target.value)}
            />
          )}
        </LabelledField>
      )}
      <LabelledField
        id={fieldId('reason')}
        label={t('team.breakGlass.reason')}
        description={t('team.breakGlass.reasonHint')}
        error={message('reason')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('reason')}
            rows={4}
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.reason}
            onChange={(event) => form.setReason(event.target.value)}
          />
        )}
      </LabelledField>
      <div>
        {confirmError && (
          <FormFieldErrorMessage id={`${fieldId('confirm')}-error`}>
            {confirmError}
          </FormFieldErrorMessage>
        )}
        <div className="schakel-team-form__check">
          <Checkbox
            id={fieldId('confirm')}
            invalid={Boolean(confirmError)}
            aria-describedby={confirmError ? `${fieldId('confirm')}-error` : undefined}
            checked={values.confirmed}
            onChange={(event) => form.setConfirmed(event.target.checked)}
          />
          <FormLabel htmlFor={fieldId('confirm')} type="checkbox">
            {t('team.breakGlass.confirm')}
          </FormLabel>
        </div>
      </div>
      <Paragraph small>{t('team.breakGlass.stepUpHint')}</Paragraph>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('team.breakGlass.submit')}
        </Button>
      </div>
    </form>
  );
}
