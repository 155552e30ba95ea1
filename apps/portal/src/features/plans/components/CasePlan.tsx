import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { CASE_PLAN_QUERY } from '../graphql/casePlanQuery';
import { START_PLAN_REVISION_MUTATION } from '../graphql/planMutations';
import { usePlanMutation, type PlanFailure } from '../hooks/usePlanMutation';
import { AdoptPlanForm } from './AdoptPlanForm';
import { PlanHistory } from './PlanHistory';
import { PlanVersionView } from './PlanVersionView';
import './plans.css';

// Starting a version adds a step to the case's timeline.
const TIMELINE = ['CaseTimeline'] as const;

interface CasePlanProps {
  caseId: string;
}

/**
 * The plan of action on the case page: the adopted version (where progress is recorded), the
 * draft being prepared, adopting it, and the history with the differences between versions.
 */
export function CasePlan({ caseId }: CasePlanProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const headingId = useId();
  const { data, error, loading } = useQuery(CASE_PLAN_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const start = usePlanMutation(START_PLAN_REVISION_MUTATION, TIMELINE);
  const [startFailure, setStartFailure] = useState<PlanFailure | null>(null);
  const [adoptedNumber, setAdoptedNumber] = useState<number | null>(null);
  // A draft next to an adopted plan is folded away until asked for: daily work happens in the
  // adopted version. A first draft (nothing adopted yet) is the plan, and shows at once.
  const [showDraft, setShowDraft] = useState(false);
  const draftPanelId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const plan = data?.casePlan;

  useEffect(() => {
    // The adopt form is gone with the draft: the result takes its place for focus.
    if (adoptedNumber !== null) statusRef.current?.focus();
  }, [adoptedNumber]);

  // Withheld under the covenant or unreachable: say so rather than show nothing.
  if (!plan) {
    return (
      <section aria-labelledby={headingId} className="schakel-plan">
        <Heading level={2} id={headingId}>
          {t('plan.heading')}
        </Heading>
        {error ? (
          <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
        ) : (
          <Paragraph role="status">{loading ? t('plan.loading') : ''}</Paragraph>
        )}
      </section>
    );
  }

  const inForce = plan.adopted ?? plan.draft;
  const draftOpen = !plan.adopted || showDraft;
  return (
    <section aria-labelledby={headingId} className="schakel-plan">
      <Heading level={2} id={headingId}>
        {t('plan.heading')}
      </Heading>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {adoptedNumber !== null && plan.adopted?.number === adoptedNumber && !plan.draft && (
          <Alert type="ok" role="none">
            <Paragraph>{t('plan.adopt.done', { number: adoptedNumber })}</Paragraph>
          </Alert>
        )}
      </div>
      {plan.readOnly && <Paragraph>{t('plan.readOnly')}</Paragraph>}
      {!plan.adopted && !plan.draft && <Paragraph>{t('plan.empty')}</Paragraph>}

      {plan.adopted && (
        <div className="schakel-plan__part">
          <Heading level={3}>
            {t('plan.adoptedVersion', {
              number: plan.adopted.number,
              date: formatDate(plan.adopted.adoptedOn ?? '', locale),
            })}
          </Heading>
          <PlanVersionView
            version={plan.adopted}
            plan={plan}
            inForce={inForce?.id === plan.adopted.id}
            agencyId={me.agency.id}
          />
        </div>
      )}

      {plan.draft && (
        <div className="schakel-plan__part schakel-plan__part--draft">
          <Heading level={3}>{t('plan.draftVersion', { number: plan.draft.number })}</Heading>
          {plan.draft.basedOnNumber !== null && plan.draft.basedOnNumber !== undefined && (
            <Paragraph>{t('plan.draftBasedOn', { number: plan.draft.basedOnNumber })}</Paragraph>
          )}
          {plan.adopted && (
            <Button
              type="button"
              appearance="secondary-action-button"
              aria-expanded={draftOpen}
              aria-controls={draftPanelId}
              onClick={() => setShowDraft((value) => !value)}
            >
              {t('casePage.plan.draftToggle', { number: plan.draft.number })}
            </Button>
          )}
          <div id={draftPanelId} hidden={!draftOpen} className="schakel-flow">
            {draftOpen && (
              <>
                <PlanVersionView
                  version={plan.draft}
                  plan={plan}
                  inForce={inForce?.id === plan.draft.id}
                  agencyId={me.agency.id}
                />
                {plan.canAdopt && (
                  <AdoptPlanForm
                    versionId={plan.draft.id}
                    number={plan.draft.number}
                    revision={plan.draft.revision}
                    onAdopted={setAdoptedNumber}
                  />
                )}
              </>
            )}
          </div>
        </div>
      )}

      {!plan.draft && plan.canEdit && (
        <div>
          {startFailure && (
            <Alert type="error">
              <Paragraph>{errorMessage(startFailure.code)}</Paragraph>
            </Alert>
          )}
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={start.loading}
            onClick={() => {
              setAdoptedNumber(null);
              setShowDraft(true);
              void start.run({ input: { caseId } }).then((failure) => setStartFailure(failure));
            }}
          >
            {t(plan.adopted ? 'plan.revise' : 'plan.start')}
          </Button>
        </div>
      )}

      <PlanHistory caseId={caseId} />
    </section>
  );
}
