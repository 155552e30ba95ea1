import { Heading, Paragraph } from '@utrecht/component-library-react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useAuditSignals } from '../hooks/useAuditSignals';
import { AuditSignalOutside } from './AuditSignalOutside';
import { AuditSignalPeriodForm } from './AuditSignalPeriodForm';
import { AuditSignalVolume } from './AuditSignalVolume';

/** The two anomaly rules over a period, each flag linking to the trail of that user and day. */
export function AuditSignals() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('privacyOffice.signals.title'));
  const signals = useAuditSignals();
  const { data, period } = signals;
  const day = (value: string) => formatDate(value, locale);

  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('privacyOffice.signals.title')}</Heading>
      <Paragraph>{t('privacyOffice.signals.intro')}</Paragraph>
      <AuditSignalPeriodForm signals={signals} />

      <section aria-labelledby={signals.resultsId} className="schakel-flow">
        <Heading level={2} id={signals.resultsId} tabIndex={-1}>
          {t('privacyOffice.signals.period', { from: day(period.from), to: day(period.to) })}
        </Heading>
        <div aria-live="polite">
          {signals.loading && !data && <Paragraph>{t('privacyOffice.signals.loading')}</Paragraph>}
          {signals.error && (
            <Paragraph>
              {t('privacyOffice.signals.failed', {
                message: errorMessage(errorCodeOf(signals.error)),
              })}
            </Paragraph>
          )}
        </div>
        {data && (
          <>
            <AuditSignalOutside data={data} />
            <AuditSignalVolume data={data} />
          </>
        )}
      </section>
    </div>
  );
}
