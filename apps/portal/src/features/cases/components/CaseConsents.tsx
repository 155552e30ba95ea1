import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { CASE_CONSENTS_QUERY } from '../graphql/caseConsentsQuery';
import './cases.css';

interface CaseConsentsProps {
  caseId: string;
}

/** Consents and conflict-of-duties decisions that widen access in this case. */
export function CaseConsents({ caseId }: CaseConsentsProps) {
  const { locale, t } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const { data, loading, error } = useQuery(CASE_CONSENTS_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const date = (value: string) => formatDate(value, locale);
  const validity = (active: boolean, withdrawnAt: string | null | undefined) => (
    <StatusBadge status={active ? 'active' : 'inactive'}>
      {active || !withdrawnAt
        ? t('consents.active')
        : t('consents.withdrawn', { date: date(withdrawnAt) })}
    </StatusBadge>
  );

  let body;
  if (!data) {
    body = error ? (
      <Alert type="error">
        <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
      </Alert>
    ) : (
      <Paragraph role="status">{loading ? t('consents.loading') : ''}</Paragraph>
    );
  } else if (data.consents.length === 0 && data.conflictOfDutiesDecisions.length === 0) {
    body = <Paragraph>{t('consents.empty')}</Paragraph>;
  } else {
    body = (
      <ul className="schakel-consents">
        {data.consents.map((consent) => (
          <li key={consent.id} className="schakel-consent">
            <p className="schakel-consent__title">
              <span>
                {t('consents.consent', {
                  recipient: consent.recipientAgency.name,
                  category: t(`category.${consent.category}`),
                })}
              </span>{' '}
              {validity(consent.active, consent.withdrawnAt)}
            </p>
            <Paragraph small>
              {t(consent.caseId ? 'consents.scopeCase' : 'consents.scopePerson')}{' '}
              {t('consents.recordedBy', {
                agency: consent.recordedByAgency.name,
                date: date(consent.givenAt),
              })}
            </Paragraph>
          </li>
        ))}
        {data.conflictOfDutiesDecisions.map((decision) => (
          <li key={decision.id} className="schakel-consent">
            <p className="schakel-consent__title">
              <span>
                {t('consents.decision', {
                  recipient: decision.recipientAgency.name,
                  category: t(`category.${decision.category}`),
                })}
              </span>{' '}
              {validity(decision.active, decision.withdrawnAt)}
            </p>
            <Paragraph small>
              {t('consents.decidedBy', {
                agency: decision.decidedByAgency.name,
                date: date(decision.decidedAt),
              })}
            </Paragraph>
            <Paragraph small>
              {t('consents.reasoning', { reasoning: decision.reasoning })}
            </Paragraph>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('consents.heading')}
      </Heading>
      <Paragraph>{t('consents.intro')}</Paragraph>
      {body}
    </section>
  );
}
