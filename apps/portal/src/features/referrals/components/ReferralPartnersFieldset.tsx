import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { PostcodeAreaTeams } from '../../area-teams/components/PostcodeAreaTeams';
import { useT } from '../../i18n/hooks/useT';
import type { ReferralFormState } from '../hooks/useReferralForm';

/** The partners the referrer proposes; the Veiligheidshuis decides at triage. */
export function ReferralPartnersFieldset({ form }: { form: ReferralFormState }) {
  const t = useT();
  const { fieldId, controlId, messageFor, problems } = form.problems;
  const error = messageFor('proposedAgencyIds');
  return (
    <Fieldset
      id={fieldId('proposedAgencyIds')}
      tabIndex={-1}
      invalid={Boolean(problems.proposedAgencyIds)}
    >
      <FieldsetLegend>{t('referral.partners')}</FieldsetLegend>
      <Paragraph>{t('referral.partnersHint')}</Paragraph>
      {form.hasVolunteers && <Paragraph>{t('referral.volunteerConsentHint')}</Paragraph>}
      {error && <Paragraph>{error}</Paragraph>}
      <PostcodeAreaTeams
        postcode={form.values.postcode}
        choices={form.partnerChoices.map((agency) => agency.id)}
        onTake={(agencyIds) =>
          agencyIds
            .filter((agencyId) => !form.values.proposedAgencyIds.includes(agencyId))
            .forEach((agencyId) => form.toggle('proposedAgencyIds', agencyId)(true))
        }
      />
      {form.partnerChoices.map((agency) => (
        <div key={agency.id} className="schakel-referral__choice">
          <Checkbox
            id={controlId(`agency-${agency.id}`)}
            checked={form.values.proposedAgencyIds.includes(agency.id)}
            onChange={(event) => form.toggle('proposedAgencyIds', agency.id)(event.target.checked)}
          />
          <FormLabel htmlFor={controlId(`agency-${agency.id}`)} type="checkbox">
            {agency.name}
          </FormLabel>
        </div>
      ))}
    </Fieldset>
  );
}
