import { useMutation } from '@apollo/client/react';
import {
  conflictDecisionSchema,
  consentEvidenceSchema,
  localDate,
  parseWith,
} from '@schakel/domain';
import { useId, useState, type FormEvent } from 'react';
import type { InformationCategory } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { CASE_QUERY } from '../../cases/graphql/caseQuery';
import { CASE_CONSENTS_QUERY } from '../../cases/graphql/caseConsentsQuery';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { RECORD_CONSENT_MUTATION, RECORD_DECISION_MUTATION } from '../graphql/caseTeamDocuments';

export type SharingExceptionKind = 'consent' | 'decision';
export type SharingExceptionField =
  'category' | 'recipientAgencyId' | 'evidence' | 'validUntil' | 'reasoning';
type Problems = Partial<Record<SharingExceptionField, MessageKey>>;
const FIELDS: readonly SharingExceptionField[] = [
  'category',
  'recipientAgencyId',
  'evidence',
  'validUntil',
  'reasoning',
];

export interface Recipient {
  id: string;
  name: string;
}

/**
 * Recording a consent (how it was given, for this case or every case of the person, optionally
 * until a date) or a conflict-of-duties decision (with its weighing): one category, one recipient.
 */
export function useSharingExceptionForm(
  kind: SharingExceptionKind,
  caseId: string,
  recipients: readonly Recipient[],
) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const fieldId = (field: SharingExceptionField | 'scope') => `${id}-${field}`;
  const options = {
    refetchQueries: [CASE_CONSENTS_QUERY, CASE_QUERY],
    awaitRefetchQueries: true,
  };
  const [recordConsent, consent] = useMutation(RECORD_CONSENT_MUTATION, options);
  const [recordDecision, decision] = useMutation(RECORD_DECISION_MUTATION, options);
  const [category, setCategory] = useState<InformationCategory | ''>('');
  const [recipientAgencyId, setRecipient] = useState('');
  const [allCasesOfPerson, setAllCasesOfPerson] = useState(false);
  const [evidence, setEvidence] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const pending = consent.loading || decision.loading;

  function check(): Problems {
    const found: Problems = {};
    if (category === '') found.category = 'team.consent.problem.category';
    if (recipientAgencyId === '') found.recipientAgencyId = 'team.consent.problem.recipient';
    if (kind === 'consent') {
      if (!parseWith(consentEvidenceSchema(), { evidence }).ok)
        found.evidence = 'team.consent.problem.evidence';
      if (validUntil !== '' && validUntil <= localDate())
        found.validUntil = 'team.consent.problem.validUntil';
    } else if (!parseWith(conflictDecisionSchema(), { reasoning }).ok) {
      found.reasoning = 'team.decision.problem.reasoning';
    }
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setDone(null);
    setFailure(null);
    const found = check();
    setProblems(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    if (category === '') return;
    const recipient = recipients.find((agency) => agency.id === recipientAgencyId)?.name ?? '';
    const words = { recipient, category: t(`category.${category}`) };
    try {
      if (kind === 'consent') {
        await recordConsent({
          variables: {
            input: {
              caseId,
              category,
              recipientAgencyId,
              allCasesOfPerson,
              evidence: evidence.trim(),
              // The end of the chosen day, in the user's own time zone.
              validUntil: validUntil ? new Date(`${validUntil}T23:59:59`).toISOString() : null,
            },
          },
        });
        setDone(t('team.consent.done', words));
      } else {
        await recordDecision({
          variables: {
            input: { caseId, category, recipientAgencyId, reasoning: reasoning.trim() },
          },
        });
        setDone(t('team.decision.done', words));
      }
      setCategory('');
      setRecipient('');
      setAllCasesOfPerson(false);
      setEvidence('');
      setValidUntil('');
      setReasoning('');
    } catch (error) {
      const field = errorFieldOf(error);
      if (field && (FIELDS as readonly string[]).includes(field)) {
        document.getElementById(fieldId(field as SharingExceptionField))?.focus();
      }
      setFailure(errorMessage(errorCodeOf(error)));
    }
  }

  return {
    kind,
    fieldId,
    values: { category, recipientAgencyId, allCasesOfPerson, evidence, validUntil, reasoning },
    setCategory,
    setRecipient,
    setAllCasesOfPerson,
    setEvidence,
    setValidUntil,
    setReasoning,
    message: (field: SharingExceptionField) => (problems[field] ? t(problems[field]) : null),
    failure,
    done,
    pending,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}

export type SharingExceptionFormState = ReturnType<typeof useSharingExceptionForm>;
