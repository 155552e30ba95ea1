import { LIFE_DOMAINS } from '@schakel/domain';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { CasePlanQuery, PlanVersionFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { REMOVE_PLAN_ACTION_MUTATION } from '../graphql/planMutations';
import { usePlanMutation, type PlanFailure } from '../hooks/usePlanMutation';
import { AddActionForm } from './AddActionForm';
import { AddGoalForm } from './AddGoalForm';
import { PlanActionItem } from './PlanActionItem';
import { PlanFormFeedback } from './PlanFormFeedback';

type Plan = CasePlanQuery['casePlan'];

interface PlanVersionViewProps {
  version: PlanVersionFieldsFragment;
  plan: Plan;
  /** The version in force: progress (status, notes) is recorded here. */
  inForce: boolean;
  /** The caller's agency, for "owner may change the status". */
  agencyId: string;
}

/** One version: goals grouped by life domain, with their actions; a draft can be edited. */
export function PlanVersionView({ version, plan, inForce, agencyId }: PlanVersionViewProps) {
  const t = useT();
  const editable = version.status === 'DRAFT' && plan.canEdit;
  const remove = usePlanMutation(REMOVE_PLAN_ACTION_MUTATION);
  const [removeFailure, setRemoveFailure] = useState<PlanFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const domains = LIFE_DOMAINS.filter((domain) =>
    version.goals.some((goal) => goal.lifeDomain === domain),
  );
  const notesOf = (key: string) =>
    plan.notes
      .filter((note) => note.actionKey === key)
      .slice()
      .reverse();

  return (
    <div className="schakel-plan-version">
      {version.goals.length === 0 && <Paragraph>{t('plan.noGoals')}</Paragraph>}
      <PlanFormFeedback
        title={t('plan.action.remove')}
        failure={removeFailure}
        problems={[]}
        attempt={attempt}
        onSelect={() => undefined}
      />
      {domains.map((domain) => (
        <div key={domain} className="schakel-plan-domain">
          <Heading level={4}>{t(`plan.lifeDomain.${domain}`)}</Heading>
          {version.goals
            .filter((goal) => goal.lifeDomain === domain)
            .map((goal) => (
              <div key={goal.id} className="schakel-plan-goal">
                <p className="schakel-plan-goal__description">{goal.description}</p>
                {goal.actions.length === 0 ? (
                  <Paragraph>{t('plan.action.none')}</Paragraph>
                ) : (
                  <ul className="schakel-plan-actions">
                    {goal.actions.map((action) => (
                      <PlanActionItem
                        key={action.id}
                        action={action}
                        notes={inForce ? notesOf(action.key) : []}
                        progress={
                          inForce && !plan.readOnly
                            ? {
                                canChangeStatus:
                                  plan.canEdit &&
                                  (action.ownerAgency.id === agencyId || plan.canAdopt),
                                canAddNote: plan.canEdit,
                              }
                            : null
                        }
                        onRemove={
                          editable
                            ? () =>
                                void remove
                                  .run({
                                    input: { actionId: action.id, revision: version.revision },
                                  })
                                  .then((failure) => {
                                    setRemoveFailure(failure);
                                    setAttempt((n) => n + 1);
                                  })
                            : null
                        }
                      />
                    ))}
                  </ul>
                )}
                {editable && (
                  <details className="schakel-plan-add">
                    <summary>{t('plan.action.addTo', { goal: goal.description })}</summary>
                    <AddActionForm
                      goalId={goal.id}
                      goal={goal.description}
                      revision={version.revision}
                      owners={plan.ownerAgencies}
                    />
                  </details>
                )}
              </div>
            ))}
        </div>
      ))}
      {editable && (
        <details className="schakel-plan-add">
          <summary>{t('plan.goal.add')}</summary>
          <AddGoalForm versionId={version.id} revision={version.revision} />
        </details>
      )}
    </div>
  );
}
