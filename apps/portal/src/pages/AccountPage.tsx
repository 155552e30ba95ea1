import { Heading } from '@utrecht/component-library-react';
import { AccountDetails } from '../features/account/components/AccountDetails';
import { ChangePasswordSection } from '../features/account/components/ChangePasswordSection';
import { MailPreferencesSection } from '../features/account/components/MailPreferencesSection';
import { useMe } from '../features/auth/hooks/useMe';
import { SecondFactorsSection } from '../features/mfa/components/SecondFactorsSection';
import { SessionsSection } from '../features/sessions/components/SessionsSection';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function AccountPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t('account.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('account.title')}</Heading>
      <AccountDetails me={me} />
      <ChangePasswordSection email={me.user.email} />
      <SecondFactorsSection />
      <MailPreferencesSection />
      <SessionsSection />
    </div>
  );
}
