import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';
import { HomeIntro } from './HomeIntro';

interface PrivacyOfficerHomeProps {
  me: SessionMe;
}

export function PrivacyOfficerHome({ me }: PrivacyOfficerHomeProps) {
  const t = useT();
  return (
    <HomeIntro
      me={me}
      role="PRIVACY_OFFICER"
      description={t('home.PRIVACY_OFFICER')}
      links={[
        { to: '/privacy/verzoeken', label: t('dsr.homeLink') },
        { to: '/privacy/bewaartermijnen', label: t('retention.homeLink') },
        { to: '/convenant', label: t('home.covenantLink') },
      ]}
    />
  );
}
