import { PageHeader } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { AppName } from './AppName';

interface SiteHeaderProps {
  linkToHome?: boolean;
  /** Controls on the right: user, language, logout. */
  children: ReactNode;
}

export function SiteHeader({ linkToHome, children }: SiteHeaderProps) {
  return (
    <PageHeader className="schakel-header">
      <div className="schakel-header__content">
        <AppName linkToHome={linkToHome} />
        <div className="schakel-header__actions">{children}</div>
      </div>
    </PageHeader>
  );
}
