import type { Role } from '@schakel/domain';
import { Button, Heading } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { MoveUserOutForm } from './MoveUserOutForm';
import { UserRolesForm } from './UserRolesForm';

interface ManageUserPanelProps {
  user: { id: string; displayName: string; roles: readonly Role[]; leftAt?: unknown };
  colleagues: readonly { id: string; displayName: string; email: string }[];
  agencyType: string;
  own: boolean;
  onClose: () => void;
}

/**
 * One colleague's roles and moving out, opened on demand from the accounts table. Focus goes
 * to its heading when it opens; "Sluiten" gives it back to the button that opened it.
 */
export function ManageUserPanel({
  user,
  colleagues,
  agencyType,
  own,
  onClose,
}: ManageUserPanelProps) {
  const t = useT();
  const headingId = useId();
  const rolesId = useId();
  const moveOutId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [user.id]);
  return (
    <section
      id={`beheer-${user.id}`}
      aria-labelledby={headingId}
      className="schakel-flow schakel-manage-user"
    >
      <Heading level={2} id={headingId} ref={heading} tabIndex={-1}>
        {t('users.manage.heading', { name: user.displayName })}
      </Heading>
      {!user.leftAt && (
        <section aria-labelledby={rolesId} className="schakel-flow">
          <Heading level={3} id={rolesId}>
            {t('roles.heading')}
          </Heading>
          <UserRolesForm key={user.id} user={user} agencyType={agencyType} own={own} />
        </section>
      )}
      {!own && (
        <section aria-labelledby={moveOutId} className="schakel-flow">
          <Heading level={3} id={moveOutId}>
            {t('moveOut.heading')}
          </Heading>
          <MoveUserOutForm key={user.id} user={user} colleagues={colleagues} />
        </section>
      )}
      <div>
        <Button appearance="subtle-button" onClick={onClose}>
          {t('users.manage.close')}
        </Button>
      </div>
    </section>
  );
}
