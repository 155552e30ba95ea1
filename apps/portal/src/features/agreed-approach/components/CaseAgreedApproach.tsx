import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { CASE_AGREED_APPROACH_QUERY } from '../graphql/caseAgreedApproachQuery';
import { AgreedApproachCardView } from './AgreedApproachCardView';
import { AgreedApproachForm } from './AgreedApproachForm';
import { AgreedApproachLookupLog } from './AgreedApproachLookupLog';
import './agreed-approach.css';

/** The agreed approach in the dossier: the card, its editor, and (for the directors) its log. */
export function CaseAgreedApproach({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const { data, error, loading } = useQuery(CASE_AGREED_APPROACH_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const view = data?.caseAgreedApproach;
  const card = view?.card ?? null;

  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('agreedApproach.case.heading')}
      </Heading>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {saved !== null && !editing && (
          <Alert type="ok" role="none">
            <Paragraph>{t('agreedApproach.form.saved', { revision: saved })}</Paragraph>
          </Alert>
        )}
      </div>
      {!view ? (
        error ? (
          // Plain text, not an alert: a secondary section failing must not interrupt the page.
          <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
        ) : (
          <Paragraph>{loading ? t('agreedApproach.case.loading') : ''}</Paragraph>
        )
      ) : view.access === 'WITHHELD' ? (
        <Paragraph className="schakel-withheld__reason">
          {t('agreedApproach.case.withheld')}
        </Paragraph>
      ) : editing ? (
        <>
          <AgreedApproachForm
            caseId={caseId}
            card={card}
            onSaved={(revision) => {
              flushSync(() => {
                setEditing(false);
                setSaved(revision);
              });
              statusRef.current?.focus();
            }}
          />
          <div>
            <Button appearance="subtle-button" onClick={() => setEditing(false)}>
              {t('agreedApproach.case.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <>
          {card ? (
            <>
              <AgreedApproachCardView
                validity={card.validity}
                validUntil={card.validUntil}
                instructions={card.instructions}
                contacts={card.contacts}
                headingLevel={3}
              />
              <Paragraph>
                <small>
                  {t('agreedApproach.case.updated', {
                    revision: card.revision,
                    date: formatDate(card.updatedAt, locale),
                    agency: card.updatedByAgency?.name ?? '—',
                  })}
                </small>
              </Paragraph>
            </>
          ) : (
            <Paragraph>{t('agreedApproach.case.none')}</Paragraph>
          )}
          {view.canEdit && (
            <div>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setSaved(null);
                  setEditing(true);
                }}
              >
                {t(card ? 'agreedApproach.case.edit' : 'agreedApproach.case.create')}
              </Button>
            </div>
          )}
        </>
      )}
      {view?.canSeeLookups && card && <AgreedApproachLookupLog caseId={caseId} />}
    </section>
  );
}
