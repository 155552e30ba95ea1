import { FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { ReferralFormState } from '../hooks/useReferralForm';

interface ReferralPlainFieldProps {
  form: ReferralFormState;
  field: 'street' | 'houseNumber' | 'city';
}

/** An unchecked text field of the person's address. */
export function ReferralPlainField({ form, field }: ReferralPlainFieldProps) {
  const t = useT();
  const id = form.problems.controlId(field);
  return (
    <FormField
      label={<FormLabel htmlFor={id}>{t(`referral.${field}`)}</FormLabel>}
      input={
        <Textbox
          id={id}
          name={field}
          value={form.values[field]}
          onChange={(event) => form.set(field)(event.target.value)}
        />
      }
    />
  );
}
