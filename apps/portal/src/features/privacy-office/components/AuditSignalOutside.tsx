import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import type { AuditSignalsData } from '../hooks/useAuditSignals';
import { trailLink } from '../utils/auditFilter';
import { operationMessage } from '../utils/operationLabel';

/** Rule 1: a user who looked at a person without participating in their case. */
export function AuditSignalOutside({ data }: { data: AuditSignalsData }) {
  const { t, locale } = useI18n();
  const day = (value: string) => formatDate(value, locale);
  const operationLabel = (op: string) => {
    const key = operationMessage(op);
    return key ? t(key) : op;
  };
  const nameOf = (user: { name?: string | null; email?: string | null }) =>
    user.name ?? user.email ?? t('privacyOffice.signals.unknownUser');
  return (
    <>
      <Heading level={3}>{t('privacyOffice.signals.outside.heading')}</Heading>
      <Paragraph>{t('privacyOffice.signals.outside.intro')}</Paragraph>
      {data.outsideParticipation.length === 0 ? (
        <Paragraph>{t('privacyOffice.signals.outside.none')}</Paragraph>
      ) : (
        <ul className="schakel-privacy-list">
          {data.outsideParticipation.map((flag) => (
            <li
              key={`${flag.user.id}-${flag.personId}-${flag.day}`}
              className="schakel-privacy-card schakel-privacy-card--flag"
            >
              <Heading level={4}>
                {t('privacyOffice.signals.outside.item', {
                  name: nameOf(flag.user),
                  agency: flag.agency.name ?? '',
                  count: flag.eventCount,
                  day: day(flag.day),
                })}
              </Heading>
              {flag.lookupOnly && (
                <Paragraph>{t('privacyOffice.signals.outside.lookup')}</Paragraph>
              )}
              <DataList appearance="rows">
                <DataListItem>
                  <DataListKey>{t('privacyOffice.signals.outside.person')}</DataListKey>
                  <DataListValue>
                    {flag.personName ?? t('privacyOffice.signals.outside.personGone')}
                  </DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>{t('privacyOffice.signals.outside.how')}</DataListKey>
                  <DataListValue>
                    {flag.operations.map((op) => operationLabel(op)).join(', ')}
                  </DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>{t('privacyOffice.signals.outside.actions')}</DataListKey>
                  <DataListValue>
                    {flag.actions.map((a) => t(`privacyOffice.action.${a}`)).join(', ')}
                  </DataListValue>
                </DataListItem>
                {flag.purposes.length > 0 && (
                  <DataListItem>
                    <DataListKey>{t('privacyOffice.signals.outside.purposes')}</DataListKey>
                    <DataListValue>{flag.purposes.join('; ')}</DataListValue>
                  </DataListItem>
                )}
              </DataList>
              <Paragraph>
                <RouterLink
                  to={trailLink({ userId: flag.user.id, day: flag.day, personId: flag.personId })}
                >
                  {t('privacyOffice.signals.link', { name: nameOf(flag.user), day: day(flag.day) })}
                </RouterLink>
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      {data.outsideParticipationTruncated && (
        <Paragraph>{t('privacyOffice.signals.outside.truncated')}</Paragraph>
      )}
    </>
  );
}
