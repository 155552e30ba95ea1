import { parseWith, triageDecisionSchema } from '@schakel/domain';
import { useState, type FormEvent } from 'react';
import type {
  AgenciesQuery,
  PersonMatchDecision,
  TriageDecision,
  TriageReferralFieldsFragment,
} from '../../../gql/graphql';
import { problemsOnFields, useFormProblems } from '../../forms/hooks/useFormProblems';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { DECIDE_REFERRAL_MUTATION, TRIAGE_QUEUE_QUERY } from '../graphql/referralDocuments';

export const CRITERIA = [
  'multiDomain',
  'chainsCooperate',
  'impactOnSurroundings',
  'seriousLocalSafety',
] as const;
export type Criterion = (typeof CRITERIA)[number];
// In the order the problems are listed and the first one focused.
const TRIAGE_FIELDS = ['personMatch', 'decision', 'criteria', 'reason'] as const;
export type TriageField = (typeof TRIAGE_FIELDS)[number];
const MESSAGES: Record<TriageField, MessageKey> = {
  decision: 'triage.problem.decision',
  reason: 'triage.problem.reason',
  criteria: 'triage.problem.criteria',
  personMatch: 'triage.problem.personMatch',
};
const fieldOf = (path: string | null): TriageField | null =>
  TRIAGE_FIELDS.find((field) => field === path) ?? null;

export interface TriageDecisionFormProps {
  referral: TriageReferralFieldsFragment;
  agencies: AgenciesQuery['agencies'];
  onDecided: (reference: string, decision: TriageDecision) => void;
}

/** The state and submit of a triage decision; the rules are the API's (libs/domain). */
export function useTriageDecisionForm({ referral, agencies, onDecided }: TriageDecisionFormProps) {
  const t = useT();
  const [criteria, setCriteria] = useState<Record<Criterion, boolean>>({
    multiDomain: false,
    chainsCooperate: false,
    impactOnSurroundings: false,
    seriousLocalSafety: false,
  });
  const [decision, setDecision] = useState<TriageDecision | ''>('');
  const [reason, setReason] = useState('');
  const [match, setMatch] = useState<string>('');
  // Never preselect a volunteer organisation: it takes part only with the person's consent.
  const isVolunteer = (agencyId: string) =>
    agencies.some((agency) => agency.id === agencyId && agency.type === 'VOLUNTEER');
  const [partners, setPartners] = useState<string[]>(
    referral.proposedAgencies.map((a) => a.id).filter((agencyId) => !isVolunteer(agencyId)),
  );
  const [lead, setLead] = useState('');
  const problems = useFormProblems<TriageField, 'INVALID'>(TRIAGE_FIELDS, (field) =>
    t(MESSAGES[field]),
  );
  const [decide, { pending }] = useTypedMutation(DECIDE_REFERRAL_MUTATION, {
    refetchQueries: [TRIAGE_QUEUE_QUERY],
    awaitRefetchQueries: true,
  });
  const matches = referral.possibleMatches ?? [];
  const needsMatch = matches.length > 0 && referral.matchDecision === null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const accepted = decision === 'ACCEPTED';
    const personMatch: PersonMatchDecision | null = needsMatch
      ? match === 'DIFFERENT'
        ? 'DIFFERENT_PERSON'
        : 'SAME_PERSON'
      : null;
    const input = {
      caseId: referral.caseId,
      decision: decision as TriageDecision,
      reason: reason.trim(),
      criteria,
      partnerAgencyIds: accepted ? partners : null,
      casusregisseurAgencyId: accepted && lead ? lead : null,
      personMatch,
      matchedPersonId: personMatch === 'SAME_PERSON' ? match : null,
    };
    const checked = parseWith(triageDecisionSchema(), input);
    const found = problemsOnFields(
      checked.ok ? [] : checked.problems.map(({ path }) => ({ path, code: 'INVALID' as const })),
      fieldOf,
    );
    // Whether a match must be decided depends on the referral shown, not on the input alone.
    if (needsMatch && match === '') found.personMatch = 'INVALID';
    if (Object.keys(found).length > 0) return problems.show(found);
    const outcome = await decide({ input });
    if (outcome.ok) {
      return onDecided(
        outcome.data.decideReferral.reference,
        outcome.data.decideReferral.decision!,
      );
    }
    // Saved, only not shown: the reload shows the decision; nothing is left to send again.
    if (outcome.saved) return problems.showSaved(outcome.message);
    const known = fieldOf(outcome.field);
    if (known) problems.show({ [known]: 'INVALID' });
    else problems.show({}, outcome.message);
  }

  return {
    referral,
    agencies,
    criteria,
    setCriterion: (criterion: Criterion, checked: boolean) =>
      setCriteria((previous) => ({ ...previous, [criterion]: checked })),
    decision,
    setDecision,
    reason,
    setReason,
    match,
    setMatch,
    matches,
    needsMatch,
    partners,
    togglePartner: (agencyId: string, checked: boolean) =>
      setPartners((previous) =>
        checked ? [...previous, agencyId] : previous.filter((other) => other !== agencyId),
      ),
    lead,
    setLead,
    problems,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}

export type TriageDecisionFormState = ReturnType<typeof useTriageDecisionForm>;
