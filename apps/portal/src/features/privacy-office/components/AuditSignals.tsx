import { useQuery } from '@apollo/client/react';
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { AUDIT_ANOMALIES_QUERY } from '../graphql/privacyOfficeDocuments';
import { trailLink } from '../utils/auditFilter';
import {
  checkPeriod,
  defaultPeriod,
  type SignalField,
  type SignalProblems,
} from '../utils/signalPeriod';

const FIELDS: readonly SignalField[] = ['from', 'to'];

/** The two anomaly rules over a period, each flag linking to the trail of that user and day. */
export function AuditSignals() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const id = useId();
  useDocumentTitle(t('privacyOffice.signals.title'));
  const [values, setValues] = useState(defaultPeriod);
  const [period, setPeriod] = useState(values);
  const [problems, setProblems] = useState<SignalProblems>({});
  const [attempts, setAttempts] = useState(0);
  const signals = useQuery(AUDIT_ANOMALIES_QUERY, {
    variables: period,
    fetchPolicy: 'network-only',
  });
  const data = signals.data?.auditAnomalies;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkPeriod(values.from, values.to);
    flushSync(() => {
      setProblems(found);
      setAttempts((count) => count + 1);
      if (Object.keys(found).length === 0) setPeriod(values);
    });
    document
      .getElementById(Object.keys(found).length > 0 ? `${id}-summary` : `${id}-results`)
      ?.focus();
  }

  const messageFor = (field: SignalField) => {
    const problem = problems[field];
    return problem ? t(`privacyOffice.signals.problem.${problem}`) : null;
  };
  const invalid = FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: `${id}-${field}`, message }] : [];
  });
  const day = (value: string) => formatDate(value, locale);
  const nameOf = (user: { name?: string | null; email?: string | null }) =>
    user.name ?? user.email ?? t('privacyOffice.signals.unknownUser');

  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('privacyOffice.signals.title')}</Heading>
      <Paragraph>{t('privacyOffice.signals.intro')}</Paragraph>
      <form noValidate className="schakel-flow" onSubmit={handleSubmit}>
        {invalid.length > 0 && (
          <div id={`${id}-summary`} tabIndex={-1}>
            <ErrorSummary
              key={attempts}
              title={t('privacyOffice.signals.notShown')}
              problems={invalid}
              onSelect={(target) => document.getElementById(target)?.focus()}
            />
          </div>
        )}
        <div className="schakel-privacy-filters">
          {FIELDS.map((field) => (
            <LabelledField
              key={field}
              id={`${id}-${field}`}
              label={t(`privacyOffice.signals.${field}`)}
              error={messageFor(field)}
            >
              {({ describedBy, invalid: isInvalid }) => (
                <Textbox
                  id={`${id}-${field}`}
                  type="date"
                  invalid={isInvalid}
                  aria-describedby={describedBy}
                  value={values[field]}
                  onChange={(event) =>
                    setValues((previous) => ({ ...previous, [field]: event.target.value }))
                  }
                />
              )}
            </LabelledField>
          ))}
        </div>
        <div>
          <Button type="submit" appearance="primary-action-button">
            {t('privacyOffice.signals.submit')}
          </Button>
        </div>
      </form>

      <section aria-labelledby={`${id}-results`} className="schakel-flow">
        <Heading level={2} id={`${id}-results`} tabIndex={-1}>
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
                        <DataListValue>{flag.personId}</DataListValue>
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
                        to={trailLink({
                          userId: flag.user.id,
                          day: flag.day,
                          personId: flag.personId,
                        })}
                      >
                        {t('privacyOffice.signals.link', {
                          name: nameOf(flag.user),
                          day: day(flag.day),
                        })}
                      </RouterLink>
                    </Paragraph>
                  </li>
                ))}
              </ul>
            )}
            {data.outsideParticipationTruncated && (
              <Paragraph>{t('privacyOffice.signals.outside.truncated')}</Paragraph>
            )}

            <Heading level={3}>{t('privacyOffice.signals.volume.heading')}</Heading>
            <Paragraph>
              {t('privacyOffice.signals.volume.intro', {
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
                      {t('privacyOffice.signals.volume.detail', {
                        median: flag.medianDaily,
                        threshold: flag.threshold,
                      })}
                    </Paragraph>
                    <Paragraph>
                      <RouterLink to={trailLink({ userId: flag.user.id, day: flag.day })}>
                        {t('privacyOffice.signals.link', {
                          name: nameOf(flag.user),
                          day: day(flag.day),
                        })}
                      </RouterLink>
                    </Paragraph>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  );
}
