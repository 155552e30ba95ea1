import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { SessionMe } from '../../auth/utils/SessionContext';
import { useI18n } from '../../i18n/hooks/useI18n';
import type { MessageKey } from '../../i18n/messages/nl';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { formatList } from '../utils/formatList';
import './AccountDetails.css';

interface AccountDetailsProps {
  me: SessionMe;
}

export function AccountDetails({ me }: AccountDetailsProps) {
  const { locale, t } = useI18n();

  const rows: readonly [MessageKey, ReactNode][] = [
    ['account.name', me.user.displayName],
    ['account.email', me.user.email],
    ['account.agency', me.agency.name],
    ['account.agencyType', t(`agencyType.${me.agency.type}`)],
    ['account.region', me.region.name],
    [
      'account.roles',
      formatList(
        me.roles.map((role) => t(`role.${role}`)),
        locale,
      ),
    ],
    [
      'account.sessionExpiresAt',
      <time dateTime={me.sessionExpiresAt}>
        {formatShortDateTime(me.sessionExpiresAt, locale)}
      </time>,
    ],
  ];

  return (
    <div className="schakel-flow">
      <DataList appearance="rows" className="schakel-account-details">
        {rows.map(([label, value]) => (
          <DataListItem key={label}>
            <DataListKey>{t(label)}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <Paragraph small>{t('account.sessionNote')}</Paragraph>
    </div>
  );
}
