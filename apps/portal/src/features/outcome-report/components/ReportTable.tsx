import { Table, TableCaption, TableContainer } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

/**
 * A report table that scrolls sideways on a phone: the scroll area is a named region reachable by
 * keyboard (WCAG 2.1.1), named by the table's caption.
 */
export function ReportTable({
  caption,
  describedBy,
  children,
}: {
  caption: string;
  /** The id of a note that explains the table's notation (e.g. "12 + afgeschermd"). */
  describedBy?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <TableContainer
      overflowInline
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="schakel-outcome-report__scroll"
    >
      <Table aria-describedby={describedBy}>
        <TableCaption id={captionId}>{caption}</TableCaption>
        {children}
      </Table>
    </TableContainer>
  );
}
