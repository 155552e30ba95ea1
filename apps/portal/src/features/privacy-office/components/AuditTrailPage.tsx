import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { AuditChainStatus } from './AuditChainStatus';
import { AuditTrailSearch } from './AuditTrailSearch';

/** The privacy officer's audit trail: chain status, then the search. */
export function AuditTrailPage() {
  const t = useT();
  useDocumentTitle(t('privacyOffice.trail.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('privacyOffice.trail.title')}</Heading>
      <Paragraph>{t('privacyOffice.trail.intro')}</Paragraph>
      <AuditChainStatus />
      <AuditTrailSearch />
    </div>
  );
}
