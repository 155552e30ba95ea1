import { Navigate, useLocation } from 'react-router-dom';
import { LoginPanel } from '../features/auth/components/LoginPanel';
import { useSession } from '../features/auth/hooks/useSession';
import { safeReturnPath } from '../features/auth/utils/safeReturnPath';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function LoginPage() {
  const t = useT();
  const { session } = useSession();
  const location = useLocation();
  useDocumentTitle(t('login.title'));

  if (session.status === 'authenticated') {
    return <Navigate to={safeReturnPath(location.state)} replace />;
  }
  const notice =
    session.status === 'anonymous'
      ? session.notice
      : session.status === 'unavailable'
        ? ({ kind: 'ERROR', code: session.code } as const)
        : null;
  return <LoginPanel notice={notice} />;
}
