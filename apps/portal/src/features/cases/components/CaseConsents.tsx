import { useMutation, useQuery } from '@apollo/client/react';
import { INFORMATION_CATEGORIES } from '@schakel/domain';
import { Alert, Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import type { CaseDetailFieldsFragment, InformationCategory } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { SharingExceptionSection } from '../../case-team/components/SharingExceptionSection';
import { WithdrawControl } from '../../case-team/components/WithdrawControl';
import {
  WITHDRAW_CONSENT_MUTATION,
  WITHDRAW_DECISION_MUTATION,
} from '../../case-team/graphql/caseTeamDocuments';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { CASE_QUERY } from '../graphql/caseQuery';
import { CASE_CONSENTS_QUERY } from '../graphql/caseConsentsQuery';
import { CASE_VOLUNTEER_COUPLINGS_QUERY } from '../../volunteer-couplings/graphql/volunteerCouplings';
import './cases.css';

interface CaseConsentsProps {
  caseId: string;
  /**
   * The case in the caller's own view: then an agency that holds a category in it (may write
   * it) records and withdraws consents and conflict-of-duties decisions for that category here.
   */
  caseData?: CaseDetailFieldsFragment;
}

/** Consents and conflict-of-duties decisions that widen access in this case. */
export function CaseConsents({ caseId, caseData }: CaseConsentsProps) {
  const { locale, t } = useI18n();
  const me = useMe();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { data, loading, error } = useQuery(CASE_CONSENTS_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const volunteers = useQuery(CASE_VOLUNTEER_COUPLINGS_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const refetch = { refetchQueries: [CASE_CONSENTS_QUERY, CASE_QUERY], awaitRefetchQueries: true };
  const [withdrawConsent, consentWithdrawal] = useMutation(WITHDRAW_CONSENT_MUTATION, refetch);
  const [withdrawDecision, decisionWithdrawal] = useMutation(WITHDRAW_DECISION_MUTATION, refetch);
  const date = (value: string) => formatDate(value, locale);

  const open = Boolean(caseData && !caseData.readOnly);
  const holds = (category: InformationCategory) =>
    Boolean(
      caseData?.categoryAccess.some((entry) => entry.category === category && entry.canWrite),
    );
  const held = INFORMATION_CATEGORIES.filter(holds);
  // Recipients: the other agencies taking part now, and — for probation, which may send them a
  // match request (ADR 0034) — the region's volunteer organisations, which need the consent first.
  const volunteerOrganisations =
    volunteers.data?.caseVolunteerCouplings.mayRequest === true
      ? volunteers.data.caseVolunteerCouplings.organisations
      : [];
  const recipients = caseData
    ? [
        ...new Map(
          [
            ...caseData.participants
              .filter((p) => p.active && p.agency.id !== me.agency.id)
              .map((p) => p.agency),
            ...volunteerOrganisations,
          ].map((agency) => [agency.id, { id: agency.id, name: agency.name }]),
        ).values(),
      ]
    : [];
  // Withdrawing narrows access: the recording agency may always, the holder of the category too.
  const mayWithdraw = (recordedBy: string, category: InformationCategory) =>
    Boolean(caseData) && (recordedBy === me.agency.id || holds(category));

  async function withdraw(run: () => Promise<unknown>, message: string) {
    setNotice(null);
    setFailure(null);
    try {
      await run();
      setNotice(message);
    } catch (problem) {
      setFailure(errorMessage(errorCodeOf(problem)));
    }
  }

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
        {data.consents.map((consent) => {
          const words = {
            recipient: consent.recipientAgency.name,
            category: t(`category.${consent.category}`),
          };
          return (
            <li key={consent.id} className="schakel-consent">
              <p className="schakel-consent__title">
                <span>{t('consents.consent', words)}</span>{' '}
                {validity(consent.active, consent.withdrawnAt)}
              </p>
              <Paragraph small>
                {t(consent.caseId ? 'consents.scopeCase' : 'consents.scopePerson')}{' '}
                {t('consents.recordedBy', {
                  agency: consent.recordedByAgency.name,
                  date: date(consent.givenAt),
                })}
                {consent.validUntil && (
                  <> {t('team.consent.validUntilShown', { date: date(consent.validUntil) })}</>
                )}
              </Paragraph>
              {consent.evidence && (
                <Paragraph small>
                  {t('team.consent.evidenceShown', { evidence: consent.evidence })}
                </Paragraph>
              )}
              {consent.active && mayWithdraw(consent.recordedByAgency.id, consent.category) && (
                <div className="schakel-team-item-actions">
                  <WithdrawControl
                    label={t('team.consent.withdrawFor', words)}
                    question={t('team.consent.withdrawConfirm', words)}
                    pending={consentWithdrawal.loading}
                    onConfirm={() =>
                      void withdraw(
                        () => withdrawConsent({ variables: { consentId: consent.id } }),
                        t('team.consent.withdrawn', words),
                      )
                    }
                  />
                </div>
              )}
            </li>
          );
        })}
        {data.conflictOfDutiesDecisions.map((decision) => {
          const words = {
            recipient: decision.recipientAgency.name,
            category: t(`category.${decision.category}`),
          };
          return (
            <li key={decision.id} className="schakel-consent">
              <p className="schakel-consent__title">
                <span>{t('consents.decision', words)}</span>{' '}
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
              {decision.active && mayWithdraw(decision.decidedByAgency.id, decision.category) && (
                <div className="schakel-team-item-actions">
                  <WithdrawControl
                    label={t('team.decision.withdrawFor', words)}
                    question={t('team.consent.withdrawConfirm', words)}
                    pending={decisionWithdrawal.loading}
                    onConfirm={() =>
                      void withdraw(
                        () => withdrawDecision({ variables: { decisionId: decision.id } }),
                        t('team.decision.withdrawn', words),
                      )
                    }
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('consents.heading')}
      </Heading>
      <Paragraph>{t('consents.intro')}</Paragraph>
      <div role="status">{notice && <Paragraph>{notice}</Paragraph>}</div>
      {failure && (
        <Alert type="error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {body}
      {open && caseData && held.length > 0 && recipients.length > 0 && (
        <SharingExceptionSection caseId={caseId} categories={held} recipients={recipients} />
      )}
    </section>
  );
}
