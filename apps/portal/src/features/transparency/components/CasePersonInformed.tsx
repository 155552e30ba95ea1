import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { CASE_PERSON_INFORMED_QUERY, letterUrl } from '../graphql/transparency';
import { PersonInformedForm } from './PersonInformedForm';
import './transparency.css';

/**
 * Telling the person (ADR 0035): whether the person was informed of who works together, the
 * letter to the person (Dutch or English PDF) and, for the case's leads, the informed record.
 */
export function CasePersonInformed({ caseId, readOnly }: { caseId: string; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const { data, error } = useQuery(CASE_PERSON_INFORMED_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const view = data?.casePersonInformed;
  const record = view?.record;
  const done = () => {
    flushSync(() => {
      setEditing(false);
      setRecorded(true);
    });
    statusRef.current?.focus();
  };

  return (
    <section aria-labelledby={headingId} className="schakel-flow schakel-informed">
      <Heading level={2} id={headingId}>
        {t('informed.heading')}
      </Heading>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {recorded && !editing && (
          <Alert type="ok" role="none">
            <Paragraph>{t('informed.recorded')}</Paragraph>
          </Alert>
        )}
      </div>
      {!view ? (
        <Paragraph>{error ? errorMessage(errorCodeOf(error)) : t('informed.loading')}</Paragraph>
      ) : view.access === 'WITHHELD' ? (
        <Paragraph className="schakel-withheld__reason">{t('informed.withheld')}</Paragraph>
      ) : (
        <>
          <Paragraph className="schakel-informed__state">
            {!record
              ? t('informed.none')
              : record.informed
                ? t('informed.informedOn', {
                    date: formatDate(record.informedOn ?? '', locale),
                    agency: record.informedBy?.name ?? '',
                  })
                : t('informed.notInformed', {
                    reason: t(`informed.reason.${record.notInformedReason ?? 'OTHER'}`),
                  })}
          </Paragraph>
          {record?.explanation && <Paragraph>{record.explanation}</Paragraph>}
          {!record && view.referralAnswer && (
            <Paragraph>
              {t(
                view.referralAnswer.informed
                  ? 'informed.referralSaidYes'
                  : 'informed.referralSaidNo',
                { agency: view.referralAnswer.referrer.name },
              )}
            </Paragraph>
          )}
          {view.mayGenerateLetter && (
            <div className="schakel-flow">
              <Heading level={3}>{t('informed.letter.heading')}</Heading>
              <Paragraph>{t('informed.letter.text')}</Paragraph>
              <ul className="schakel-informed__letters">
                <li>
                  <a href={letterUrl(caseId, 'nl')} download>
                    {t('informed.letter.nl')}
                  </a>
                </li>
                <li>
                  <a href={letterUrl(caseId, 'en')} download>
                    {t('informed.letter.en')}
                  </a>
                </li>
              </ul>
            </div>
          )}
          {view.mayRecord && !readOnly && !editing && (
            <div>
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => {
                  setRecorded(false);
                  setEditing(true);
                }}
              >
                {t(record ? 'informed.change' : 'informed.record')}
              </Button>
            </div>
          )}
          {editing && (
            <PersonInformedForm
              key={record?.revision ?? 0}
              view={view}
              onRecorded={done}
              onCancel={() => setEditing(false)}
            />
          )}
        </>
      )}
    </section>
  );
}
