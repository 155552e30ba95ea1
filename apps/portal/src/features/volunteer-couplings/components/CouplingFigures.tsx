import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { VOLUNTEER_COUPLING_FIGURES_QUERY } from '../graphql/volunteerCouplings';
import './couplings.css';

/** Per organisation and year against the covenant's goal: numbers only, never persons. */
export function CouplingFigures({ year = new Date().getFullYear() }: { year?: number }) {
  const t = useT();
  const headingId = useId();
  const { data } = useQuery(VOLUNTEER_COUPLING_FIGURES_QUERY, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const figures = data?.volunteerCouplingFigures;
  const total = figures?.organisations.reduce((sum, o) => sum + o.couplings, 0) ?? 0;
  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('couplings.figures.heading', { year })}
      </Heading>
      {!figures ? (
        <Paragraph role="status">{t('couplings.figures.loading')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('couplings.figures.total', { count: total, year })}{' '}
            {t('couplings.figures.goal', { min: figures.goalMin, max: figures.goalMax })}
          </Paragraph>
          <div
            className="schakel-coupling-figures"
            tabIndex={0}
            role="region"
            aria-labelledby={headingId}
          >
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">{t('couplings.figures.caption')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('couplings.figures.organisation')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('couplings.figures.requests')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('couplings.figures.couplings')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('couplings.figures.active')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('couplings.figures.averageDays')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {figures.organisations.map((o) => (
                  <tr key={o.agencyId} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {o.agencyName}
                    </th>
                    <td className="utrecht-table__cell">{o.requests}</td>
                    <td className="utrecht-table__cell">{o.couplings}</td>
                    <td className="utrecht-table__cell">{o.active}</td>
                    <td className="utrecht-table__cell">
                      {o.averageDays ?? t('couplings.figures.noDuration')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
