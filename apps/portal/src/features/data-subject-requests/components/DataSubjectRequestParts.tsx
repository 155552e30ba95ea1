import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { DataSubjectRequestDetailFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { DataSubjectRequestPartRow } from './DataSubjectRequestPartRow';

interface DataSubjectRequestPartsProps {
  parts: DataSubjectRequestDetailFragment['parts'];
  /** The request is open: each part's status and note can be saved. */
  editable: boolean;
  onDone: (message: string, failed: boolean) => void;
  onConflict: () => void;
}

/** Each partner's part of the answer: its status, its own release, and who changed it last. */
export function DataSubjectRequestParts({
  parts,
  editable,
  onDone,
  onConflict,
}: DataSubjectRequestPartsProps) {
  const t = useT();
  return (
    <section aria-labelledby="dsr-parts" className="schakel-flow">
      <Heading level={2} id="dsr-parts">
        {t('dsr.parts.title')}
      </Heading>
      {parts.length === 0 ? (
        <Paragraph>{t('dsr.parts.none')}</Paragraph>
      ) : (
        <div className="schakel-dsr__table-wrap">
          <Table>
            <TableCaption>{t('dsr.parts.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('dsr.parts.agency')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dsr.parts.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dsr.parts.review')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('dsr.parts.updated')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {parts.map((part) => (
                <DataSubjectRequestPartRow
                  key={`${part.id}-${part.revision}`}
                  part={part}
                  editable={editable}
                  onDone={onDone}
                  onConflict={onConflict}
                />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
