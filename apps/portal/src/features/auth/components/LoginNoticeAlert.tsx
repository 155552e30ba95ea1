import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { LoginNotice } from '../utils/SessionContext';

interface LoginNoticeAlertProps {
  notice: LoginNotice;
}

/** Tells the user why they are on the login page: logged out, session expired, or the API is down. */
export function LoginNoticeAlert({ notice }: LoginNoticeAlertProps) {
  const t = useT();
  const errorMessage = useErrorMessage();

  switch (notice.kind) {
    case 'LOGGED_OUT':
      return (
        <Alert type="ok" role="status">
          <Paragraph>{t('login.loggedOut')}</Paragraph>
        </Alert>
      );
    case 'LOGGED_OUT_EVERYWHERE':
      return (
        <Alert type="ok" role="status">
          <Paragraph>{t('login.loggedOutEverywhere')}</Paragraph>
        </Alert>
      );
    case 'IDLE_TIMEOUT':
      return (
        <Alert type="warning" role="status">
          <Paragraph>{t('login.idleTimeout')}</Paragraph>
        </Alert>
      );
    case 'SESSION_EXPIRED':
      return (
        <Alert type="warning" role="status">
          <Paragraph>{t('login.sessionExpired')}</Paragraph>
        </Alert>
      );
    case 'ERROR':
      return (
        <Alert type="error" role="status">
          <Paragraph>{errorMessage(notice.code)}</Paragraph>
        </Alert>
      );
  }
}
