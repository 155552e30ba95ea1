import { CovenantGraceBanner } from '../../covenant-access/components/CovenantGraceBanner';
import { Button } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useRememberMailLanguage } from '../../account/hooks/useRememberMailLanguage';
import { LogoutButton } from '../../auth/components/LogoutButton';
import { useMe } from '../../auth/hooks/useMe';
import { canSeeCaseContent } from '../../auth/utils/permissions';
import { LanguageSwitch } from '../../i18n/components/LanguageSwitch';
import { IdleWarning } from '../../sessions/components/IdleWarning';
import { useT } from '../../i18n/hooks/useT';
import { NotificationsLink } from '../../monitoring/components/NotificationsLink';
import { SearchForm } from '../../search/components/SearchForm';
import { MainContent } from './MainContent';
import { SideNavigation } from './SideNavigation';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipToContent } from './SkipToContent';
import { UserSummary } from './UserSummary';
import './shell.css';

const NAVIGATION_ID = 'hoofdmenu';

interface AppShellProps {
  children: ReactNode;
}

/** The frame for signed-in users: header with user and actions, side navigation, main content. */
export function AppShell({ children }: AppShellProps) {
  const t = useT();
  const me = useMe();
  const rememberMailLanguage = useRememberMailLanguage();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <div className="schakel-layout">
      <SkipToContent />
      <IdleWarning />
      <SiteHeader
        linkToHome
        search={canSeeCaseContent(me.roles) ? <SearchForm variant="header" /> : undefined}
      >
        <UserSummary me={me} />
        <div className="schakel-header__buttons">
          {canSeeCaseContent(me.roles) && <NotificationsLink />}
          <LanguageSwitch onSwitch={rememberMailLanguage} />
          <LogoutButton />
        </div>
      </SiteHeader>
      <div className="schakel-shell">
        <div className="schakel-shell__navigation">
          <Button
            type="button"
            appearance="secondary-action-button"
            className="schakel-shell__menu-toggle"
            aria-expanded={menuOpen}
            aria-controls={NAVIGATION_ID}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </Button>
          <SideNavigation
            id={NAVIGATION_ID}
            open={menuOpen}
            onNavigate={() => setMenuOpen(false)}
          />
        </div>
        <MainContent>
          <CovenantGraceBanner endsAt={me.covenantAccessEndsAt ?? null} />
          {children}
        </MainContent>
      </div>
      <SiteFooter />
    </div>
  );
}
