import { Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import { useSession } from '../../auth/hooks/useSession';
import { useT } from '../../i18n/hooks/useT';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { PublicLayout } from './PublicLayout';

/**
 * What a failed session check says. The check asks only who is signed in, so it meets the
 * network, the database or the audit trail being away, or an error of the API; anything else reads
 * as the latter. Named one by one, so the shell carries four error texts, not all of them
 * (`useErrorMessage` names every `error.*` key; issue 14's initial JavaScript).
 */
function problemKey(code: ClientErrorCode) {
  switch (code) {
    case 'NETWORK':
      return 'error.NETWORK';
    case 'SERVICE_UNAVAILABLE':
      return 'error.SERVICE_UNAVAILABLE';
    case 'AUDIT_UNAVAILABLE':
      return 'error.AUDIT_UNAVAILABLE';
    default:
      return 'error.INTERNAL';
  }
}

/**
 * Shown on any page while the API cannot say who the user is. Not the login page: the session is
 * probably fine, and the page the user asked for comes back by itself once the API answers.
 */
export function SessionUnavailable() {
  const t = useT();
  const { session, recheck } = useSession();
  useDocumentTitle(t('unavailable.heading'));
  const code = session.status === 'unavailable' ? session.code : 'NETWORK';

  return (
    <PublicLayout>
      <div className="schakel-unavailable schakel-flow">
        <Heading1>{t('unavailable.heading')}</Heading1>
        <div role="status">
          <Paragraph>{t(problemKey(code))}</Paragraph>
          <Paragraph>{t('unavailable.kept')}</Paragraph>
        </div>
        <Button appearance="primary-action-button" onClick={recheck}>
          {t('unavailable.retry')}
        </Button>
      </div>
    </PublicLayout>
  );
}
