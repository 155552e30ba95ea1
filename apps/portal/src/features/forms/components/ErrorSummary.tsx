import {
  Alert,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';

export interface ErrorSummaryProblem {
  /** The id of the control the problem is about. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  /** What did not happen, e.g. "Het convenant is niet opgeslagen." */
  title: string;
  /** A problem with the request as a whole (network, conflict…), already translated. */
  failure?: string | null;
  problems: readonly ErrorSummaryProblem[];
  /** Moves focus to a control; links alone would not focus it reliably. */
  onSelect: (fieldId: string) => void;
}

/** The summary above a form after a failed attempt, with a link to each field in trouble. */
export function ErrorSummary({ title, failure = null, problems, onSelect }: ErrorSummaryProps) {
  return (
    <Alert type="error">
      <Paragraph>{title}</Paragraph>
      {failure && <Paragraph>{failure}</Paragraph>}
      {problems.length > 0 && (
        <UnorderedList>
          {problems.map(({ fieldId, message }) => (
            <UnorderedListItem key={fieldId}>
              <Link
                href={`#${fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  onSelect(fieldId);
                }}
              >
                {message}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Alert>
  );
}
