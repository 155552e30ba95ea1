import {
  Fieldset,
  FieldsetLegend,
  FormLabel,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import { LabelledField } from '../../forms/components/LabelledField';
import { localDate } from '../../forms/utils/localDate';
import { useT } from '../../i18n/hooks/useT';
import type { AgreedApproachLookupState } from '../hooks/useAgreedApproachLookup';
import type { SearchMode } from '../utils/lookupProblems';
import { DateInput } from '../../forms/components/DateInput';

/** How the officer searches: by BSN, or by family name (and given names) and date of birth. */
export function LookupSearchFields({ form }: { form: AgreedApproachLookupState }) {
  const t = useT();
  const { values } = form;
  const { fieldId, controlId, messageFor } = form.problems;
  return (
    <>
      <Fieldset>
        <FieldsetLegend>{t('agreedApproach.lookup.searchBy')}</FieldsetLegend>
        <div className="schakel-lookup__modes">
          {(['BSN', 'NAME_DOB'] as const satisfies readonly SearchMode[]).map((mode) => (
            <div key={mode} className="schakel-lookup__mode">
              <RadioButton
                id={controlId(`mode-${mode}`)}
                name="mode"
                value={mode}
                checked={values.mode === mode}
                onChange={() => form.setMode(mode)}
              />
              <FormLabel htmlFor={controlId(`mode-${mode}`)} type="radio">
                {t(mode === 'BSN' ? 'agreedApproach.lookup.byBsn' : 'agreedApproach.lookup.byName')}
              </FormLabel>
            </div>
          ))}
        </div>
      </Fieldset>

      {values.mode === 'BSN' ? (
        <LabelledField
          id={fieldId('bsn')}
          label={t('agreedApproach.lookup.bsn')}
          description={t('agreedApproach.lookup.bsnHint')}
          error={messageFor('bsn')}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={fieldId('bsn')}
              name="bsn"
              inputMode="numeric"
              autoComplete="off"
              maxLength={11}
              required
              invalid={invalid}
              aria-describedby={describedBy}
              value={values.bsn}
              onChange={(event) => form.set('bsn', event.target.value)}
            />
          )}
        </LabelledField>
      ) : (
        <>
          <LabelledField
            id={fieldId('familyName')}
            label={t('agreedApproach.lookup.familyName')}
            error={messageFor('familyName')}
          >
            {({ describedBy, invalid }) => (
              <Textbox
                id={fieldId('familyName')}
                name="familyName"
                autoComplete="off"
                spellCheck={false}
                required
                invalid={invalid}
                aria-describedby={describedBy}
                value={values.familyName}
                onChange={(event) => form.set('familyName', event.target.value)}
              />
            )}
          </LabelledField>
          <LabelledField id={controlId('givenNames')} label={t('agreedApproach.lookup.givenNames')}>
            {({ describedBy }) => (
              <Textbox
                id={controlId('givenNames')}
                name="givenNames"
                autoComplete="off"
                spellCheck={false}
                aria-describedby={describedBy}
                value={values.givenNames}
                onChange={(event) => form.set('givenNames', event.target.value)}
              />
            )}
          </LabelledField>
          <LabelledField
            id={fieldId('dateOfBirth')}
            label={t('agreedApproach.lookup.dateOfBirth')}
            error={messageFor('dateOfBirth')}
          >
            {({ describedBy, invalid }) => (
              <DateInput
                label={t('agreedApproach.lookup.dateOfBirth')}
                id={fieldId('dateOfBirth')}
                name="dateOfBirth"
                autoComplete="off"
                max={localDate()}
                invalid={invalid}
                describedBy={describedBy}
                value={values.dateOfBirth}
                onChange={(value) => form.set('dateOfBirth', value)}
              />
            )}
          </LabelledField>
        </>
      )}
    </>
  );
}
