import {
  Alert,
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate, formatShortDateTime } from '../../i18n/utils/formatDate';
import { useAgencyUsers } from '../hooks/useAgencyUsers';
import { ManageUserPanel } from './ManageUserPanel';
import './administration.css';

interface AgencyUsersTableProps {
  /** The signed-in admin: no button to switch off one's own account. */
  ownUserId: string;
  /** The own agency's type: which roles its admin may grant. */
  agencyType: string;
}

/**
 * The own agency's accounts: who, roles, state, the last access review, and disable / enable;
 * "beheren" opens one account's roles and moving out below the table.
 */
export function AgencyUsersTable({ ownUserId, agencyType }: AgencyUsersTableProps) {
  const { t, locale } = useI18n();
  const captionId = useId();
  const list = useAgencyUsers();
  const [managing, setManaging] = useState<string | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement>());
  if (list.loadFailure) {
    return (
      <Alert type="error">
        <Paragraph>{list.loadFailure}</Paragraph>
      </Alert>
    );
  }
  if (list.loading) return <Paragraph>{t('users.loading')}</Paragraph>;
  const managed = list.users.find((u) => u.id === managing) ?? null;
  const state = (user: (typeof list.users)[number]) => {
    if (user.leftAt) return t('users.state.left');
    if (!user.active) return t('users.state.disabled');
    if (!user.activated) {
      return user.activationExpiresAt
        ? t('users.state.invited', {
            until: formatShortDateTime(user.activationExpiresAt, locale),
          })
        : t('users.state.linkExpired');
    }
    return t('users.state.active');
  };
  return (
    <div className="schakel-flow">
      <div role="status">
        {list.failure && (
          <Alert type="error" role="none">
            <Paragraph>{list.failure}</Paragraph>
          </Alert>
        )}
      </div>
      {/* On a phone the table scrolls sideways in this region, focusable for keyboard users. */}
      <TableContainer overflowInline role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table className="schakel-users-table">
          <TableCaption id={captionId}>{t('users.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('users.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('users.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('users.roles')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('users.state')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('users.reviewedAt')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('users.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.users.map((user) => (
              <TableRow key={user.id}>
                <TableHeaderCell scope="row">{user.displayName}</TableHeaderCell>
                <TableCell>{user.email}</TableCell>
                <TableCell>{user.roles.map((role) => t(`role.${role}`)).join(', ')}</TableCell>
                <TableCell>{state(user)}</TableCell>
                <TableCell>
                  {formatDate(user.accessReviewedAt, locale)}
                  {user.accessReviewDue && (
                    <>
                      {' '}
                      <strong className="schakel-review-due">{t('users.reviewDue')}</strong>
                    </>
                  )}
                </TableCell>
                <TableCell>
                  {/* A flex box inside the cell: a flex <td> leaves the table layout. */}
                  <div className="schakel-users-actions">
                    {!user.leftAt && (
                      <Button
                        appearance="secondary-action-button"
                        aria-expanded={managing === user.id}
                        aria-controls={managing === user.id ? `beheer-${user.id}` : undefined}
                        ref={(element: HTMLButtonElement | null) => {
                          if (element) openers.current.set(user.id, element);
                        }}
                        onClick={() => setManaging(managing === user.id ? null : user.id)}
                      >
                        {t('users.manage', { name: user.displayName })}
                      </Button>
                    )}
                    {user.id !== ownUserId && !user.leftAt && (
                      <Button
                        appearance="secondary-action-button"
                        disabled={list.busy}
                        onClick={() => list.setActive(user.id, !user.active)}
                      >
                        {t(user.active ? 'users.disable' : 'users.enable', {
                          name: user.displayName,
                        })}
                      </Button>
                    )}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {managed && (
        <ManageUserPanel
          user={managed}
          agencyType={agencyType}
          own={managed.id === ownUserId}
          colleagues={list.users.filter(
            (u) => u.id !== managed.id && u.active && u.activated && !u.leftAt,
          )}
          onClose={() => {
            const opener = openers.current.get(managed.id);
            setManaging(null);
            opener?.focus();
          }}
        />
      )}
    </div>
  );
}
