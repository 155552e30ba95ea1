import { Button } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import { useLogout } from '../hooks/useLogout';

export function LogoutButton() {
  const t = useT();
  const { logout, loading } = useLogout();
  return (
    <Button
      type="button"
      appearance="secondary-action-button"
      busy={loading}
      onClick={() => {
        if (!loading) void logout();
      }}
    >
      {t('header.logout')}
    </Button>
  );
}
