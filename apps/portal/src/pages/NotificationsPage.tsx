import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../features/i18n/hooks/useT';
import { NotificationList } from '../features/monitoring/components/NotificationList';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function NotificationsPage() {
  const t = useT();
  useDocumentTitle(t('notifications.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('notifications.title')}</Heading>
      <Paragraph>{t('notifications.intro')}</Paragraph>
      <NotificationList />
    </div>
  );
}
