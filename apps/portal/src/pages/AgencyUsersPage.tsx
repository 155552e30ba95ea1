import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { AccessReviewSection } from '../features/administration/components/AccessReviewSection';
import { AgencyUsersTable } from '../features/administration/components/AgencyUsersTable';
import { InviteUserForm } from '../features/administration/components/InviteUserForm';
import { useMe } from '../features/auth/hooks/useMe';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

/** /beheer/gebruikers: the agency admin's accounts of the own agency (no case content). */
export function AgencyUsersPage() {
  const t = useT();
  const me = useMe();
  const inviteHeadingId = useId();
  useDocumentTitle(t('users.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('users.title')}</Heading>
      <Paragraph>{t('users.intro', { agency: me.agency.name })}</Paragraph>
      <AccessReviewSection />
      <AgencyUsersTable ownUserId={me.user.id} agencyType={me.agency.type} />
      <section aria-labelledby={inviteHeadingId} className="schakel-flow">
        <Heading level={2} id={inviteHeadingId}>
          {t('users.invite.heading')}
        </Heading>
        <Paragraph>{t('users.invite.intro')}</Paragraph>
        <InviteUserForm agencyType={me.agency.type} />
      </section>
    </div>
  );
}
