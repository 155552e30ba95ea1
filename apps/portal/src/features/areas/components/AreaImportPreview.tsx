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
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import type { AreaImportResult } from '../hooks/useAreaImport';
import './areas.css';

const PROBLEMS = ['REQUIRED', 'TOO_LONG', 'NUL', 'POSTCODE', 'RANGE', 'OVERLAP'] as const;
const problemKey = (code: string): MessageKey =>
  (PROBLEMS as readonly string[]).includes(code)
    ? (`areas.problem.${code}` as MessageKey)
    : 'areas.problem.INVALID';

/** The lines of a wijken file with what an import would do to each, errors worded per line. */
export function AreaImportPreview({ result }: { result: AreaImportResult }) {
  const t = useT();
  const captionId = useId();
  return (
    <TableContainer
      overflowInline
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="schakel-table-scroll"
    >
      <Table>
        <TableCaption id={captionId}>{t('areas.previewHeading')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('areas.line')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('areas.lineWijk')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('areas.lineRange')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('areas.lineStatus')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.lines.map((line) => (
            <TableRow key={line.line}>
              <TableCell>{line.line}</TableCell>
              <TableCell>{line.wijk}</TableCell>
              <TableCell>{line.range}</TableCell>
              <TableCell>
                <strong>{t(`areas.status.${line.status}` as MessageKey)}</strong>
                {line.problems.map((p, index) => (
                  <span key={index} className="schakel-area__problem">
                    {t(problemKey(p.code), { column: p.column, otherArea: p.otherArea ?? '' })}
                  </span>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
