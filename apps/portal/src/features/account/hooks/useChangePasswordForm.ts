import { useState, type FormEvent } from 'react';
import { useFormProblems } from '../../forms/hooks/useFormProblems';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import {
  checkPasswordChange,
  firstProblemField,
  PASSWORD_CHANGE_FIELDS,
  problemsForErrorCode,
  type PasswordChangeField,
  type PasswordChangeProblem,
  type PasswordChangeValues,
} from '../utils/passwordChangeProblems';
import { useChangePassword } from './useChangePassword';

const EMPTY: PasswordChangeValues = { currentPassword: '', newPassword: '', repeatPassword: '' };

const REQUIRED: Record<PasswordChangeField, MessageKey> = {
  currentPassword: 'changePassword.currentRequired',
  newPassword: 'changePassword.newRequired',
  repeatPassword: 'changePassword.repeatRequired',
};

/** The state and submit of changing one's password; the API keeps its PASSWORD_* codes. */
export function useChangePasswordForm() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { changePassword, loading } = useChangePassword();
  const [values, setValues] = useState<PasswordChangeValues>(EMPTY);
  const [changed, setChanged] = useState(false);
  const problems = useFormProblems<PasswordChangeField, PasswordChangeProblem>(
    PASSWORD_CHANGE_FIELDS,
    (field, problem) => {
      switch (problem) {
        case 'REQUIRED':
          return t(REQUIRED[field]);
        case 'TOO_SHORT':
          return errorMessage('PASSWORD_TOO_SHORT');
        case 'TOO_LONG':
          return errorMessage('PASSWORD_TOO_LONG');
        case 'TOO_COMMON':
          return errorMessage('PASSWORD_TOO_COMMON');
        case 'UNCHANGED':
          return errorMessage('PASSWORD_UNCHANGED');
        case 'MISMATCH':
          return t('changePassword.mismatch');
        case 'CURRENT_INCORRECT':
          return t('changePassword.currentIncorrect');
      }
    },
    // An error about no field (throttling, the network) is shown without moving the focus.
    { focusSummary: false },
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setChanged(false);
    const found = checkPasswordChange(values);
    if (firstProblemField(found)) return problems.show(found);
    problems.clear();
    // What was typed stays on failure, so the user only corrects what is wrong.
    const code = await changePassword({
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    if (code === null) {
      setValues(EMPTY);
      setChanged(true);
      return;
    }
    const fieldProblems = problemsForErrorCode(code);
    if (fieldProblems) problems.show(fieldProblems);
    else problems.show({}, errorMessage(code));
  }

  return {
    values,
    set: (field: PasswordChangeField, value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    problems,
    pending: loading,
    changed,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}
