import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { ResetPasswordForm } from '../features/auth/components/ResetPasswordForm';
import { resetTokenFrom } from '../features/auth/hooks/usePasswordReset';
import { FORGOT_PASSWORD_PATH } from '../features/auth/utils/safeReturnPath';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function ResetPasswordPage() {
  const t = useT();
  const { hash } = useLocation();
  // Read once: the token stays out of the history entries that follow.
  const [token] = useState(() => resetTokenFrom(hash));
  useDocumentTitle(t('passwordReset.resetTitle'));
  return (
    <div className="schakel-login-panel schakel-flow">
      <Heading level={1}>{t('passwordReset.resetTitle')}</Heading>
      {token ? (
        <>
          <Paragraph>{t('passwordReset.resetIntro')}</Paragraph>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <Paragraph>
          {t('passwordReset.noToken')}{' '}
          <RouterLink className="utrecht-link" to={FORGOT_PASSWORD_PATH}>
            {t('passwordReset.requestAgain')}
          </RouterLink>
        </Paragraph>
      )}
    </div>
  );
}
