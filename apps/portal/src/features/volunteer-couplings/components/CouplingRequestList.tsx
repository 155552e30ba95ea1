import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { RouterLink } from '../../shell/components/RouterLink';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { VOLUNTEER_MATCH_REQUESTS_QUERY } from '../graphql/volunteerCouplings';

/** The coordinator's list: the requests to its organisation, open ones first. */
export function CouplingRequestList() {
  const { t, locale } = useI18n();
  const { data, error } = useQuery(VOLUNTEER_MATCH_REQUESTS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  if (!data)
    return <Paragraph role="status">{error ? error.message : t('couplings.loading')}</Paragraph>;
  const list = data.volunteerMatchRequests;
  if (list.length === 0) return <Paragraph>{t('couplings.none')}</Paragraph>;
  return (
    <ul className="schakel-coupling-list">
      {list.map((c) => (
        <li key={c.id} className="schakel-coupling-list__item">
          <RouterLink to={`/koppelverzoeken/${c.id}`}>
            {t('couplings.open', { date: formatDate(c.requestedAt, locale) })}
          </RouterLink>
          <span>
            {' — '}
            {[
              c.firstName,
              c.wijk,
              c.status === 'ENDED' && c.endReason
                ? t('couplings.ended', { reason: t(`couplings.endReason.${c.endReason}`) })
                : t(`couplings.status.${c.status}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
