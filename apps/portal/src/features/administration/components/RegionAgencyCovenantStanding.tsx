import type { RegionAgencyFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { covenantStandingOf } from '../utils/covenantStatus';

interface RegionAgencyCovenantStandingProps {
  agency: Pick<
    RegionAgencyFieldsFragment,
    'covenantStatus' | 'covenantSignedVersion' | 'covenantSignedOn' | 'accessUntil'
  >;
  /** With the date of signing (the detail page). */
  withDate?: boolean;
}

/** "Huidige versie 2 ondertekend", "…, toegang tot 4 januari 2027", "…, geen toegang". */
export function RegionAgencyCovenantStanding({
  agency,
  withDate = false,
}: RegionAgencyCovenantStandingProps) {
  const { t, locale } = useI18n();
  const standing = covenantStandingOf(agency);
  const status = t(`regionAgencies.status.${standing}`, {
    version: agency.covenantSignedVersion ?? '',
    until: agency.accessUntil ? formatDate(agency.accessUntil, locale) : '',
  });
  if (!withDate || !agency.covenantSignedOn) return <>{status}</>;
  return (
    <>
      {t('regionAgencies.covenantSignedOn', {
        status,
        date: formatDate(agency.covenantSignedOn, locale),
      })}
    </>
  );
}
