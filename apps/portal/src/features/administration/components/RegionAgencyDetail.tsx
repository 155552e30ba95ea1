import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useRegionAgencies } from '../hooks/useRegionAgencies';
import { RegionAgencyAdmins } from './RegionAgencyAdmins';
import { RegionAgencyCovenantSignature } from './RegionAgencyCovenantSignature';
import { RegionAgencyForm } from './RegionAgencyForm';

interface RegionAgencyDetailProps {
  agencyId: string;
}

/** One agency of the region: its details, its covenant signature and its agency admins. */
export function RegionAgencyDetail({ agencyId }: RegionAgencyDetailProps) {
  const t = useT();
  const list = useRegionAgencies();
  const settingsId = useId();
  const agency = list.agencies.find((a) => a.id === agencyId) ?? null;
  useDocumentTitle(agency?.name ?? t('regionAgencies.title'));
  const back = (
    <Paragraph>
      <Link className="utrecht-link utrecht-link--html-a" to="/beheer/organisaties">
        {t('regionAgencies.back')}
      </Link>
    </Paragraph>
  );
  if (list.loadFailure || list.loading || !agency) {
    return (
      <div className="schakel-flow">
        <Heading level={1}>{t('regionAgencies.title')}</Heading>
        {list.loadFailure ? (
          <Alert type="error">
            <Paragraph>{list.loadFailure}</Paragraph>
          </Alert>
        ) : (
          <Paragraph>
            {t(list.loading ? 'regionAgencies.loading' : 'regionAgencies.notFound')}
          </Paragraph>
        )}
        {back}
      </div>
    );
  }
  return (
    <div className="schakel-flow">
      {back}
      <Heading level={1}>{agency.name}</Heading>
      <Paragraph>{t(`agencyType.${agency.type}`)}</Paragraph>
      <section className="schakel-flow" aria-labelledby={settingsId}>
        <Heading level={2} id={settingsId}>
          {t('regionAgencies.settingsHeading')}
        </Heading>
        {/* Keyed by agency: another agency's page starts from its own saved details. */}
        <RegionAgencyForm key={agency.id} mode={{ kind: 'edit', agency }} />
      </section>
      <RegionAgencyCovenantSignature agency={agency} />
      <RegionAgencyAdmins agency={agency} />
    </div>
  );
}
