import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../i18n/hooks/useT';
import { CASE_VOLUNTEER_COUPLINGS_QUERY } from '../graphql/volunteerCouplings';
import { CouplingSummary } from './CouplingSummary';
import { MatchRequestForm } from './MatchRequestForm';
import './couplings.css';

/**
 * In the case's Deelnemers section: the match requests to volunteer organisations with their
 * status and progress (PROBATION readers), and probation's request form.
 */
export function CaseVolunteerCouplings({
  caseId,
  readOnly,
}: {
  caseId: string;
  readOnly: boolean;
}) {
  const t = useT();
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [requesting, setRequesting] = useState(false);
  const [sent, setSent] = useState(false);
  const { data, error } = useQuery(CASE_VOLUNTEER_COUPLINGS_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const view = data?.caseVolunteerCouplings;
  // Others than the case's readers get nothing to show here: the section stays away.
  if (!view && error) return null;
  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('couplings.case.heading')}
      </Heading>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {sent && !requesting && (
          <Alert type="ok" role="none">
            <Paragraph>{t('couplings.case.requested')}</Paragraph>
          </Alert>
        )}
      </div>
      {!view ? (
        <Paragraph>{t('couplings.loading')}</Paragraph>
      ) : view.access === 'WITHHELD' ? (
        <Paragraph className="schakel-withheld__reason">{t('couplings.case.withheld')}</Paragraph>
      ) : (
        <>
          {view.couplings.length === 0 ? (
            <Paragraph>{t('couplings.case.none')}</Paragraph>
          ) : (
            view.couplings.map((c) => <CouplingSummary key={c.id} coupling={c} headingLevel={3} />)
          )}
          {view.mayRequest &&
            !readOnly &&
            (requesting ? (
              <>
                <MatchRequestForm
                  caseId={caseId}
                  organisations={view.organisations}
                  onSent={() => {
                    flushSync(() => {
                      setRequesting(false);
                      setSent(true);
                    });
                    statusRef.current?.focus();
                  }}
                />
                <div>
                  <Button appearance="subtle-button" onClick={() => setRequesting(false)}>
                    {t('couplings.case.cancel')}
                  </Button>
                </div>
              </>
            ) : (
              <div>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => {
                    setSent(false);
                    setRequesting(true);
                  }}
                >
                  {t('couplings.case.request')}
                </Button>
              </div>
            ))}
        </>
      )}
    </section>
  );
}
