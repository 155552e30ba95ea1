import { Button, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { AgreedApproachFormState } from '../hooks/useAgreedApproachForm';
import type { ContactValues } from '../utils/cardProblems';

interface AgreedApproachContactFieldsProps {
  form: AgreedApproachFormState;
  contact: ContactValues;
  index: number;
  agencies: readonly { id: string; name: string }[];
}

const TEXT_FIELDS = [
  ['name', 'agreedApproach.form.name', undefined],
  ['role', 'agreedApproach.form.role', undefined],
  ['phone', 'agreedApproach.form.phone', 'agreedApproach.form.phoneHint'],
  ['available', 'agreedApproach.form.available', 'agreedApproach.form.availableHint'],
] as const;

/** One contact of the card: agency, name, role, phone and availability. */
export function AgreedApproachContactFields({
  form,
  contact,
  index,
  agencies,
}: AgreedApproachContactFieldsProps) {
  const t = useT();
  const { fieldId, errorOf } = form;
  const number = index + 1;
  const key = (field: string) => `contacts.${index}.${field}`;
  return (
    <fieldset className="schakel-aa-contact schakel-flow">
      <legend>{t('agreedApproach.form.contactLegend', { number })}</legend>
      <LabelledField
        id={fieldId(key('agencyId'))}
        label={t('agreedApproach.form.agency')}
        error={errorOf(key('agencyId'))}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId(key('agencyId'))}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={contact.agencyId}
            onChange={(event) => form.setContact(index, 'agencyId', event.target.value)}
          >
            <SelectOption value="">{t('agreedApproach.form.chooseAgency')}</SelectOption>
            {agencies.map((agency) => (
              <SelectOption key={agency.id} value={agency.id}>
                {agency.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {TEXT_FIELDS.map(([field, label, hint]) => (
        <LabelledField
          key={field}
          id={fieldId(key(field))}
          label={t(label)}
          description={hint && t(hint)}
          error={errorOf(key(field))}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={fieldId(key(field))}
              type={field === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              required={field === 'name' || field === 'phone'}
              invalid={invalid}
              aria-describedby={describedBy}
              value={contact[field]}
              onChange={(event) => form.setContact(index, field, event.target.value)}
            />
          )}
        </LabelledField>
      ))}
      {form.values.contacts.length > 1 && (
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => form.removeContact(index)}
        >
          {t('agreedApproach.form.removeContact', { number })}
        </Button>
      )}
    </fieldset>
  );
}
