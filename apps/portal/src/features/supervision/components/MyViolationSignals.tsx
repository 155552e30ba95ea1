import { useQuery } from '@apollo/client/react';
import { Heading } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { MY_VIOLATION_SIGNALS_QUERY } from '../graphql/supervision';
import { ViolationSignalView } from './ViolationSignalView';

/** The caller's own reports and their status (never probation's assessment); nothing if none. */
export function MyViolationSignals() {
  const t = useT();
  const headingId = useId();
  const { data } = useQuery(MY_VIOLATION_SIGNALS_QUERY, { fetchPolicy: 'cache-and-network' });
  const list = data?.myViolationSignals ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('signals.mineHeading')}
      </Heading>
      {list.map((signal) => (
        <ViolationSignalView key={signal.id} signal={signal} headingLevel={3} />
      ))}
    </section>
  );
}
