import { AccessReviewHomeNotice } from '../../administration/components/AccessReviewHomeNotice';
import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';
import { HomeIntro } from './HomeIntro';

interface AgencyAdminHomeProps {
  me: SessionMe;
}

export function AgencyAdminHome({ me }: AgencyAdminHomeProps) {
  const t = useT();
  return (
    <div className="schakel-flow">
      <HomeIntro
        me={me}
        role="AGENCY_ADMIN"
        description={t('home.AGENCY_ADMIN', { agency: me.agency.name })}
        links={[{ to: '/beheer/gebruikers', label: t('home.agencyUsersLink') }]}
      />
      <AccessReviewHomeNotice />
    </div>
  );
}
