import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { Fragment } from 'react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import {
  boundsOf,
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
  wgsContactEmail: 'regionSettings.wgsContactEmail',
  wgsContactPhone: 'regionSettings.wgsContactPhone',
  wgsContactAddress: 'regionSettings.wgsContactAddress',
  volunteerGoalMin: 'regionSettings.volunteerGoalMin',
  volunteerGoalMax: 'regionSettings.volunteerGoalMax',
};

const HINT: Partial<Record<RegionSettingsField, MessageKey>> = {
  contactEmail: 'regionSettings.contactHint',
  accessReviewMonths: 'regionSettings.accessReviewMonths.hint',
  covenantGraceDays: 'regionSettings.covenantGraceDays.hint',
  closingGraceDays: 'regionSettings.closingGraceDays.hint',
  wgsContactAddress: 'regionSettings.wgsContactAddress.hint',
  volunteerGoalMin: 'regionSettings.volunteerGoal.hint',
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
  wgsContactEmail: { type: 'email', autoComplete: 'off' },
  wgsContactPhone: { type: 'tel', autoComplete: 'off' },
  wgsContactAddress: { type: 'text', autoComplete: 'off' },
  volunteerGoalMin: { type: 'text', numeric: true, autoComplete: 'off' },
  volunteerGoalMax: { type: 'text', numeric: true, autoComplete: 'off' },
};

const OPTIONAL: ReadonlySet<RegionSettingsField> = new Set([
  'contactEmail',
  'contactPhone',
  'wgsContactEmail',
  'wgsContactPhone',
  'wgsContactAddress',
]);

/** The form's groups, in screen order; a group with a legend is a section under that heading. */
const GROUPS: { legend?: MessageKey; intro?: MessageKey; fields: RegionSettingsField[] }[] = [
  {
    fields: [
      'name',
      'contactEmail',
      'contactPhone',
      'accessReviewMonths',
      'covenantGraceDays',
      'closingGraceDays',
    ],
  },
  {
    legend: 'regionSettings.wgs.legend',
    intro: 'regionSettings.wgs.intro',
    fields: ['wgsContactEmail', 'wgsContactPhone', 'wgsContactAddress'],
  },
  {
    legend: 'regionSettings.volunteer.legend',
    intro: 'regionSettings.volunteer.intro',
    fields: ['volunteerGoalMin', 'volunteerGoalMax'],
  },
];

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
  const renderField = (field: RegionSettingsField) => {
    const error = messageFor(field);
    const errorId = `${fieldId(field)}-error`;
    const hint = HINT[field];
    const hintId = `${fieldId(field)}-hint`;
    const bounds = boundsOf(field);
    const input = INPUT[field];
    const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
    return (
      <FormField
        key={field}
        invalid={error !== null}
        label={<FormLabel htmlFor={fieldId(field)}>{t(LABEL[field])}</FormLabel>}
        description={
          hint && <FormFieldDescription id={hintId}>{t(hint, bounds ?? {})}</FormFieldDescription>
        }
        errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
        input={
          <Textbox
            id={fieldId(field)}
            name={field}
            type={input.type}
            inputMode={input.numeric ? 'numeric' : undefined}
            autoComplete={input.autoComplete}
            required={!OPTIONAL.has(field)}
            invalid={error !== null}
            aria-describedby={describedBy || undefined}
            value={values[field]}
            onChange={(event) => form.set(field, event.target.value)}
          />
        }
      />
    );
  };
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
      {GROUPS.map(({ legend, intro, fields }) =>
        legend ? (
          <section key={legend} aria-labelledby={`${legend.replace(/\./g, '-')}-heading`}>
            <Heading level={2} id={`${legend.replace(/\./g, '-')}-heading`}>
              {t(legend)}
            </Heading>
            {intro && <Paragraph>{t(intro)}</Paragraph>}
            {fields.map(renderField)}
          </section>
        ) : (
          <Fragment key="general">{fields.map(renderField)}</Fragment>
        ),
      )}
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
