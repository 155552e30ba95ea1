import { Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { AgreedApproachLookupState } from '../hooks/useAgreedApproachLookup';
import { PURPOSE_KINDS, PURPOSE_MIN } from '../utils/lookupProblems';

/** Why the officer looks: always asked, and logged with the lookup. */
export function LookupPurposeFields({ form }: { form: AgreedApproachLookupState }) {
  const t = useT();
  const { values } = form;
  const { fieldId, messageFor } = form.problems;
  return (
    <>
      <LabelledField
        id={fieldId('purposeKind')}
        label={t('agreedApproach.lookup.purposeKind')}
        error={messageFor('purposeKind')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('purposeKind')}
            name="purposeKind"
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.purposeKind}
            onChange={(event) => form.set('purposeKind', event.target.value)}
          >
            <SelectOption value="">{t('agreedApproach.lookup.choosePurpose')}</SelectOption>
            {PURPOSE_KINDS.map((kind) => (
              <SelectOption key={kind} value={kind}>
                {t(`agreedApproach.purpose.${kind}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('purpose')}
        label={t('agreedApproach.lookup.purpose')}
        description={t('agreedApproach.lookup.purposeHint', { min: PURPOSE_MIN })}
        error={messageFor('purpose')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('purpose')}
            name="purpose"
            autoComplete="off"
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.purpose}
            onChange={(event) => form.set('purpose', event.target.value)}
          />
        )}
      </LabelledField>
    </>
  );
}
