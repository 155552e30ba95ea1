import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useLocation } from 'react-router-dom';
import type { MessageKey } from '../../i18n/messages/nl';
import { useT } from '../../i18n/hooks/useT';

const OUTCOMES: Record<string, MessageKey> = {
  failed: 'sso.failed',
  'no-account': 'sso.noAccount',
  unavailable: 'sso.unavailable',
  throttled: 'sso.throttled',
  covenant: 'covenantAccess.ssoRefused',
};

/**
 * Why the API sent the browser back to the login page after a sign-in at the agency's provider
 * (/inloggen?sso=…), or that the provider's session ended too (/inloggen?uitgelogd=1).
 */
export function SsoLoginNotice() {
  const t = useT();
  const params = new URLSearchParams(useLocation().search);
  const outcome = OUTCOMES[params.get('sso') ?? ''];
  if (outcome) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t(outcome)}</Paragraph>
      </Alert>
    );
  }
  if (params.get('uitgelogd') === '1') {
    return (
      <Alert type="ok" role="status">
        <Paragraph>{t('sso.loggedOutAtProvider')}</Paragraph>
      </Alert>
    );
  }
  return null;
}
