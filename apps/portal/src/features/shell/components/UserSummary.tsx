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
      <span className="schakel-user__context">
        <span>{me.agency.name}</span>
        <span className="schakel-user__separator" aria-hidden="true">
          {' · '}
        </span>
        <span>{t('header.region', { region: me.region.name })}</span>
      </span>
    </p>
  );
}
