import { useQuery } from '@apollo/client/react';
import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';
import { OPEN_REVIEW_COUNT_QUERY } from '../../privacy-office/graphql/privacyOfficeDocuments';
import { HomeIntro } from './HomeIntro';

interface PrivacyOfficerHomeProps {
  me: SessionMe;
}

export function PrivacyOfficerHome({ me }: PrivacyOfficerHomeProps) {
  const t = useT();
  const open = useQuery(OPEN_REVIEW_COUNT_QUERY, { fetchPolicy: 'cache-and-network' }).data
    ?.openBreakGlassReviewCount;
  return (
    <HomeIntro
      me={me}
      role="PRIVACY_OFFICER"
      description={t('home.PRIVACY_OFFICER')}
      links={[
        { to: '/privacy/audittrail', label: t('privacyOffice.home.trail') },
        {
          to: '/privacy/break-the-glass',
          label:
            open === undefined
              ? t('privacyOffice.subnav.breakGlass')
              : t('privacyOffice.home.breakGlass', { count: open }),
        },
        { to: '/privacy/signalen', label: t('privacyOffice.home.signals') },
        { to: '/privacy/verzoeken', label: t('dsr.homeLink') },
        { to: '/privacy/bewaartermijnen', label: t('retention.homeLink') },
        { to: '/convenant', label: t('home.covenantLink') },
      ]}
    />
  );
}
