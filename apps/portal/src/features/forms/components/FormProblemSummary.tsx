import type { FormProblems } from '../hooks/useFormProblems';
import { ErrorSummary } from './ErrorSummary';

interface FormProblemSummaryProps {
  /** What did not happen, e.g. "De aanmelding is niet verstuurd." */
  title: string;
  form: Pick<
    FormProblems<string, string>,
    'summaryId' | 'summary' | 'failure' | 'attempts' | 'focus'
  >;
}

/** The error summary of a form using `useFormProblems`; nothing while there is no problem. */
export function FormProblemSummary({ title, form }: FormProblemSummaryProps) {
  if (form.summary.length === 0 && !form.failure) return null;
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
