import { useMutation } from '@apollo/client/react';
import {
  Button,
  Select,
  SelectOption,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import type {
  DataSubjectRequestDetailFragment,
  DataSubjectRequestPartStatus,
} from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { UPDATE_DATA_SUBJECT_REQUEST_PART_MUTATION } from '../graphql/dataSubjectRequestQueries';

type Part = DataSubjectRequestDetailFragment['parts'][number];
const STATUSES: readonly DataSubjectRequestPartStatus[] = ['OPEN', 'DELIVERED', 'NO_DATA'];

interface DataSubjectRequestPartRowProps {
  part: Part;
  editable: boolean;
  onDone: (message: string, failed: boolean) => void;
  onConflict: () => void;
}

/** One partner's part: its status and note, editable while the request is open. */
export function DataSubjectRequestPartRow({
  part,
  editable,
  onDone,
  onConflict,
}: DataSubjectRequestPartRowProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const statusId = useId();
  const noteId = useId();
  const [status, setStatus] = useState<DataSubjectRequestPartStatus>(part.status);
  const [note, setNote] = useState(part.note ?? '');
  const [save, { loading }] = useMutation(UPDATE_DATA_SUBJECT_REQUEST_PART_MUTATION);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    try {
      await save({
        variables: {
          input: { partId: part.id, revision: part.revision, status, note: note.trim() || null },
        },
      });
      onDone(t('dsr.parts.saved', { agency: part.agencyName }), false);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'CONFLICT') return onConflict();
      onDone(`${t('dsr.notSaved')}: ${errorMessage(code)}`, true);
    }
  }

  return (
    <TableRow>
      <TableHeaderCell scope="row">
        {part.agencyName} ({t(`agencyType.${part.agencyType}` as 'agencyType.POLICE')})
      </TableHeaderCell>
      <TableCell>
        {editable ? (
          <form
            className="schakel-dsr__part-form"
            noValidate
            onSubmit={(event) => void handleSubmit(event)}
          >
            <label className="utrecht-form-label" htmlFor={statusId}>
              {t('dsr.parts.statusFor', { agency: part.agencyName })}
            </label>
            <Select
              id={statusId}
              value={status}
              onChange={(event) => setStatus(event.target.value as DataSubjectRequestPartStatus)}
            >
              {STATUSES.map((value) => (
                <SelectOption key={value} value={value}>
                  {t(`dsr.partStatus.${value}`)}
                </SelectOption>
              ))}
            </Select>
            <label className="utrecht-form-label" htmlFor={noteId}>
              {t('dsr.parts.noteFor', { agency: part.agencyName })}
            </label>
            <Textbox
              id={noteId}
              autoComplete="off"
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
            <Button
              type="submit"
              appearance="secondary-action-button"
              busy={loading}
              aria-label={t('dsr.parts.saveFor', { agency: part.agencyName })}
            >
              {t('dsr.parts.save')}
            </Button>
          </form>
        ) : (
          <>
            {t(`dsr.partStatus.${part.status}`)}
            {part.note ? ` – ${part.note}` : ''}
          </>
        )}
      </TableCell>
      <TableCell>
        {part.reviewStatus === 'RELEASED' && part.releasedAt
          ? t('dsr.parts.releasedBy', {
              date: formatDate(part.releasedAt, locale),
              name: part.releasedByName ?? t('dsr.parts.someone'),
            })
          : t(`dsr.reviewStatus.${part.reviewStatus}`)}
        {part.reviewStatus === 'RELEASED' && part.releaseNote ? ` – ${part.releaseNote}` : ''}
      </TableCell>
      <TableCell>
        {part.updatedAt && part.updatedByName
          ? t('dsr.parts.updatedBy', {
              date: formatDate(part.updatedAt, locale),
              name: part.updatedByName,
            })
          : '—'}
      </TableCell>
    </TableRow>
  );
}
