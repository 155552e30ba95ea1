import {
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import type { PlanActionStatus } from '../../../gql/graphql';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  ADD_PLAN_ACTION_NOTE_MUTATION,
  UPDATE_PLAN_ACTION_STATUS_MUTATION,
} from '../graphql/planMutations';
import { usePlanMutation, type PlanFailure } from '../hooks/usePlanMutation';
import { PlanConflictAlert } from './PlanConflictAlert';

const STATUSES: readonly PlanActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

interface ActionProgressProps {
  actionId: string;
  description: string;
  status: PlanActionStatus;
  statusRevision: number;
  /** The owner agency, casusregisseur or procesregisseur: may change the status. */
  canChangeStatus: boolean;
  /** May add a progress note (PLAN write). */
  canAddNote: boolean;
}

/** Daily progress on an action: its status and a note. Needs no new plan version. */
export function ActionProgress({
  actionId,
  description,
  status,
  statusRevision,
  canChangeStatus,
  canAddNote,
}: ActionProgressProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const statusMutation = usePlanMutation(UPDATE_PLAN_ACTION_STATUS_MUTATION);
  const noteMutation = usePlanMutation(ADD_PLAN_ACTION_NOTE_MUTATION);
  const [nextStatus, setNextStatus] = useState<PlanActionStatus>(status);
  const [statusResult, setStatusResult] = useState<PlanFailure | 'saved' | null>(null);
  const [note, setNote] = useState('');
  const [noteProblem, setNoteProblem] = useState<string | null>(null);
  const [noteResult, setNoteResult] = useState<PlanFailure | 'saved' | null>(null);

  async function saveStatus(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (statusMutation.loading) return;
    const result = await statusMutation.run({
      input: { actionId, statusRevision, status: nextStatus },
    });
    setStatusResult(result ?? 'saved');
  }

  async function addNote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (noteMutation.loading) return;
    const text = note.trim();
    if (text.length < 1 || text.length > 2000) {
      setNoteProblem(t('plan.note.required'));
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setNoteProblem(null);
    const result = await noteMutation.run({ input: { actionId, text } });
    if (result === null) setNote('');
    setNoteResult(result ?? 'saved');
  }

  const failureText = (result: PlanFailure | 'saved' | null, title: string) =>
    result && result !== 'saved' && result.code !== 'EDIT_CONFLICT' ? (
      <Paragraph role="alert">
        {title} {errorMessage(result.code)}
      </Paragraph>
    ) : null;

  return (
    <div className="schakel-plan-progress">
      {canChangeStatus && (
        <form
          className="schakel-plan-form schakel-plan-form__row"
          noValidate
          aria-label={t('plan.action.status')}
          onSubmit={(e) => void saveStatus(e)}
        >
          {statusResult !== 'saved' && statusResult?.code === 'EDIT_CONFLICT' && (
            <PlanConflictAlert />
          )}
          {failureText(statusResult, t('plan.action.statusNotSaved'))}
          <LabelledField id={`${id}-status`} label={`${t('plan.action.status')}: ${description}`}>
            {({ describedBy }) => (
              <Select
                id={`${id}-status`}
                aria-describedby={describedBy}
                value={nextStatus}
                onChange={(e) => setNextStatus(e.target.value as PlanActionStatus)}
              >
                {STATUSES.map((value) => (
                  <SelectOption key={value} value={value}>
                    {t(`plan.actionStatus.${value}`)}
                  </SelectOption>
                ))}
              </Select>
            )}
          </LabelledField>
          <div>
            <Button
              type="submit"
              appearance="secondary-action-button"
              busy={statusMutation.loading}
            >
              {t('plan.action.saveStatus')}
            </Button>
          </div>
          <div role="status">
            {statusResult === 'saved' && <Paragraph>{t('plan.action.statusSaved')}</Paragraph>}
          </div>
        </form>
      )}
      {canAddNote && (
        <form
          className="schakel-plan-form"
          noValidate
          aria-label={t('plan.note.label')}
          onSubmit={(e) => void addNote(e)}
        >
          {failureText(noteResult, t('plan.note.notAdded'))}
          <LabelledField
            id={`${id}-note`}
            label={`${t('plan.note.label')}: ${description}`}
            error={noteProblem}
          >
            {({ describedBy, invalid }) => (
              <Textarea
                id={`${id}-note`}
                rows={2}
                invalid={invalid}
                aria-describedby={describedBy}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            )}
          </LabelledField>
          <div>
            <Button type="submit" appearance="subtle-button" busy={noteMutation.loading}>
              {t('plan.note.add')}
            </Button>
          </div>
          <div role="status">
            {noteResult === 'saved' && <Paragraph>{t('plan.note.added')}</Paragraph>}
          </div>
        </form>
      )}
    </div>
  );
}
