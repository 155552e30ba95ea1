import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { RouterLink } from '../../shell/components/RouterLink';
import { useT } from '../../i18n/hooks/useT';
import { VIOLATION_SIGNALS_TO_ASSESS_QUERY } from '../graphql/supervision';
import { ViolationSignalView } from './ViolationSignalView';
import './supervision.css';

/** Probation's dashboard: reports awaiting its assessment, nearest deadline first. */
export function SignalsToAssess() {
  const t = useT();
  const headingId = useId();
  const { data } = useQuery(VIOLATION_SIGNALS_TO_ASSESS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.violationSignalsToAssess ?? [];
  const statusRef = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState(false);
  // The assessed signal leaves the list: the confirmation stays above it, and takes the focus.
  const assessed = () => {
    flushSync(() => setDone(true));
    statusRef.current?.focus();
  };
  return (
    <section aria-labelledby={headingId} className="schakel-flow schakel-signals-to-assess">
      <Heading level={2} id={headingId}>
        {t('signals.toAssessHeading')}
      </Heading>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {done && (
          <Alert type="ok" role="none">
            <Paragraph>{t('signals.assessed')}</Paragraph>
          </Alert>
        )}
      </div>
      {list.length === 0 ? (
        <Paragraph>{data ? t('signals.toAssessNone') : t('common.pageLoading')}</Paragraph>
      ) : (
        list.map((item) => (
          <div key={item.signal.id} className="schakel-flow">
            <Paragraph>
              <RouterLink to={`/dossiers/${item.caseId}`}>
                {t('signals.openCase', { reference: item.caseReference })}
              </RouterLink>
            </Paragraph>
            <ViolationSignalView
              signal={item.signal}
              headingLevel={3}
              overdue={item.overdue}
              onAssessed={assessed}
            />
          </div>
        ))
      )}
    </section>
  );
}
