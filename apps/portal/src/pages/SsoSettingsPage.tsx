import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useSession } from '../features/auth/hooks/useSession';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';
import { SsoJitSwitch } from '../features/sso/components/SsoJitSwitch';
import { SsoSettingsOverview } from '../features/sso/components/SsoSettingsOverview';

/** /beheer/single-sign-on: the binding per agency (functional admin), JIT (agency admin). */
export function SsoSettingsPage() {
  const t = useT();
  const { session } = useSession();
  useDocumentTitle(t('sso.settings.title'));
  const roles = session.status === 'authenticated' ? session.me.roles : [];
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('sso.settings.title')}</Heading>
      <Paragraph>{t('sso.settings.intro')}</Paragraph>
      {roles.includes('FUNCTIONAL_ADMIN') && <SsoSettingsOverview />}
      {roles.includes('AGENCY_ADMIN') && <SsoJitSwitch />}
    </div>
  );
}
