import { MIN_PASSWORD_LENGTH } from '@schakel/domain';
import {
  Alert,
  Button,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { useChangePassword } from '../hooks/useChangePassword';
import {
  checkPasswordChange,
  firstProblemField,
  PASSWORD_CHANGE_FIELDS,
  problemsForErrorCode,
  type PasswordChangeField,
  type PasswordChangeProblem,
  type PasswordChangeProblems,
  type PasswordChangeValues,
} from '../utils/passwordChangeProblems';
import { PasswordField } from './PasswordField';
import './ChangePasswordForm.css';

const EMPTY: PasswordChangeValues = { currentPassword: '', newPassword: '', repeatPassword: '' };

const LABEL: Record<PasswordChangeField, MessageKey> = {
  currentPassword: 'changePassword.current',
  newPassword: 'changePassword.new',
  repeatPassword: 'changePassword.repeat',
};

const REQUIRED: Record<PasswordChangeField, MessageKey> = {
  currentPassword: 'changePassword.currentRequired',
  newPassword: 'changePassword.newRequired',
  repeatPassword: 'changePassword.repeatRequired',
};

const AUTOCOMPLETE: Record<PasswordChangeField, 'current-password' | 'new-password'> = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
  repeatPassword: 'new-password',
};

interface ChangePasswordFormProps {
  /** The account's login name, so password managers update the right entry. */
  email: string;
}

export function ChangePasswordForm({ email }: ChangePasswordFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { changePassword, loading } = useChangePassword();
  const id = useId();
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const inputRefs = { currentPassword: currentRef, newPassword: newRef, repeatPassword: repeatRef };

  const [values, setValues] = useState<PasswordChangeValues>(EMPTY);
  const [problems, setProblems] = useState<PasswordChangeProblems>({});
  // An error that belongs to no single field, such as throttling or a network failure.
  const [failure, setFailure] = useState<ClientErrorCode | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [changed, setChanged] = useState(false);

  const fieldId = (field: PasswordChangeField) => `${id}-${field}`;

  function messageFor(field: PasswordChangeField, problem: PasswordChangeProblem): string {
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
  }

  function focusField(field: PasswordChangeField) {
    inputRefs[field].current?.focus();
  }

  /** Shows the problems and moves to the first one, once its error is in the DOM to be read out. */
  function showProblems(found: PasswordChangeProblems, code: ClientErrorCode | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(code);
      setAttempts((count) => count + 1);
    });
    const first = firstProblemField(found);
    if (first) focusField(first);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setChanged(false);

    const found = checkPasswordChange(values);
    if (firstProblemField(found)) {
      showProblems(found);
      return;
    }
    setProblems({});
    setFailure(null);

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
    if (fieldProblems) showProblems(fieldProblems);
    else showProblems({}, code);
  }

  const invalidFields = PASSWORD_CHANGE_FIELDS.flatMap((field) => {
    const problem = problems[field];
    return problem ? [{ field, message: messageFor(field, problem) }] : [];
  });
  const messageOf = (field: PasswordChangeField) =>
    invalidFields.find((entry) => entry.field === field)?.message ?? null;

  return (
    <form
      className="schakel-change-password-form"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      {(invalidFields.length > 0 || failure) && (
        // A new key per attempt, so screen readers announce the summary again after each try.
        <Alert key={attempts} type="error">
          <Paragraph>{t('changePassword.notChanged')}</Paragraph>
          {failure && <Paragraph>{errorMessage(failure)}</Paragraph>}
          {invalidFields.length > 0 && (
            <UnorderedList>
              {invalidFields.map(({ field, message }) => (
                <UnorderedListItem key={field}>
                  <Link
                    href={`#${fieldId(field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(field);
                    }}
                  >
                    {message}
                  </Link>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </Alert>
      )}

      {/* Tells password managers which account the new password is for; never shown. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />

      {PASSWORD_CHANGE_FIELDS.map((field) => (
        <PasswordField
          key={field}
          id={fieldId(field)}
          name={field}
          label={t(LABEL[field])}
          autoComplete={AUTOCOMPLETE[field]}
          description={
            field === 'newPassword'
              ? t('changePassword.newHint', { min: MIN_PASSWORD_LENGTH })
              : undefined
          }
          error={messageOf(field)}
          inputRef={inputRefs[field]}
          value={values[field]}
          onChange={(value) => setValues((previous) => ({ ...previous, [field]: value }))}
        />
      ))}

      <div>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('changePassword.submit')}
        </Button>
      </div>

      {/* Always present, so the confirmation is announced when it appears. */}
      <div role="status" className="schakel-change-password-form__status">
        {changed && (
          // role="none": the surrounding live region already announces it, once.
          <Alert type="ok" role="none">
            <Paragraph>{t('changePassword.success')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
