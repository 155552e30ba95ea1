import type { AgencyType, Role } from '@schakel/domain';
import { NavLink } from 'react-router-dom';
import { canManageRegionAgencies } from '../../administration/utils/canManageRegionAgencies';
import { canLookUpAgreedApproach } from '../../agreed-approach/utils/canLookUpAgreedApproach';
import { useMe } from '../../auth/hooks/useMe';
import {
  canReadCovenant,
  canManageAgencyUsers,
  canManageAreas,
  canManageRegionSettings,
  canReadRetention,
  canRefer,
  canSeeCaseContent,
  canSeeDashboard,
  canSeeOutcomeReport,
  canTriage,
} from '../../auth/utils/permissions';
import type { MessageKey } from '../../i18n/messages/nl';
import { useT } from '../../i18n/hooks/useT';
import { canUsePrivacyOffice } from '../../privacy-office/utils/canUsePrivacyOffice';
import { canManageSso } from '../../sso/utils/canManageSso';
import { canCoordinateCouplings } from '../../volunteer-couplings/utils/canCoordinateCouplings';
import { canHandleDataSubjectRequests } from '../../data-subject-requests/utils/canHandleDataSubjectRequests';
import { canReviewDataSubjectRequestParts } from '../../data-subject-requests/utils/canReviewDataSubjectRequestParts';

// Only pages that exist, and only for the roles they are meant for: new features add theirs here.
const ITEMS: readonly {
  to: string;
  label: MessageKey;
  end?: boolean;
  allowed?: (roles: readonly Role[], agencyType: AgencyType) => boolean;
}[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/privacy/audittrail', label: 'privacyOffice.nav', allowed: canUsePrivacyOffice },
  { to: '/dossiers', label: 'nav.cases', allowed: canSeeCaseContent },
  { to: '/aanmelden', label: 'referral.nav', allowed: canRefer },
  { to: '/triage', label: 'triage.nav', allowed: canTriage },
  { to: '/mijn-acties', label: 'nav.myActions', allowed: canSeeCaseContent },
  { to: '/overleggen', label: 'meetings.nav', allowed: canSeeCaseContent },
  { to: '/mijn-gebied', label: 'areaTeams.workload.nav', allowed: canSeeCaseContent },
  { to: '/overzicht', label: 'nav.dashboard', allowed: canSeeDashboard },
  { to: '/rapportage', label: 'nav.outcomeReport', allowed: canSeeOutcomeReport },
  { to: '/afsprakenkaart', label: 'agreedApproach.nav', allowed: canLookUpAgreedApproach },
  { to: '/koppelverzoeken', label: 'couplings.nav', allowed: canCoordinateCouplings },
  { to: '/privacy/verzoeken', label: 'dsr.nav', allowed: canHandleDataSubjectRequests },
  {
    to: '/privacy/mijn-verzoeken',
    label: 'dsrPart.nav',
    allowed: canReviewDataSubjectRequestParts,
  },
  { to: '/privacy/bewaartermijnen', label: 'retention.nav', allowed: canReadRetention },
  { to: '/convenant', label: 'nav.covenant', allowed: canReadCovenant },
  { to: '/beheer/gebruikers', label: 'nav.users', allowed: canManageAgencyUsers },
  { to: '/beheer/organisaties', label: 'regionAgencies.nav', allowed: canManageRegionAgencies },
  { to: '/beheer/single-sign-on', label: 'sso.settings.nav', allowed: canManageSso },
  { to: '/beheer/instellingen', label: 'regionSettings.nav', allowed: canManageRegionSettings },
  { to: '/beheer/wijken', label: 'areas.nav', allowed: canManageAreas },
  { to: '/beheer/gebiedsteams', label: 'areaTeams.nav', allowed: canManageAreas },
  { to: '/account', label: 'nav.account' },
];

interface SideNavigationProps {
  id: string;
  /** On narrow screens the navigation is only shown when opened with the menu button. */
  open: boolean;
  onNavigate: () => void;
}

export function SideNavigation({ id, open, onNavigate }: SideNavigationProps) {
  const t = useT();
  const { roles, agency } = useMe();
  return (
    <nav
      id={id}
      aria-label={t('nav.label')}
      className={`schakel-side-nav${open ? ' schakel-side-nav--open' : ''}`}
    >
      {/* Utrecht's nav list classes, laid out as a column in shell.css. */}
      <ul className="utrecht-nav-list schakel-side-nav__list">
        {ITEMS.filter((item) => item.allowed?.(roles, agency.type) ?? true).map((item) => (
          <li key={item.to} className="utrecht-nav-list__item">
            <NavLink
              to={item.to}
              end={item.end}
              onClick={onNavigate}
              className="utrecht-link utrecht-link--html-a utrecht-nav-list__link schakel-side-nav__link"
            >
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
