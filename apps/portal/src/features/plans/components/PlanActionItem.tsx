import { Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import type { CasePlanQuery, PlanVersionFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { ActionProgress } from './ActionProgress';

type Action = PlanVersionFieldsFragment['goals'][number]['actions'][number];
type Note = CasePlanQuery['casePlan']['notes'][number];

interface PlanActionItemProps {
  action: Action;
  notes: readonly Note[];
  /** Show status and note controls (the version in force). */
  progress?: { canChangeStatus: boolean; canAddNote: boolean } | null;
  /** In an editable draft: remove the action. */
  onRemove?: (() => void) | null;
}

/** One action (afspraak): owner, due date, status, notes, and what the caller may do with it. */
export function PlanActionItem({
  action,
  notes,
  progress = null,
  onRemove = null,
}: PlanActionItemProps) {
  const { t, locale } = useI18n();
  const panelId = useId();
  // Status and note controls on demand: a plan with many actions stays readable.
  const [editing, setEditing] = useState(false);
  const canProgress = progress !== null && (progress.canChangeStatus || progress.canAddNote);
  const statusBadge =
    action.status === 'DONE' || action.status === 'CANCELLED' ? 'inactive' : 'active';
  return (
    <li className={`schakel-plan-action${action.overdue ? ' schakel-plan-action--overdue' : ''}`}>
      <p className="schakel-plan-action__title">
        <span className="schakel-plan-action__description">{action.description}</span>
        <StatusBadge status={statusBadge}>{t(`plan.actionStatus.${action.status}`)}</StatusBadge>
        {action.overdue && <StatusBadge status="error">{t('plan.action.overdue')}</StatusBadge>}
      </p>
      <dl className="schakel-plan-action__meta">
        <div>
          <dt>{t('plan.action.owner')}</dt>
          <dd>
            {action.ownerAgency.name}
            {action.ownerUser && ` (${action.ownerUser.displayName})`}
          </dd>
        </div>
        <div>
          <dt>{t('plan.action.due')}</dt>
          <dd>{formatDate(action.dueDate, locale)}</dd>
        </div>
      </dl>
      {!action.ownerActive && <Paragraph>{t('plan.action.ownerLeft')}</Paragraph>}
      {notes.length > 0 && (
        <div className="schakel-plan-notes">
          <p className="schakel-plan-notes__heading">{t('plan.action.progress')}</p>
          <ul>
            {notes.map((note) => (
              <li key={note.id}>
                <span>{note.text}</span>{' '}
                <span className="schakel-plan-notes__by">
                  {t('plan.note.by', {
                    agency: note.author
                      ? `${note.author.displayName}, ${note.authorAgency.name}`
                      : note.authorAgency.name,
                    date: formatDate(note.createdAt, locale),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {progress && canProgress && (
        <div className="schakel-plan-action__progress">
          <Button
            type="button"
            appearance="subtle-button"
            aria-expanded={editing}
            aria-controls={panelId}
            aria-label={t('plan.action.updateLabel', { action: action.description })}
            onClick={() => setEditing((value) => !value)}
          >
            {t('plan.action.update')}
          </Button>
          <div id={panelId} hidden={!editing}>
            {editing && (
              <ActionProgress
                actionId={action.id}
                description={action.description}
                status={action.status}
                statusRevision={action.statusRevision}
                canChangeStatus={progress.canChangeStatus}
                canAddNote={progress.canAddNote}
              />
            )}
          </div>
        </div>
      )}
      {onRemove && (
        <div>
          <Button
            type="button"
            appearance="subtle-button"
            aria-label={t('plan.action.removeLabel', { action: action.description })}
            onClick={onRemove}
          >
            {t('plan.action.remove')}
          </Button>
        </div>
      )}
    </li>
  );
}
