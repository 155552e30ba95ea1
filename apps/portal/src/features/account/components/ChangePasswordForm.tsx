import { MIN_PASSWORD_LENGTH } from '@schakel/domain';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { useChangePasswordForm } from '../hooks/useChangePasswordForm';
import { PASSWORD_CHANGE_FIELDS, type PasswordChangeField } from '../utils/passwordChangeProblems';
import { PasswordField } from './PasswordField';
import './ChangePasswordForm.css';

const LABEL: Record<PasswordChangeField, MessageKey> = {
  currentPassword: 'changePassword.current',
  newPassword: 'changePassword.new',
  repeatPassword: 'changePassword.repeat',
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
  const form = useChangePasswordForm();
  const { fieldId, messageFor } = form.problems;
  return (
    <form className="schakel-change-password-form" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('changePassword.notChanged')} form={form.problems} />

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
          error={messageFor(field)}
          value={form.values[field]}
          onChange={(value) => form.set(field, value)}
        />
      ))}

      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('changePassword.submit')}
        </Button>
      </div>

      {/* Always present, so the confirmation is announced when it appears. */}
      <div role="status" className="schakel-change-password-form__status">
        {form.changed && (
          // role="none": the surrounding live region already announces it, once.
          <Alert type="ok" role="none">
            <Paragraph>{t('changePassword.success')}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
