import {
  Alert,
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import type { InformationCategory } from '../../../gql/graphql';
import { LegalBasisField } from '../../case-team/components/LegalBasisField';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useInviteParticipantForm } from '../hooks/useInviteParticipantForm';
import { InviteReasonCategories } from './InviteReasonCategories';
import './cases.css';

interface InviteParticipantFormProps {
  caseId: string;
  /** The categories the caller may write in this case: the reason may carry only these. */
  categories: readonly InformationCategory[];
  /** Agencies taking part now: they cannot be invited again. */
  participating: readonly string[];
}

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
  const form = useInviteParticipantForm(caseId, participating);
  const { fieldId, message, values } = form;

  return (
    <form noValidate className="schakel-flow" onSubmit={form.submit}>
      {form.failure && (
        <Alert type="error">
          <Paragraph>{form.failure}</Paragraph>
        </Alert>
      )}
      <div role="status">{form.done && <Paragraph>{form.done}</Paragraph>}</div>
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
            value={values.agencyId}
            onChange={(event) => form.setAgencyId(event.target.value)}
          >
            <SelectOption value="">{t('invite.chooseAgency')}</SelectOption>
            {form.choices.map((agency) => (
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
            value={values.reason}
            onChange={(event) => form.setReason(event.target.value)}
          />
        )}
      </LabelledField>
      <InviteReasonCategories form={form} categories={categories} />
      <LegalBasisField
        id={fieldId('legalBasis')}
        label={t('invite.legalBasis')}
        description={t('invite.legalBasisHint')}
        error={message('legalBasis')}
        value={values.legalBasis}
        onChange={form.setLegalBasis}
      />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('invite.submit')}
        </Button>
      </div>
    </form>
  );
}
