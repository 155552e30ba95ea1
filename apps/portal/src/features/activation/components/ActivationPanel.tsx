import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import { activationTokenFromHash } from '../utils/activationProblems';
import { ActivateAccountForm } from './ActivateAccountForm';

/**
 * The page an activation link opens. The token is read once from the fragment and then removed
 * from the address bar, so it stays out of the history and off a shared screen.
 */
export function ActivationPanel() {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => activationTokenFromHash(location.hash));

  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  return (
    <div className="schakel-login-panel schakel-flow">
      <Heading level={1}>{t('activation.heading')}</Heading>
      {token ? (
        <>
          <Paragraph>{t('activation.intro')}</Paragraph>
          <ActivateAccountForm token={token} />
        </>
      ) : (
        <Alert type="error">
          <Paragraph>{t('error.ACTIVATION_LINK_INVALID')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
