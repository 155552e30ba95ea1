import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { AUDIT_CHAIN_STATUS_QUERY } from '../graphql/privacyOfficeDocuments';

/**
 * "Keten intact, N gebeurtenissen gecontroleerd" or the first broken link — on request: the check
 * reads the region's whole chain (seconds on a large trail), so it does not run on every visit.
 */
export function AuditChainStatus() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const [verify, { data, loading, error }] = useLazyQuery(AUDIT_CHAIN_STATUS_QUERY, {
    fetchPolicy: 'network-only',
  });
  const status = data?.auditChainStatus;
  return (
    <section aria-labelledby={headingId} aria-live="polite" className="schakel-privacy-chain">
      <Heading level={2} id={headingId}>
        {t('privacyOffice.chain.heading')}
      </Heading>
      <Paragraph>{t('privacyOffice.chain.explain')}</Paragraph>
      <Button appearance="secondary-action-button" disabled={loading} onClick={() => void verify()}>
        {t('privacyOffice.chain.verify')}
      </Button>
      {loading && <Paragraph>{t('privacyOffice.chain.loading')}</Paragraph>}
      {error && (
        <Alert type="error">
          <Paragraph>
            {t('privacyOffice.chain.failed', { message: errorMessage(errorCodeOf(error)) })}
          </Paragraph>
        </Alert>
      )}
      {status &&
        !loading &&
        (status.intact ? (
          <Alert type="ok">
            <Paragraph>{t('privacyOffice.chain.intact', { count: status.checked })}</Paragraph>
          </Alert>
        ) : (
          <Alert type="error">
            <Paragraph>
              {t('privacyOffice.chain.broken', {
                seq: status.firstBrokenSeq ?? '?',
                count: status.checked,
                reason: status.reason ? t(`privacyOffice.chain.reason.${status.reason}`) : '',
              })}
            </Paragraph>
          </Alert>
        ))}
    </section>
  );
}
