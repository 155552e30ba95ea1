import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { RetentionQuery } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { canManageRetention } from '../../auth/utils/permissions';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RETENTION_QUERY } from '../graphql/retentionQueries';
import { DeletionRecordTable } from './DeletionRecordTable';
import { LegalHoldList } from './LegalHoldList';
import { RetentionPeriodForm } from './RetentionPeriodForm';
import { RetentionPeriodTable } from './RetentionPeriodTable';
import { SetLegalHoldForm } from './SetLegalHoldForm';

type Period = RetentionQuery['retentionPeriods'][number];

/**
 * Retention for the privacy officer (periods, legal holds, deletion records) and, read-only,
 * for the functional administrator (periods and deletion records; legal holds name cases).
 */
export function RetentionOverview() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const manage = canManageRetention(me.roles);
  const periodsHeadingId = useId();
  const holdsHeadingId = useId();
  const { data, error } = useQuery(RETENTION_QUERY);
  const [editing, setEditing] = useState<Period | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  function announce(message: string) {
    flushSync(() => {
      setEditing(null);
      setResult(message);
    });
    resultRef.current?.focus();
  }

  if (error) {
    return (
      <Paragraph>
        {t('retention.loadFailed', { reason: errorMessage(errorCodeOf(error)) })}
      </Paragraph>
    );
  }
  if (!data) return <Paragraph>{t('retention.loading')}</Paragraph>;

  return (
    <div className="schakel-flow">
      {!manage && <Paragraph>{t('retention.readOnly')}</Paragraph>}
      <div ref={resultRef} tabIndex={-1} role="status" aria-live="polite">
        {result && <Paragraph>{result}</Paragraph>}
      </div>
      <section aria-labelledby={periodsHeadingId} className="schakel-flow">
        <Heading level={2} id={periodsHeadingId}>
          {t('retention.periods.heading')}
        </Heading>
        <Paragraph>{t('retention.periods.rule')}</Paragraph>
        <RetentionPeriodTable
          periods={data.retentionPeriods}
          onEdit={
            manage
              ? (period) => {
                  setResult(null);
                  setEditing(period);
                }
              : undefined
          }
        />
        {manage && editing && (
          <RetentionPeriodForm
            key={editing.category}
            period={editing}
            onSaved={announce}
            onCancel={() => setEditing(null)}
          />
        )}
      </section>
      {manage && (
        <section aria-labelledby={holdsHeadingId} className="schakel-flow">
          <Heading level={2} id={holdsHeadingId}>
            {t('retention.holds.heading')}
          </Heading>
          <Paragraph>{t('retention.holds.intro')}</Paragraph>
          <LegalHoldList onChanged={announce} />
          <SetLegalHoldForm onSaved={announce} />
        </section>
      )}
      <DeletionRecordTable records={data.deletionRecords} />
    </div>
  );
}
