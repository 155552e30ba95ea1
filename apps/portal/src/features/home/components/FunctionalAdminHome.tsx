import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';
import { HomeIntro } from './HomeIntro';

interface FunctionalAdminHomeProps {
  me: SessionMe;
}

export function FunctionalAdminHome({ me }: FunctionalAdminHomeProps) {
  const t = useT();
  return (
    <HomeIntro
      me={me}
      role="FUNCTIONAL_ADMIN"
      description={t('home.FUNCTIONAL_ADMIN')}
      links={[{ to: '/convenant', label: t('home.covenantEditLink') }]}
    />
  );
}
