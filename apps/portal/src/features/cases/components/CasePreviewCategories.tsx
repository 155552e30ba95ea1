import {
  Heading,
  Paragraph,
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
import type { CaseAsAgencyQuery } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { PreviewContent } from './PreviewContent';
import { PreviewShape } from './PreviewShape';
import './cases.css';

type Preview = CaseAsAgencyQuery['caseAsAgency'];

interface CasePreviewCategoriesProps {
  categories: Preview['categories'];
  items: Preview['items'];
  agency: string;
}

/** Per category and per item: what the agency would get and why, and what of it you see. */
export function CasePreviewCategories({ categories, items, agency }: CasePreviewCategoriesProps) {
  const { locale, t } = useI18n();
  const captionId = useId();
  const itemsHeadingId = useId();
  return (
    <>
      <section aria-labelledby={`${captionId}-heading`} className="schakel-case-panel">
        <Heading level={2} id={`${captionId}-heading`}>
          {t('viewAs.categories.heading')}
        </Heading>
        <TableContainer
          overflowInline
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
          className="schakel-table-scroll"
        >
          <Table>
            <TableCaption id={captionId}>{t('viewAs.categories.caption', { agency })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('viewAs.column.category')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('viewAs.column.target', { agency })}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('viewAs.column.items')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('viewAs.column.viewer')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {categories.map((category) => (
                <TableRow key={category.category}>
                  <TableHeaderCell scope="row">
                    {t(`category.${category.category}`)}
                  </TableHeaderCell>
                  <TableCell>
                    <PreviewShape marked={category} agency={agency} />
                  </TableCell>
                  <TableCell>{category.itemCount}</TableCell>
                  <TableCell>
                    {category.access === 'WITHHELD' ? (
                      <PreviewShape marked={category} agency={agency} />
                    ) : (
                      <PreviewContent marked={category} agency={agency}>
                        {t(
                          category.access === 'FULL'
                            ? 'viewAs.viewer.FULL'
                            : 'viewAs.viewer.SUMMARY',
                        )}
                      </PreviewContent>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </section>
      <section aria-labelledby={itemsHeadingId} className="schakel-case-panel">
        <Heading level={2} id={itemsHeadingId}>
          {t('viewAs.items.heading', { agency })}
        </Heading>
        {items.length === 0 ? (
          <Paragraph>{t('viewAs.items.none', { agency })}</Paragraph>
        ) : (
          <ul className="schakel-preview-items">
            {items.map((item) => (
              <li key={item.id} className="schakel-preview-item">
                <Heading level={3}>{t(`category.${item.category}`)}</Heading>
                <Paragraph className="schakel-preview-item__meta">
                  {t('viewAs.item.source', {
                    agency: item.sourceAgency.name,
                    date: formatDate(item.createdAt, locale),
                  })}
                </Paragraph>
                <Paragraph>
                  <PreviewShape marked={item} agency={agency} />
                </Paragraph>
                {item.access === 'VISIBLE_TO_TARGET_ONLY' ? (
                  <Paragraph>
                    <PreviewContent marked={item} agency={agency}>
                      {null}
                    </PreviewContent>
                  </Paragraph>
                ) : (
                  <>
                    {item.access === 'FULL' && item.text !== null && (
                      <Paragraph>{item.text}</Paragraph>
                    )}
                    {item.summary !== null && (
                      <Paragraph>{t('viewAs.summary', { summary: item.summary })}</Paragraph>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
