import { NavLink } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import { useUnreadNotifications } from '../hooks/useUnreadNotifications';
import './monitoring.css';

/** "Meldingen" in the header, with the unread count as a badge (read out as part of the name). */
export function NotificationsLink() {
  const t = useT();
  const unread = useUnreadNotifications();
  const count = unread ?? 0;
  return (
    <NavLink
      to="/meldingen"
      className="utrecht-link utrecht-link--html-a schakel-notifications-link"
      aria-label={count > 0 ? t('notifications.linkUnread', { count }) : undefined}
    >
      <span>{t('notifications.link')}</span>
      {count > 0 && (
        <span className="schakel-notifications-link__badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
