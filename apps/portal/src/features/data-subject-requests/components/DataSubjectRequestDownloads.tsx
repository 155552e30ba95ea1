import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
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
          <Link href={exportUrl(requestId, 'pdf')} download>
            {t('dsr.detail.pdf')}
          </Link>
        </li>
        <li>
          <Link href={exportUrl(requestId, 'json')} download>
            {t('dsr.detail.json')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
