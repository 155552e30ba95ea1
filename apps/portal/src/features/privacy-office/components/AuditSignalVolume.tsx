import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import type { AuditSignalsData } from '../hooks/useAuditSignals';
import { trailLink } from '../utils/auditFilter';
import { roleMessage } from '../utils/operationLabel';

/** Rule 2: a user's day far above their own usual volume. */
export function AuditSignalVolume({ data }: { data: AuditSignalsData }) {
  const { t, locale } = useI18n();
  const day = (value: string) => formatDate(value, locale);
  const number = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const nameOf = (user: { name?: string | null; email?: string | null }) =>
    user.name ?? user.email ?? t('privacyOffice.signals.unknownUser');
  return (
    <>
      <Heading level={3}>{t('privacyOffice.signals.volume.heading')}</Heading>
      <Paragraph>
        {t('privacyOffice.signals.volume.introRole', {
          minimum: data.volumeMinimum,
          factor: data.volumeFactor,
          days: data.volumeBaselineDays,
        })}
      </Paragraph>
      {data.volume.length === 0 ? (
        <Paragraph>{t('privacyOffice.signals.volume.none')}</Paragraph>
      ) : (
        <ul className="schakel-privacy-list">
          {data.volume.map((flag) => (
            <li
              key={`${flag.user.id}-${flag.day}`}
              className="schakel-privacy-card schakel-privacy-card--flag"
            >
              <Heading level={4}>
                {t('privacyOffice.signals.volume.item', {
                  name: nameOf(flag.user),
                  agency: flag.agency?.name ?? '',
                  count: flag.eventCount,
                  day: day(flag.day),
                })}
              </Heading>
              <Paragraph>
                {t('privacyOffice.signals.volume.role', {
                  roles: flag.roles
                    .map((r) => {
                      const key = roleMessage(r);
                      return key ? t(key) : r;
                    })
                    .join(', '),
                })}{' '}
                {t('privacyOffice.signals.volume.baseline', {
                  median: number(flag.medianDaily),
                  roleMedian: number(flag.roleMedianDaily),
                  roleDays: flag.roleDays,
                  threshold: number(flag.threshold),
                })}
              </Paragraph>
              <Paragraph>
                <RouterLink to={trailLink({ userId: flag.user.id, day: flag.day })}>
                  {t('privacyOffice.signals.link', { name: nameOf(flag.user), day: day(flag.day) })}
                </RouterLink>
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
