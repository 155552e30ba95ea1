import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router-dom';
import { ForgotPasswordForm } from '../features/auth/components/ForgotPasswordForm';
import { LOGIN_PATH } from '../features/auth/utils/safeReturnPath';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function ForgotPasswordPage() {
  const t = useT();
  useDocumentTitle(t('passwordReset.requestTitle'));
  return (
    <div className="schakel-login-panel schakel-flow">
      <Heading level={1}>{t('passwordReset.requestTitle')}</Heading>
      <Paragraph>{t('passwordReset.requestIntro')}</Paragraph>
      <ForgotPasswordForm />
      <Paragraph>
        <RouterLink className="utrecht-link" to={LOGIN_PATH}>
          {t('passwordReset.toLogin')}
        </RouterLink>
      </Paragraph>
    </div>
  );
}
