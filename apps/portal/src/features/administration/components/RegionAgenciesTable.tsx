import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { RegionAgencyFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { RegionAgencyCovenantStanding } from './RegionAgencyCovenantStanding';
import './administration.css';

interface RegionAgenciesTableProps {
  agencies: readonly RegionAgencyFieldsFragment[];
}

/** The region's agencies: name (to its page), type, covenant standing, accounts and admins. */
export function RegionAgenciesTable({ agencies }: RegionAgenciesTableProps) {
  const t = useT();
  const captionId = useId();
  return (
    // On a phone the table scrolls sideways in this region, focusable for keyboard users.
    <TableContainer overflowInline role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="schakel-agencies-table">
        <TableCaption id={captionId}>{t('regionAgencies.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('regionAgencies.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regionAgencies.type')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regionAgencies.covenant')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regionAgencies.activeUsers')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('regionAgencies.admins')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {agencies.map((agency) => (
            <TableRow key={agency.id}>
              <TableHeaderCell scope="row">
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={`/beheer/organisaties/${agency.id}`}
                >
                  {agency.name}
                </Link>
              </TableHeaderCell>
              <TableCell>{t(`agencyType.${agency.type}`)}</TableCell>
              <TableCell>
                <RegionAgencyCovenantStanding agency={agency} />
              </TableCell>
              <TableCell>{agency.activeUsers}</TableCell>
              <TableCell>
                {agency.agencyAdminAccounts.length === 0 ? (
                  t('regionAgencies.noAdmins')
                ) : (
                  <ul className="schakel-agency-admins">
                    {agency.agencyAdminAccounts.map((admin) => (
                      <li key={admin.email}>{admin.displayName}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
