import { Alert, Button, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { useCasusregisseurForm } from '../hooks/useCasusregisseurForm';

interface CasusregisseurFormProps {
  caseData: CaseDetailFieldsFragment;
  onDone: () => void;
  onCancel: () => void;
}

/** Choose the lead agency among the partners taking part, then (optionally) its professional. */
export function CasusregisseurForm({ caseData, onDone, onCancel }: CasusregisseurFormProps) {
  const t = useT();
  const form = useCasusregisseurForm(caseData, onDone);
  return (
    <form noValidate className="schakel-flow schakel-team-form" onSubmit={form.submit}>
      {form.failure && (
        <Alert type="error">
          <Paragraph>{form.failure}</Paragraph>
        </Alert>
      )}
      <LabelledField
        id={form.fieldId('agencyId')}
        label={t('team.lead.agency')}
        description={t('team.lead.agencyHint')}
        error={form.problem}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={form.fieldId('agencyId')}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.agencyId}
            onChange={(event) => form.setAgencyId(event.target.value)}
          >
            <SelectOption value="">{t('team.lead.chooseAgency')}</SelectOption>
            {form.agencies.map((agency) => (
              <SelectOption key={agency.id} value={agency.id}>
                {agency.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={form.fieldId('userId')}
        label={t('team.lead.professional')}
        description={t('team.lead.professionalHint')}
      >
        {({ describedBy }) => (
          <Select
            id={form.fieldId('userId')}
            aria-describedby={describedBy}
            value={form.values.userId}
            disabled={form.values.agencyId === ''}
            onChange={(event) => form.setUserId(event.target.value)}
          >
            <SelectOption value="">{t('team.lead.chooseProfessional')}</SelectOption>
            {form.professionals.map((person) => (
              <SelectOption key={person.id} value={person.id}>
                {person.displayName}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <div className="schakel-team-form__buttons">
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('team.lead.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('team.lead.cancel')}
        </Button>
      </div>
    </form>
  );
}
