import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { AGREED_APPROACH_LOOKUPS_QUERY } from '../graphql/agreedApproachLookupsQuery';
import './agreed-approach.css';

/** Who looked the card up, when and why: for the procesregisseur and the casusregisseur. */
export function AgreedApproachLookupLog({ caseId }: { caseId: string }) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const { data, error } = useQuery(AGREED_APPROACH_LOOKUPS_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.agreedApproachLookups ?? [];
  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={3} id={headingId}>
        {t('agreedApproach.log.heading')}
      </Heading>
      <Paragraph>{t('agreedApproach.log.intro')}</Paragraph>
      {error && !data ? (
        <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
      ) : rows.length === 0 ? (
        <Paragraph>{t('agreedApproach.log.none')}</Paragraph>
      ) : (
        <div className="schakel-aa-log">
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell">{t('agreedApproach.log.when')}</th>
                <th className="utrecht-table__header-cell">{t('agreedApproach.log.who')}</th>
                <th className="utrecht-table__header-cell">{t('agreedApproach.log.purpose')}</th>
                <th className="utrecht-table__header-cell">{t('agreedApproach.log.search')}</th>
                <th className="utrecht-table__header-cell">{t('agreedApproach.log.shown')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => (
                <tr key={row.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatShortDateTime(row.at, locale)}</td>
                  <td className="utrecht-table__cell">
                    {row.userName} ({row.agency.name})
                  </td>
                  <td className="utrecht-table__cell">
                    {t(`agreedApproach.purpose.${row.purposeKind}`)}: {row.purpose}
                  </td>
                  <td className="utrecht-table__cell">
                    {t(
                      row.searchKind === 'BSN'
                        ? 'agreedApproach.lookup.byBsn'
                        : 'agreedApproach.lookup.byName',
                    )}
                  </td>
                  <td className="utrecht-table__cell">
                    {t(`agreedApproach.validity.${row.validity}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
