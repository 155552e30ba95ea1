import { Heading, Link } from '@utrecht/component-library-react';
import { AccountDetails } from '../features/account/components/AccountDetails';
import { ChangePasswordSection } from '../features/account/components/ChangePasswordSection';
import { MailPreferencesSection } from '../features/account/components/MailPreferencesSection';
import { useMe } from '../features/auth/hooks/useMe';
import { SecondFactorsSection } from '../features/mfa/components/SecondFactorsSection';
import { SessionsSection } from '../features/sessions/components/SessionsSection';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

/** The page's parts, reachable in one step from the top: it is long on a phone. */
const PARTS = [
  { id: 'wachtwoord', label: 'changePassword.heading' },
  { id: 'tweede-stap', label: 'mfa.section.heading' },
  { id: 'e-mail', label: 'mailPreferences.heading' },
  { id: 'sessies', label: 'sessions.heading' },
] as const;

export function AccountPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('account.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('account.title')}</Heading>
      <nav aria-label={t('account.onThisPage')} className="schakel-in-page-nav">
        <ul>
          {PARTS.map((part) => (
            <li key={part.id}>
              <Link href={`#${part.id}`}>{t(part.label)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <AccountDetails me={me} />
      <div id="wachtwoord" className="schakel-in-page-target">
        <ChangePasswordSection email={me.user.email} />
      </div>
      <div id="tweede-stap" className="schakel-in-page-target">
        <SecondFactorsSection />
      </div>
      <div id="e-mail" className="schakel-in-page-target">
        <MailPreferencesSection />
      </div>
      <div id="sessies" className="schakel-in-page-target">
        <SessionsSection />
      </div>
    </div>
  );
}
