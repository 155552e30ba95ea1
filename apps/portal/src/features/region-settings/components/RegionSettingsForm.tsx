import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { REGION_SETTINGS_BOUNDS } from '@schakel/domain';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import {
  REGION_SETTINGS_FIELDS,
  useRegionSettingsForm,
  type RegionSettingsField,
} from '../hooks/useRegionSettingsForm';

const LABEL: Record<RegionSettingsField, MessageKey> = {
  name: 'regionSettings.name',
  contactEmail: 'regionSettings.contactEmail',
  contactPhone: 'regionSettings.contactPhone',
  accessReviewMonths: 'regionSettings.accessReviewMonths',
  covenantGraceDays: 'regionSettings.covenantGraceDays',
  closingGraceDays: 'regionSettings.closingGraceDays',
};

const HINT: Partial<Record<RegionSettingsField, MessageKey>> = {
  contactEmail: 'regionSettings.contactHint',
  accessReviewMonths: 'regionSettings.accessReviewMonths.hint',
  covenantGraceDays: 'regionSettings.covenantGraceDays.hint',
  closingGraceDays: 'regionSettings.closingGraceDays.hint',
};

const INPUT: Record<
  RegionSettingsField,
  { type: 'text' | 'email' | 'tel'; numeric?: boolean; autoComplete: string }
> = {
  name: { type: 'text', autoComplete: 'organization' },
  contactEmail: { type: 'email', autoComplete: 'email' },
  contactPhone: { type: 'tel', autoComplete: 'tel' },
  accessReviewMonths: { type: 'text', numeric: true, autoComplete: 'off' },
  covenantGraceDays: { type: 'text', numeric: true, autoComplete: 'off' },
  closingGraceDays: { type: 'text', numeric: true, autoComplete: 'off' },
};

/** The region's settings (/beheer/instellingen): one form, saved at once, a stale edit reported. */
export function RegionSettingsForm() {
  const t = useT();
  const form = useRegionSettingsForm();
  const { fieldId, messageFor } = form.problems;
  if (form.failed) {
    return (
      <Alert type="error">
        <Paragraph>{t('regionSettings.loadFailed')}</Paragraph>
      </Alert>
    );
  }
  if (!form.values) return <Paragraph role="status">{t('regionSettings.loading')}</Paragraph>;
  const values = form.values;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('regionSettings.notSaved')} form={form.problems} />
      {form.conflict && (
        <div>
          <Button type="button" appearance="secondary-action-button" onClick={form.reload}>
            {t('regionSettings.reload')}
          </Button>
        </div>
      )}
      {REGION_SETTINGS_FIELDS.map((field) => {
        const error = messageFor(field);
        const errorId = `${fieldId(field)}-error`;
        const hint = HINT[field];
        const hintId = `${fieldId(field)}-hint`;
        const bounds = (REGION_SETTINGS_BOUNDS as Record<string, { min: number; max: number }>)[
          field
        ];
        const input = INPUT[field];
        const describedBy = [hint ? hintId : null, error ? errorId : null]
          .filter(Boolean)
          .join(' ');
        return (
          <FormField
            key={field}
            invalid={error !== null}
            label={<FormLabel htmlFor={fieldId(field)}>{t(LABEL[field])}</FormLabel>}
            description={
              hint && (
                <FormFieldDescription id={hintId}>{t(hint, bounds ?? {})}</FormFieldDescription>
              )
            }
            errorMessage={
              error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>
            }
            input={
              <Textbox
                id={fieldId(field)}
                name={field}
                type={input.type}
                inputMode={input.numeric ? 'numeric' : undefined}
                autoComplete={input.autoComplete}
                required={field !== 'contactEmail' && field !== 'contactPhone'}
                invalid={error !== null}
                aria-describedby={describedBy || undefined}
                value={values[field]}
                onChange={(event) => form.set(field, event.target.value)}
              />
            }
          />
        );
      })}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('regionSettings.save')}
        </Button>
      </div>
      <div role="status">
        {form.saved && (
          <Alert type="ok" role="none">
            <Paragraph>{t('regionSettings.saved')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
