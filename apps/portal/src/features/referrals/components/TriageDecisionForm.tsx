import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type {
  AgenciesQuery,
  PersonMatchDecision,
  TriageDecision,
  TriageReferralFieldsFragment,
} from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { DECIDE_REFERRAL_MUTATION, TRIAGE_QUEUE_QUERY } from '../graphql/referralDocuments';

const CRITERIA = [
  'multiDomain',
  'chainsCooperate',
  'impactOnSurroundings',
  'seriousLocalSafety',
] as const;
type Criterion = (typeof CRITERIA)[number];
const DECISIONS: TriageDecision[] = ['ACCEPTED', 'REFERRED_BACK', 'REJECTED'];
type Problem = 'decision' | 'reason' | 'criteria' | 'personMatch';

interface Props {
  referral: TriageReferralFieldsFragment;
  agencies: AgenciesQuery['agencies'];
  onDecided: (reference: string, decision: TriageDecision) => void;
}

/** The triage decision: person match, the national criteria, decision, reason, partners. */
export function TriageDecisionForm({ referral, agencies, onDecided }: Props) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
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
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [decide, { loading }] = useMutation(DECIDE_REFERRAL_MUTATION, {
    refetchQueries: [TRIAGE_QUEUE_QUERY],
    awaitRefetchQueries: true,
  });
  const matches = referral.possibleMatches ?? [];
  const needsMatch = matches.length > 0 && referral.matchDecision === null;
  const fieldId = (problem: Problem) => `${id}-${problem}`;
  const messages: Record<Problem, MessageKey> = {
    decision: 'triage.problem.decision',
    reason: 'triage.problem.reason',
    criteria: 'triage.problem.criteria',
    personMatch: 'triage.problem.personMatch',
  };

  function show(found: Problem[], message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
    });
    const target = found[0] ? fieldId(found[0]) : `${id}-summary`;
    document.getElementById(target)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const met =
      (criteria.multiDomain && criteria.chainsCooperate && criteria.impactOnSurroundings) ||
      criteria.seriousLocalSafety;
    const found: Problem[] = [];
    if (needsMatch && match === '') found.push('personMatch');
    if (decision === '') found.push('decision');
    if (decision === 'ACCEPTED' && !met) found.push('criteria');
    if ([...reason.trim()].length < 10) found.push('reason');
    if (found.length > 0) return show(found);
    const accepted = decision === 'ACCEPTED';
    const personMatch: PersonMatchDecision | null = needsMatch
      ? match === 'DIFFERENT'
        ? 'DIFFERENT_PERSON'
        : 'SAME_PERSON'
      : null;
    try {
      const { data } = await decide({
        variables: {
          input: {
            caseId: referral.caseId,
            decision: decision as TriageDecision,
            reason: reason.trim(),
            criteria,
            partnerAgencyIds: accepted ? partners : null,
            casusregisseurAgencyId: accepted && lead ? lead : null,
            personMatch,
            matchedPersonId: personMatch === 'SAME_PERSON' ? match : null,
          },
        },
      });
      if (data) onDecided(data.decideReferral.reference, data.decideReferral.decision!);
    } catch (error) {
      const field = errorFieldOf(error);
      const known = (['decision', 'reason', 'criteria', 'personMatch'] as const).find(
        (name) => name === field,
      );
      if (known) show([known]);
      else show([], errorMessage(errorCodeOf(error)));
    }
  }

  const errorOf = (problem: Problem) => (problems.includes(problem) ? t(messages[problem]) : null);
  const leadChoices = agencies.filter(
    (agency) =>
      agency.type !== 'VOLUNTEER' &&
      (partners.includes(agency.id) || agency.id === referral.referringAgency.id),
  );

  return (
    <form noValidate className="schakel-flow" onSubmit={(event) => void handleSubmit(event)}>
      {(problems.length > 0 || failure) && (
        <div id={`${id}-summary`} tabIndex={-1}>
          <ErrorSummary
            key={attempts}
            title={t('triage.notDecided')}
            failure={failure}
            problems={problems.map((problem) => ({
              fieldId: fieldId(problem),
              message: t(messages[problem]),
            }))}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        </div>
      )}

      {needsMatch && (
        <Fieldset
          id={fieldId('personMatch')}
          tabIndex={-1}
          invalid={Boolean(errorOf('personMatch'))}
        >
          <FieldsetLegend>{t('triage.matchLegend')}</FieldsetLegend>
          {errorOf('personMatch') && (
            <Paragraph className="schakel-referral__error">{errorOf('personMatch')}</Paragraph>
          )}
          {matches.map((m) => {
            const name = `${m.givenNames} ${m.familyName}`;
            return (
              <div key={m.personId} className="schakel-referral__choice">
                <RadioButton
                  id={`${id}-match-${m.personId}`}
                  name={`${id}-match`}
                  checked={match === m.personId}
                  onChange={() => setMatch(m.personId)}
                />
                <FormLabel htmlFor={`${id}-match-${m.personId}`} type="radio">
                  {t('triage.samePerson', { name })}
                </FormLabel>
              </div>
            );
          })}
          <div className="schakel-referral__choice">
            <RadioButton
              id={`${id}-match-different`}
              name={`${id}-match`}
              checked={match === 'DIFFERENT'}
              onChange={() => setMatch('DIFFERENT')}
            />
            <FormLabel htmlFor={`${id}-match-different`} type="radio">
              {t('triage.differentPerson')}
            </FormLabel>
          </div>
        </Fieldset>
      )}

      <Fieldset id={fieldId('criteria')} tabIndex={-1} invalid={Boolean(errorOf('criteria'))}>
        <FieldsetLegend>{t('triage.criteria')}</FieldsetLegend>
        {errorOf('criteria') && (
          <Paragraph className="schakel-referral__error">{errorOf('criteria')}</Paragraph>
        )}
        {CRITERIA.map((criterion) => (
          <div key={criterion} className="schakel-referral__choice">
            <Checkbox
              id={`${id}-${criterion}`}
              checked={criteria[criterion]}
              onChange={(event) =>
                setCriteria((previous) => ({ ...previous, [criterion]: event.target.checked }))
              }
            />
            <FormLabel htmlFor={`${id}-${criterion}`} type="checkbox">
              {t(`triage.criterion.${criterion}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>

      <Fieldset id={fieldId('decision')} tabIndex={-1} invalid={Boolean(errorOf('decision'))}>
        <FieldsetLegend>{t('triage.decision')}</FieldsetLegend>
        {errorOf('decision') && (
          <Paragraph className="schakel-referral__error">{errorOf('decision')}</Paragraph>
        )}
        {DECISIONS.map((value) => (
          <div key={value} className="schakel-referral__choice">
            <RadioButton
              id={`${id}-decision-${value}`}
              name={`${id}-decision`}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            <FormLabel htmlFor={`${id}-decision-${value}`} type="radio">
              {t(`triage.decision.${value}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>

      {decision === 'ACCEPTED' && (
        <>
          <Fieldset>
            <FieldsetLegend>{t('triage.partners')}</FieldsetLegend>
            {agencies
              .filter(
                (agency) => agency.type !== 'ZVH' && agency.id !== referral.referringAgency.id,
              )
              .map((agency) => (
                <div key={agency.id} className="schakel-referral__choice">
                  <Checkbox
                    id={`${id}-partner-${agency.id}`}
                    aria-describedby={
                      agency.type === 'VOLUNTEER' ? `${id}-partner-${agency.id}-consent` : undefined
                    }
                    checked={partners.includes(agency.id)}
                    onChange={(event) =>
                      setPartners((previous) =>
                        event.target.checked
                          ? [...previous, agency.id]
                          : previous.filter((other) => other !== agency.id),
                      )
                    }
                  />
                  <FormLabel htmlFor={`${id}-partner-${agency.id}`} type="checkbox">
                    {agency.name}
                  </FormLabel>
                  {agency.type === 'VOLUNTEER' && (
                    <Paragraph id={`${id}-partner-${agency.id}-consent`}>
                      {t('triage.volunteerConsent')}
                    </Paragraph>
                  )}
                </div>
              ))}
          </Fieldset>
          <LabelledField id={`${id}-lead`} label={t('triage.casusregisseur')}>
            {() => (
              <Select
                id={`${id}-lead`}
                value={lead}
                onChange={(event) => setLead(event.target.value)}
              >
                <SelectOption value="">{t('triage.noCasusregisseur')}</SelectOption>
                {leadChoices.map((agency) => (
                  <SelectOption key={agency.id} value={agency.id}>
                    {agency.name}
                  </SelectOption>
                ))}
              </Select>
            )}
          </LabelledField>
        </>
      )}

      <LabelledField
        id={fieldId('reason')}
        label={t('triage.reason')}
        description={t('triage.reasonHint')}
        error={errorOf('reason')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('reason')}
            rows={3}
            invalid={invalid}
            aria-describedby={describedBy}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('triage.submit')}
        </Button>
      </div>
    </form>
  );
}
