import { PageHeader } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { AppName } from './AppName';

interface SiteHeaderProps {
  linkToHome?: boolean;
  /** The case search, between the name and the controls (only for who may see cases). */
  search?: ReactNode;
  /** Controls on the right: user, language, logout. */
  children: ReactNode;
}

export function SiteHeader({ linkToHome, search, children }: SiteHeaderProps) {
  return (
    <PageHeader className="schakel-header">
      <div className="schakel-header__content">
        <AppName linkToHome={linkToHome} />
        {search}
        <div className="schakel-header__actions">{children}</div>
      </div>
    </PageHeader>
  );
}
