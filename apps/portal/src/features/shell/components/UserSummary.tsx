import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';

interface UserSummaryProps {
  me: SessionMe;
}

export function UserSummary({ me }: UserSummaryProps) {
  const t = useT();
  return (
    <p className="schakel-user">
      <span className="schakel-visually-hidden">{t('header.signedInAs')} </span>
      <span className="schakel-user__name">{me.user.displayName}</span>
      {/* The region is on the start page; the header keeps to one line on a laptop. */}
      <span className="schakel-user__context">{me.agency.name}</span>
    </p>
  );
}
