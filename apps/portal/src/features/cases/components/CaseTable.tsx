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
import type { CaseListItemFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { PersonName } from './PersonName';
import './cases.css';

interface CaseTableProps {
  cases: readonly CaseListItemFieldsFragment[];
  page: number;
  /** The list's query string, so the dossier page can link back to this exact list. */
  listSearch: string;
}

export function CaseTable({ cases, page, listSearch }: CaseTableProps) {
  const { locale, t } = useI18n();
  const captionId = useId();
  return (
    // On a phone the table scrolls sideways inside this region, which keyboard users can focus
    // and scroll with the arrow keys.
    <TableContainer
      overflowInline
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="schakel-table-scroll"
    >
      <Table className="schakel-case-table">
        <TableCaption id={captionId} className="schakel-visually-hidden">
          {t('cases.results.caption', { page })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('cases.column.reference')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.column.person')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.column.theme')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.column.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.column.casusregisseur')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('cases.column.updatedAt')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cases.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row">
                <RouterLink to={`/dossiers/${item.id}`} state={{ listSearch }}>
                  {item.reference}
                </RouterLink>
              </TableHeaderCell>
              <TableCell>
                <PersonName
                  givenNames={item.subject.givenNames}
                  familyName={item.subject.familyName}
                />
              </TableCell>
              <TableCell>{t(`caseTheme.${item.theme}`)}</TableCell>
              <TableCell>{t(`caseStatus.${item.status}`)}</TableCell>
              <TableCell>
                {item.casusregisseurAgency?.name ?? (
                  <span className="schakel-not-recorded">{t('cases.noCasusregisseur')}</span>
                )}
              </TableCell>
              <TableCell>
                <time dateTime={item.updatedAt}>{formatShortDateTime(item.updatedAt, locale)}</time>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
