import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { VOLUNTEER_MATCH_REQUEST_QUERY } from '../graphql/volunteerCouplings';
import { CouplingActions } from './CouplingActions';
import { CouplingSummary } from './CouplingSummary';
import './couplings.css';

/** One request to the coordinator's organisation: what it carries and the next step. */
export function CouplingRequestDetail({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const statusRef = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState(false);
  const { data, error, refetch } = useQuery(VOLUNTEER_MATCH_REQUEST_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const back = (
    <Paragraph>
      <RouterLink to="/koppelverzoeken">{t('couplings.back')}</RouterLink>
    </Paragraph>
  );
  const coupling = data?.volunteerMatchRequest;
  if (!coupling) {
    return (
      <div className="schakel-flow">
        {back}
        <Heading level={1}>{t('couplings.pageTitle')}</Heading>
        <Paragraph role="status">
          {error
            ? errorCodeOf(error) === 'NOT_FOUND'
              ? t('couplings.notFound')
              : errorMessage(errorCodeOf(error))
            : t('couplings.loading')}
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="schakel-flow">
      {back}
      <Heading level={1}>
        {t('couplings.detailTitle', { date: formatDate(coupling.requestedAt, locale) })}
      </Heading>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {done && (
          <Alert type="ok" role="none">
            <Paragraph>{t('couplings.action.done')}</Paragraph>
          </Alert>
        )}
      </div>
      <CouplingSummary coupling={coupling} headingLevel={2} />
      <CouplingActions
        key={`${coupling.id}-${coupling.revision}-${coupling.progress.length}`}
        coupling={coupling}
        onDone={() => {
          void refetch().then(() => {
            flushSync(() => setDone(true));
            statusRef.current?.focus();
          });
        }}
      />
    </div>
  );
}
