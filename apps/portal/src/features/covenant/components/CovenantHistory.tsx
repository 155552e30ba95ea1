import { Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId } from 'react';
import type { CovenantQuery } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { systemText } from '../../i18n/utils/systemText';
import { RouterLink } from '../../shell/components/RouterLink';
import './covenant.css';

interface CovenantHistoryProps {
  versions: CovenantQuery['covenantVersions'];
  /** The version on the page now. */
  shown: number | null;
}

/** Every version, newest first, with who proposed and who approved it, and why. */
export function CovenantHistory({ versions, shown }: CovenantHistoryProps) {
  const { locale, t } = useI18n();
  const headingId = useId();
  const latest = versions[0]?.version;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('covenant.history.heading')}
      </Heading>
      <ol className="schakel-covenant-history">
        {versions.map((version) => (
          <li key={version.version} className="schakel-covenant-history__item">
            <p className="schakel-covenant-history__title">
              <span>{t('covenant.history.version', { version: version.version })}</span>
              {version.version === latest && (
                <StatusBadge status="active">{t('covenant.history.current')}</StatusBadge>
              )}
            </p>
            <Paragraph small>
              {t('covenant.history.meta', {
                date: formatShortDateTime(version.createdAt, locale),
                author: version.createdBy ?? t('covenant.seededAuthor'),
              })}
              {version.approvedBy && (
                <>
                  {', '}
                  {t('covenant.history.approved', { author: version.approvedBy })}
                </>
              )}
            </Paragraph>
            <Paragraph small>{systemText(version.note, t)}</Paragraph>
            {version.version !== shown && (
              <Paragraph small>
                <RouterLink
                  to={
                    version.version === latest
                      ? '/convenant'
                      : `/convenant?versie=${version.version}`
                  }
                >
                  {t('covenant.history.view', { version: version.version })}
                </RouterLink>
              </Paragraph>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
