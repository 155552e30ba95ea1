import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import { SsoLoginNotice } from '../../sso/components/SsoLoginNotice';
import { FORGOT_PASSWORD_PATH } from '../utils/safeReturnPath';
import type { LoginNotice } from '../utils/SessionContext';
import { LoginForm } from './LoginForm';
import './LoginPanel.css';

interface LoginPanelProps {
  notice: LoginNotice | null;
}

export function LoginPanel({ notice }: LoginPanelProps) {
  const t = useT();
  return (
    <div className="schakel-login-panel schakel-flow">
      <Heading level={1}>{t('login.heading')}</Heading>
      <Paragraph>{t('login.intro')}</Paragraph>
      <SsoLoginNotice />
      <LoginForm notice={notice} />
      <Paragraph>
        <RouterLink className="utrecht-link" to={FORGOT_PASSWORD_PATH}>
          {t('login.forgotPassword')}
        </RouterLink>
      </Paragraph>
    </div>
  );
}
