import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';
import type { Ref } from 'react';

interface PasswordFieldProps {
  id: string;
  name: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (value: string) => void;
  /** Shown under the label, e.g. the password rules. */
  description?: string;
  /** Shown under the field; the field is then marked invalid. */
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled password box whose hint and error are read out with it. */
export function PasswordField({
  id,
  name,
  label,
  autoComplete,
  value,
  onChange,
  description,
  error = null,
  inputRef,
}: PasswordFieldProps) {
  const invalid = error !== null;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  // The error first: it is what the user needs to hear when the field gets focus.
  const describedBy = [invalid && errorId, description && descriptionId].filter(Boolean).join(' ');

  return (
    <FormField
      invalid={invalid}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
      }
      errorMessage={invalid && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={
        <Textbox
          ref={inputRef}
          id={id}
          name={name}
          type="password"
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          required
          invalid={invalid}
          aria-describedby={describedBy || undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      }
    />
  );
}
