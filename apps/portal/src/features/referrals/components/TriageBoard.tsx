import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TriageDecision } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { Withheld } from '../../cases/components/Withheld';
import { AGENCIES_QUERY } from '../../cases/graphql/agenciesQuery';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { TRIAGE_QUEUE_QUERY } from '../graphql/referralDocuments';
import { TriageDecisionForm } from './TriageDecisionForm';
import './referrals.css';

/** The procesregisseur's triage board: waiting referrals, oldest first, and the decision. */
export function TriageBoard() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const queue = useQuery(TRIAGE_QUEUE_QUERY, { fetchPolicy: 'cache-and-network' });
  const agencies = useQuery(AGENCIES_QUERY);
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  // The list could not be loaded: say why, not that a decision failed.
  if (queue.error) return <Alert type="error">{errorMessage(errorCodeOf(queue.error))}</Alert>;
  const items = queue.data?.triageQueue ?? [];

  function decided(reference: string, decision: TriageDecision) {
    flushSync(() => {
      setOpenId(null);
      setStatus(t('triage.decided', { reference, decision: t(`triage.decision.${decision}`) }));
    });
    statusRef.current?.focus();
  }

  return (
    <div className="schakel-flow">
      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite">
        {status && (
          <Alert type="ok" role="none">
            <Paragraph>{status}</Paragraph>
          </Alert>
        )}
      </div>
      {queue.data && (
        <Paragraph>
          {items.length === 0 ? t('triage.empty') : t('triage.count', { count: items.length })}
        </Paragraph>
      )}
      <ul className="schakel-referral__results">
        {items.map((referral) => {
          const name =
            `${referral.person.givenNames.value ?? ''} ${referral.person.familyName.value ?? ''}`.trim();
          const open = openId === referral.caseId;
          return (
            <li key={referral.caseId} className="schakel-triage__item">
              <Heading level={2}>
                {referral.reference} — {name}
              </Heading>
              <Paragraph>
                {t(`caseTheme.${referral.theme}`)} ·{' '}
                {t('triage.referredBy', { agency: referral.referringAgency.name })} ·{' '}
                {t('triage.waiting', { days: referral.waitingDays })}
                {(referral.possibleMatches?.length ?? 0) > 0 && ` · ${t('triage.possibleMatch')}`}
              </Paragraph>
              <Button
                appearance="secondary-action-button"
                aria-expanded={open}
                onClick={() => setOpenId(open ? null : referral.caseId)}
              >
                {t('triage.open', { reference: referral.reference })}
              </Button>
              {open && (
                <div className="schakel-flow">
                  <Paragraph>
                    {referral.person.dateOfBirth.access === 'WITHHELD' ? (
                      <>
                        {t('triage.born', { date: '' })} <Withheld />
                      </>
                    ) : (
                      t('triage.born', {
                        date: formatDate(referral.person.dateOfBirth.value ?? '', locale),
                      })
                    )}
                  </Paragraph>
                  <Heading level={3}>{t('triage.reasonLabel')}</Heading>
                  <Paragraph>
                    {referral.reasonAccess === 'WITHHELD' ? <Withheld /> : referral.reason}
                  </Paragraph>
                  <Heading level={3}>{t('triage.goal')}</Heading>
                  <Paragraph>
                    {referral.reasonAccess === 'WITHHELD' ? <Withheld /> : referral.goal}
                  </Paragraph>
                  <Paragraph>
                    {referral.personInformed ? (
                      t('triage.informedYes')
                    ) : referral.reasonAccess === 'WITHHELD' ? (
                      <>
                        {t('triage.informedNo', { reason: '' })} <Withheld />
                      </>
                    ) : (
                      t('triage.informedNo', { reason: referral.notInformedReason ?? '' })
                    )}
                  </Paragraph>
                  <Paragraph>
                    {t('triage.proposed')}:{' '}
                    {referral.proposedAgencies.map((agency) => agency.name).join(', ') || '—'}
                  </Paragraph>
                  {(referral.possibleMatches?.length ?? 0) > 0 && (
                    <Alert type="warning">
                      <Heading level={3}>{t('triage.possibleMatch')}</Heading>
                      <Paragraph>{t('triage.possibleMatchHint')}</Paragraph>
                      {referral.bsnConflict && <Paragraph>{t('triage.bsnConflict')}</Paragraph>}
                      {referral.possibleMatches!.map((m) => (
                        <Paragraph key={m.personId}>
                          {t('triage.matchPerson', {
                            name: `${m.givenNames} ${m.familyName}`,
                            date: formatDate(m.dateOfBirth, locale),
                            wijk: m.wijk ?? '—',
                            count: m.caseCount,
                          })}
                        </Paragraph>
                      ))}
                    </Alert>
                  )}
                  {referral.canDecide && (
                    <TriageDecisionForm
                      referral={referral}
                      agencies={agencies.data?.agencies ?? []}
                      onDecided={decided}
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
