import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface FieldAria {
  /** The ids of the error and the hint, in that order, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
}

interface LabelledFieldProps {
  /** The id of the control, which the label points to. */
  id: string;
  label: string;
  /** Shown under the label, e.g. the rules for the value. */
  description?: string;
  /** Shown under the field; the field is then marked invalid. */
  error?: string | null;
  className?: string;
  /** The control, given what it needs to be read out with its hint and error. */
  children: (aria: FieldAria) => ReactNode;
}

/** A labelled form control whose hint and error are read out with it. */
export function LabelledField({
  id,
  label,
  description,
  error = null,
  className,
  children,
}: LabelledFieldProps) {
  const invalid = error !== null;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  // The error first: it is what the user needs to hear when the field gets focus.
  const describedBy =
    [invalid && errorId, description && descriptionId].filter(Boolean).join(' ') || undefined;

  return (
    <FormField
      className={className}
      invalid={invalid}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
      }
      errorMessage={invalid && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={children({ describedBy, invalid })}
    />
  );
}
