import { MIN_PASSWORD_LENGTH } from '@schakel/domain';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router-dom';
import { PasswordField } from '../../account/components/PasswordField';
import { LOGIN_PATH } from '../../auth/utils/safeReturnPath';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { useT } from '../../i18n/hooks/useT';
import { useActivateAccountForm } from '../hooks/useActivateAccountForm';

interface ActivateAccountFormProps {
  token: string;
}

export function ActivateAccountForm({ token }: ActivateAccountFormProps) {
  const t = useT();
  const form = useActivateAccountForm(token);
  const { fieldId, messageFor } = form.problems;

  if (form.activated) {
    return (
      <div role="status">
        <Alert type="ok" role="none">
          <Paragraph>{t('activation.success')}</Paragraph>
          <Paragraph>
            <Link to={LOGIN_PATH}>{t('activation.toLogin')}</Link>
          </Paragraph>
        </Alert>
      </div>
    );
  }

  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('activation.notActivated')} form={form.problems} />
      <PasswordField
        id={fieldId('password')}
        name="password"
        label={t('activation.password')}
        autoComplete="new-password"
        description={t('changePassword.newHint', { min: MIN_PASSWORD_LENGTH })}
        error={messageFor('password')}
        value={form.values.password}
        onChange={(value) => form.set('password', value)}
      />
      <PasswordField
        id={fieldId('repeatPassword')}
        name="repeatPassword"
        label={t('activation.repeat')}
        autoComplete="new-password"
        error={messageFor('repeatPassword')}
        value={form.values.repeatPassword}
        onChange={(value) => form.set('repeatPassword', value)}
      />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('activation.submit')}
        </Button>
      </div>
    </form>
  );
}
