import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';
import { HomeIntro } from './HomeIntro';

interface ProcesregisseurHomeProps {
  me: SessionMe;
}

export function ProcesregisseurHome({ me }: ProcesregisseurHomeProps) {
  const t = useT();
  return (
    <HomeIntro
      me={me}
      role="PROCESREGISSEUR"
      description={t('home.PROCESREGISSEUR')}
      links={[
        { to: '/triage', label: t('home.triageLink') },
        { to: '/dossiers', label: t('home.casesLink') },
        { to: '/overzicht', label: t('home.dashboardLink') },
      ]}
    />
  );
}
