import { useCallback, useId, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ErrorSummaryProblem } from '../components/ErrorSummary';

export type FieldProblems<F extends string, P extends string = string> = Partial<Record<F, P>>;

export interface FormProblems<F extends string, P extends string> {
  /** The id of a field's control, which labels, summary links and focus point to. */
  fieldId: (field: F) => string;
  /** An id for another element of the form (a second radio button, a hint), unique per form. */
  controlId: (name: string) => string;
  /** The id of the summary's wrapper, focused when the problem is not about one field. */
  summaryId: string;
  problems: FieldProblems<F, P>;
  /** A problem with the request as a whole, already translated. */
  failure: string | null;
  /**
   * The request was saved, only its answer could not be shown (SAVED_NOT_SHOWN): `failure` then
   * says so, and the summary must not claim that nothing happened.
   */
  saved: boolean;
  /** Counts failed attempts, so the summary is announced again after each one. */
  attempts: number;
  /** The problem of one field, worded; null when the field is fine. */
  messageFor: (field: F) => string | null;
  /** The worded problems in the order of the form, for the error summary. */
  summary: ErrorSummaryProblem[];
  /** Shows the problems, then focuses the first field in trouble (or the summary). */
  show: (problems: FieldProblems<F, P>, failure?: string | null) => void;
  /** Says the request was saved although its result cannot be shown (`message`, translated). */
  showSaved: (message: string) => void;
  clear: () => void;
  focus: (fieldId: string) => void;
}

/**
 * Field ids, the error summary, the focus on the first problem and the wording of a form's
 * problems, in one place. `fields` is in the order of the form, so "first" is first on screen.
 */
export function useFormProblems<F extends string, P extends string>(
  fields: readonly F[],
  describe: (field: F, problem: P) => string,
  /** Whether a problem about no field moves the focus to the summary (the default). */
  { focusSummary = true }: { focusSummary?: boolean } = {},
): FormProblems<F, P> {
  const id = useId();
  const [problems, setProblems] = useState<FieldProblems<F, P>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const controlId = useCallback((name: string) => `${id}-${name}`, [id]);
  const fieldId: (field: F) => string = controlId;
  const summaryId = `${id}-summary`;
  const focus = useCallback((target: string) => document.getElementById(target)?.focus(), []);

  const show = useCallback(
    (found: FieldProblems<F, P>, message: string | null = null) => {
      flushSync(() => {
        setProblems(found);
        setFailure(message);
        setSaved(false);
        setAttempts((count) => count + 1);
      });
      const first = fields.find((field) => found[field]);
      if (first) focus(fieldId(first));
      else if (focusSummary) focus(summaryId);
    },
    [fields, fieldId, focus, summaryId, focusSummary],
  );
  const showSaved = useCallback(
    (message: string) => {
      flushSync(() => {
        setProblems({});
        setFailure(message);
        setSaved(true);
        setAttempts((count) => count + 1);
      });
      focus(summaryId);
    },
    [focus, summaryId],
  );
  const clear = useCallback(() => {
    setProblems({});
    setFailure(null);
    setSaved(false);
  }, []);

  const messageFor = (field: F) => {
    const problem = problems[field];
    return problem ? describe(field, problem) : null;
  };
  const summary = fields.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });

  return {
    fieldId,
    controlId,
    summaryId,
    problems,
    failure,
    saved,
    attempts,
    messageFor,
    summary,
    show,
    showSaved,
    clear,
    focus,
  };
}

/** Puts input problems named by API field path onto form fields; unknown paths are dropped. */
export function problemsOnFields<F extends string, P extends string>(
  found: readonly { path: string; code: P }[],
  fieldOf: (path: string) => F | null,
): FieldProblems<F, P> {
  const result: FieldProblems<F, P> = {};
  for (const { path, code } of found) {
    const field = fieldOf(path);
    // The first problem of a field is the one to fix first.
    if (field && !result[field]) result[field] = code;
  }
  return result;
}
