import { AGENCY_TYPES } from '@schakel/domain';
import {
  Alert,
  Button,
  ButtonGroup,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useRegionAgencyForm, type RegionAgencyFormMode } from '../hooks/useRegionAgencyForm';
import type { RegionAgencyField } from '../utils/regionAgencyFields';

interface RegionAgencyFormProps {
  mode: RegionAgencyFormMode;
  /** Shown beside the save button of a new agency (closes the form). */
  onCancel?: () => void;
}

/** An agency's name, type and desk contact: a new agency, or the edit of one. */
export function RegionAgencyForm({ mode, onCancel }: RegionAgencyFormProps) {
  const t = useT();
  const form = useRegionAgencyForm(mode);
  const { fieldId, messageFor } = form.problems;
  const conflictRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (form.conflict) conflictRef.current?.focus();
  }, [form.conflict]);
  // A new agency's form opens on demand: its first field takes the focus.
  const creating = mode.kind === 'create';
  useEffect(() => {
    if (creating) nameRef.current?.focus();
  }, [creating]);

  const text = (
    field: Exclude<RegionAgencyField, 'type'>,
    label: string,
    options: { type?: 'email' | 'tel'; autoComplete?: string; description?: string } = {},
  ) => (
    <LabelledField
      id={fieldId(field)}
      label={label}
      description={options.description}
      error={messageFor(field)}
    >
      {({ describedBy, invalid }) => (
        <Textbox
          id={fieldId(field)}
          ref={field === 'name' ? nameRef : undefined}
          name={field}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          required={field === 'name'}
          invalid={invalid}
          aria-describedby={describedBy}
          value={form.values[field]}
          onChange={(event) => form.set(field, event.target.value)}
        />
      )}
    </LabelledField>
  );

  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('regionAgencies.notSaved')} form={form.problems} />
      {form.conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <Alert type="warning" role="alert">
            <Paragraph>
              {t('regionAgencies.conflict', {
                saved: [
                  form.conflict.name,
                  t(`agencyType.${form.conflict.type}`),
                  form.conflict.contactName,
                  form.conflict.contactEmail,
                  form.conflict.contactPhone,
                ]
                  .filter(Boolean)
                  .join(', '),
              })}
            </Paragraph>
            <Button appearance="secondary-action-button" onClick={form.takeSaved}>
              {t('regionAgencies.takeSaved')}
            </Button>
          </Alert>
        </div>
      )}
      {text('name', t('regionAgencies.field.name'), { autoComplete: 'organization' })}
      <LabelledField
        id={fieldId('type')}
        label={t('regionAgencies.field.type')}
        error={messageFor('type')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('type')}
            name="type"
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.type}
            onChange={(event) => form.set('type', event.target.value)}
          >
            <SelectOption value="">{t('regionAgencies.field.chooseType')}</SelectOption>
            {AGENCY_TYPES.map((type) => (
              <SelectOption key={type} value={type}>
                {t(`agencyType.${type}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {text('contactName', t('regionAgencies.field.contactName'), {
        description: t('regionAgencies.field.contactHint'),
      })}
      {text('contactEmail', t('regionAgencies.field.contactEmail'), { type: 'email' })}
      {text('contactPhone', t('regionAgencies.field.contactPhone'), { type: 'tel' })}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t(creating ? 'regionAgencies.save' : 'regionAgencies.saveChanges')}
        </Button>
        {onCancel && (
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('regionAgencies.cancel')}
          </Button>
        )}
      </ButtonGroup>
      <div role="status">
        {form.saved && (
          <Alert type="ok" role="none">
            <Paragraph>{t('regionAgencies.saved')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
