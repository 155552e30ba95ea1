import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import type { InformationCategory } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { ADD_CASE_PARTICIPANT_MUTATION } from '../graphql/addCaseParticipantMutation';
import { AGENCIES_QUERY } from '../graphql/agenciesQuery';
import { CASE_QUERY } from '../graphql/caseQuery';
import './cases.css';

type Field = 'agencyId' | 'reason' | 'reasonCategories' | 'legalBasis';
type Problems = Partial<Record<Field, MessageKey>>;

interface InviteParticipantFormProps {
  caseId: string;
  /** The categories the caller may write in this case: the reason may carry only these. */
  categories: readonly InformationCategory[];
  /** Agencies taking part now: they cannot be invited again. */
  participating: readonly string[];
}

const length = (text: string) => [...text.trim()].length;

/**
 * The procesregisseur invites a partner: the reason is a free text about the person, so its
 * writer says who may read it (issue 11) — nothing is chosen in advance.
 */
export function InviteParticipantForm({
  caseId,
  categories,
  participating,
}: InviteParticipantFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const agencies = useQuery(AGENCIES_QUERY);
  const [invite, invited] = useMutation(ADD_CASE_PARTICIPANT_MUTATION, {
    refetchQueries: [CASE_QUERY],
    awaitRefetchQueries: true,
  });
  const [agencyId, setAgencyId] = useState('');
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<InformationCategory[]>([]);
  const [legalBasis, setLegalBasis] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const choices = (agencies.data?.agencies ?? []).filter(
    (agency) => !participating.includes(agency.id),
  );

  function check(): Problems {
    const found: Problems = {};
    if (agencyId === '') found.agencyId = 'invite.problem.agency';
    if (length(reason) < 10 || length(reason) > 2000) found.reason = 'invite.problem.reason';
    if (chosen.length === 0) found.reasonCategories = 'invite.problem.categories';
    if (length(legalBasis) < 3 || length(legalBasis) > 500) {
      found.legalBasis = 'invite.problem.legalBasis';
    }
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invited.loading) return;
    setDone(null);
    setFailure(null);
    const found = check();
    setProblems(found);
    const first = (['agencyId', 'reason', 'reasonCategories', 'legalBasis'] as const).find(
      (field) => found[field],
    );
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    try {
      await invite({
        variables: {
          input: {
            caseId,
            agencyId,
            role: 'PARTNER',
            reason: reason.trim(),
            reasonCategories: chosen,
            legalBasis: legalBasis.trim(),
          },
        },
      });
      const name = choices.find((agency) => agency.id === agencyId)?.name ?? '';
      setAgencyId('');
      setReason('');
      setChosen([]);
      setLegalBasis('');
      setDone(t('invite.done', { agency: name }));
    } catch (error) {
      const field = errorFieldOf(error);
      if (field === 'reasonCategories') {
        setProblems({ reasonCategories: 'invite.problem.categoriesRefused' });
        document.getElementById(fieldId('reasonCategories'))?.focus();
      } else {
        setFailure(errorMessage(errorCodeOf(error)));
      }
    }
  }

  const message = (field: Field) => (problems[field] ? t(problems[field]) : null);

  return (
    <form noValidate className="schakel-flow" onSubmit={(event) => void handleSubmit(event)}>
      {failure && (
        <Alert type="error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <div role="status">{done && <Paragraph>{done}</Paragraph>}</div>
      <LabelledField
        id={fieldId('agencyId')}
        label={t('invite.agency')}
        error={message('agencyId')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('agencyId')}
            invalid={invalid}
            aria-describedby={describedBy}
            value={agencyId}
            onChange={(event) => setAgencyId(event.target.value)}
          >
            <SelectOption value="">{t('invite.chooseAgency')}</SelectOption>
            {choices.map((agency) => (
              <SelectOption key={agency.id} value={agency.id}>
                {agency.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('reason')}
        label={t('invite.reason')}
        description={t('invite.reasonHint')}
        error={message('reason')}
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
      <Fieldset
        invalid={Boolean(problems.reasonCategories)}
        aria-describedby={`${id}-categories-hint${problems.reasonCategories ? ` ${id}-categories-error` : ''}`}
      >
        <FieldsetLegend>{t('invite.categories')}</FieldsetLegend>
        <Paragraph id={`${id}-categories-hint`}>{t('invite.categoriesHint')}</Paragraph>
        {message('reasonCategories') && (
          <Paragraph id={`${id}-categories-error`} className="schakel-referral__error">
            {message('reasonCategories')}
          </Paragraph>
        )}
        {categories.map((category, index) => {
          const boxId = index === 0 ? fieldId('reasonCategories') : `${id}-category-${category}`;
          return (
            <div key={category} className="schakel-referral__choice">
              <Checkbox
                id={boxId}
                checked={chosen.includes(category)}
                onChange={(event) =>
                  setChosen((previous) =>
                    event.target.checked
                      ? [...previous, category]
                      : previous.filter((other) => other !== category),
                  )
                }
              />
              <FormLabel htmlFor={boxId} type="checkbox">
                {t(`category.${category}`)}
              </FormLabel>
            </div>
          );
        })}
      </Fieldset>
      <LabelledField
        id={fieldId('legalBasis')}
        label={t('invite.legalBasis')}
        description={t('invite.legalBasisHint')}
        error={message('legalBasis')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('legalBasis')}
            invalid={invalid}
            aria-describedby={describedBy}
            value={legalBasis}
            onChange={(event) => setLegalBasis(event.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={invited.loading}>
          {t('invite.submit')}
        </Button>
      </div>
    </form>
  );
}
