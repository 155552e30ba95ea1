import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { FormProblems } from '../hooks/useFormProblems';
import { ErrorSummary } from './ErrorSummary';

interface FormProblemSummaryProps {
  /** What did not happen, e.g. "De aanmelding is niet verstuurd." */
  title: string;
  form: Pick<
    FormProblems<string, string>,
    'summaryId' | 'summary' | 'failure' | 'attempts' | 'focus'
  > & { saved?: boolean };
}

/** The error summary of a form using `useFormProblems`; nothing while there is no problem. */
export function FormProblemSummary({ title, form }: FormProblemSummaryProps) {
  if (form.summary.length === 0 && !form.failure) return null;
  if (form.saved) {
    // Saved, only not shown: no "not sent" title, no error; the message says to reload.
    return (
      <div id={form.summaryId} tabIndex={-1}>
        <Alert key={form.attempts} type="warning" role="status">
          <Paragraph>{form.failure}</Paragraph>
        </Alert>
      </div>
    );
  }
  return (
    <div id={form.summaryId} tabIndex={-1}>
      <ErrorSummary
        key={form.attempts}
        title={title}
        failure={form.failure}
        problems={form.summary}
        onSelect={form.focus}
      />
    </div>
  );
}
