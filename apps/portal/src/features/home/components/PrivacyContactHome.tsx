import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';
import { HomeIntro } from './HomeIntro';

interface PrivacyContactHomeProps {
  me: SessionMe;
}

export function PrivacyContactHome({ me }: PrivacyContactHomeProps) {
  const t = useT();
  return (
    <HomeIntro
      me={me}
      role="PRIVACY_CONTACT"
      description={t('home.PRIVACY_CONTACT', { agency: me.agency.name })}
      links={[{ to: '/privacy/mijn-verzoeken', label: t('dsrPart.homeLink') }]}
    />
  );
}
