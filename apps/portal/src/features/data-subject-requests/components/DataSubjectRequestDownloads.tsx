import { Heading, Paragraph } from '@utrecht/component-library-react';
import { StepUpLink } from '../../mfa/components/StepUpLink';
import { useT } from '../../i18n/hooks/useT';
import { exportUrl } from '../utils/dsrFormat';

interface DataSubjectRequestDownloadsProps {
  requestId: string;
}

/** The access export of a request, as PDF for the person and as JSON. */
export function DataSubjectRequestDownloads({ requestId }: DataSubjectRequestDownloadsProps) {
  const t = useT();
  return (
    <section aria-labelledby="dsr-downloads" className="schakel-flow">
      <Heading level={2} id="dsr-downloads">
        {t('dsr.detail.downloads')}
      </Heading>
      <Paragraph>{t('dsr.detail.downloadsHint')}</Paragraph>
      <ul>
        <li>
          <StepUpLink href={exportUrl(requestId, 'pdf')}>{t('dsr.detail.pdf')}</StepUpLink>
        </li>
        <li>
          <StepUpLink href={exportUrl(requestId, 'json')}>{t('dsr.detail.json')}</StepUpLink>
        </li>
      </ul>
    </section>
  );
}
