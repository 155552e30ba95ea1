import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../i18n/components/LanguageSwitch';
import { MainContent } from './MainContent';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipToContent } from './SkipToContent';
import './shell.css';

interface PublicLayoutProps {
  children: ReactNode;
}

/** The frame for pages without a session: login, and "not found" for visitors. */
export function PublicLayout({ children }: PublicLayoutProps) {
  return (
    <div className="schakel-layout">
      <SkipToContent />
      <SiteHeader>
        <LanguageSwitch />
      </SiteHeader>
      <MainContent className="schakel-main--public">
        <div className="schakel-public__content">{children}</div>
      </MainContent>
      <SiteFooter />
    </div>
  );
}
