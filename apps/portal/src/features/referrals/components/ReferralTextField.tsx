import { Textbox } from '@utrecht/component-library-react';
import { DateInput } from '../../forms/components/DateInput';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { REFERRAL_LABELS, type ReferralFormState } from '../hooks/useReferralForm';

interface ReferralTextFieldProps {
  form: ReferralFormState;
  field: 'bsn' | 'givenNames' | 'familyName' | 'dateOfBirth' | 'postcode';
  hint?: MessageKey;
  autoComplete?: string;
}

/** A checked text field of the person, with its hint and problem. */
export function ReferralTextField({ form, field, hint, autoComplete }: ReferralTextFieldProps) {
  const t = useT();
  const id = form.problems.fieldId(field);
  return (
    <LabelledField
      id={id}
      label={t(REFERRAL_LABELS[field])}
      description={hint ? t(hint) : undefined}
      error={form.problems.messageFor(field)}
    >
      {({ describedBy, invalid }) =>
        field === 'dateOfBirth' ? (
          // As the BRP records it: the year, or year and month, may be all that is known.
          <DateInput
            id={id}
            name={field}
            label={t(REFERRAL_LABELS[field])}
            partial
            invalid={invalid}
            describedBy={describedBy}
            value={form.values[field]}
            onChange={form.set(field)}
          />
        ) : (
          <Textbox
            id={id}
            name={field}
            invalid={invalid}
            aria-describedby={describedBy}
            autoComplete={autoComplete ?? 'off'}
            inputMode={field === 'bsn' ? 'numeric' : undefined}
            value={form.values[field]}
            onChange={(event) => form.set(field)(event.target.value)}
          />
        )
      }
    </LabelledField>
  );
}
