import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSession } from '../../auth/hooks/useSession';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { PublicLayout } from './PublicLayout';

/**
 * Shown on any page while the API cannot say who the user is. Not the login page: the session is
 * probably fine, and the page the user asked for comes back by itself once the API answers.
 */
export function SessionUnavailable() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { session, recheck } = useSession();
  useDocumentTitle(t('unavailable.heading'));
  const code = session.status === 'unavailable' ? session.code : 'NETWORK';

  return (
    <PublicLayout>
      <Heading1>{t('unavailable.heading')}</Heading1>
      <div role="status">
        <Paragraph>{errorMessage(code)}</Paragraph>
        <Paragraph>{t('unavailable.kept')}</Paragraph>
      </div>
      <Button appearance="primary-action-button" onClick={recheck}>
        {t('unavailable.retry')}
      </Button>
    </PublicLayout>
  );
}
