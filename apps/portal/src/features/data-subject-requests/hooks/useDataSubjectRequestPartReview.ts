import { useMutation, useQuery } from '@apollo/client/react';
import { DSR_RELEASE_NOTE_MAX, dsrPartReleaseSchema, parseWith } from '@schakel/domain';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  DATA_SUBJECT_REQUEST_PART_REVIEW_QUERY,
  RELEASE_DATA_SUBJECT_REQUEST_PART_MUTATION,
  START_DATA_SUBJECT_REQUEST_PART_REVIEW_MUTATION,
} from '../graphql/dataSubjectRequestPartQueries';

/**
 * The own agency's part of a request: its data, starting the review and the release with a note
 * (checked by the API's own schema). Each outcome is said in one line that takes the focus.
 */
export function useDataSubjectRequestPartReview(partId: string) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const noteId = useId();
  const resultId = useId();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: string; failed: boolean } | null>(null);
  const { data, loading, error } = useQuery(DATA_SUBJECT_REQUEST_PART_REVIEW_QUERY, {
    variables: { id: partId },
  });
  const [startReview, started] = useMutation(START_DATA_SUBJECT_REQUEST_PART_REVIEW_MUTATION);
  const [release, released] = useMutation(RELEASE_DATA_SUBJECT_REQUEST_PART_MUTATION);
  const review = data?.dataSubjectRequestPartReview;

  const show = (text: string, failed = false) => {
    flushSync(() => setResult({ text, failed }));
    document.getElementById(resultId)?.focus();
  };
  const showNoteProblem = () => {
    flushSync(() => setProblem(t('dsrPart.noteInvalid', { max: DSR_RELEASE_NOTE_MAX })));
    document.getElementById(noteId)?.focus();
  };

  async function start() {
    if (started.loading) return;
    try {
      await startReview({ variables: { input: { partId } } });
      show(t('dsrPart.started'));
    } catch (e) {
      show(`${t('dsr.notSaved')}: ${errorMessage(errorCodeOf(e))}`, true);
    }
  }

  async function submitRelease(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (released.loading || !review) return;
    const checked = parseWith(dsrPartReleaseSchema(), { note });
    if (!checked.ok) return showNoteProblem();
    setProblem(null);
    try {
      await release({ variables: { input: { partId, note: checked.value.note } } });
      show(t('dsrPart.released', { agency: review.part.agencyName }));
    } catch (e) {
      const code = errorCodeOf(e);
      if (code === 'BAD_USER_INPUT') return showNoteProblem();
      show(`${t('dsr.notSaved')}: ${errorMessage(code)}`, true);
    }
  }

  return {
    review,
    loading,
    error,
    noteId,
    resultId,
    note,
    setNote,
    problem,
    result,
    starting: started.loading,
    releasing: released.loading,
    start: () => void start(),
    submitRelease: (event: FormEvent<HTMLFormElement>) => void submitRelease(event),
  };
}

export type DsrPartReview = ReturnType<typeof useDataSubjectRequestPartReview>;
