import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import { OPEN_REVIEW_COUNT_QUERY } from '../graphql/privacyOfficeDocuments';
import './privacy-office.css';

const LINKS = [
  { to: '/privacy/audittrail', label: 'privacyOffice.subnav.trail' },
  { to: '/privacy/break-the-glass', label: 'privacyOffice.subnav.breakGlass' },
  { to: '/privacy/signalen', label: 'privacyOffice.subnav.signals' },
] as const;

/** The privacy office's own sub-navigation, with the number of open break-glass reviews. */
export function PrivacyOfficeNav() {
  const t = useT();
  const { data } = useQuery(OPEN_REVIEW_COUNT_QUERY, { fetchPolicy: 'cache-and-network' });
  const open = data?.openBreakGlassReviewCount;
  return (
    <nav aria-label={t('privacyOffice.subnav.label')} className="schakel-privacy-nav">
      <ul className="utrecht-nav-list schakel-privacy-nav__list">
        {LINKS.map((link) => (
          <li key={link.to} className="utrecht-nav-list__item">
            <NavLink
              to={link.to}
              className="utrecht-link utrecht-link--html-a utrecht-nav-list__link"
            >
              {t(link.label)}
              {link.to === '/privacy/break-the-glass' && open !== undefined && open > 0 && (
                <>
                  {' '}
                  <span className="schakel-privacy-nav__count">
                    {t('privacyOffice.subnav.openCount', { count: open })}
                  </span>
                </>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
