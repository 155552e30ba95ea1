import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { AreaTeamProposal } from '../../area-teams/components/AreaTeamProposal';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { TriageDecisionFormState } from '../hooks/useTriageDecisionForm';

/** On acceptance: the partners who take part, and who leads (casusregisseur). */
export function TriagePartners({ form }: { form: TriageDecisionFormState }) {
  const t = useT();
  const { controlId } = form.problems;
  const { agencies, referral, partners } = form;
  // The teams serving the person's wijk (ADR 0036), proposed; the procesregisseur ticks them.
  const areaTeams = referral.areaTeams ?? [];
  const area = areaTeams[0]?.areas[0]?.name ?? null;
  const leadChoices = agencies.filter(
    (agency) =>
      agency.type !== 'VOLUNTEER' &&
      (partners.includes(agency.id) || agency.id === referral.referringAgency.id),
  );
  return (
    <>
      <Fieldset>
        <FieldsetLegend>{t('triage.partners')}</FieldsetLegend>
        {area && (
          <AreaTeamProposal
            area={area}
            teams={areaTeams}
            choices={agencies
              .filter(
                (agency) => agency.type !== 'ZVH' && agency.id !== referral.referringAgency.id,
              )
              .map((agency) => agency.id)}
            onTake={(agencyIds) =>
              agencyIds
                .filter((agencyId) => !partners.includes(agencyId))
                .forEach((agencyId) => form.togglePartner(agencyId, true))
            }
            action="take"
          />
        )}
        {agencies
          .filter((agency) => agency.type !== 'ZVH' && agency.id !== referral.referringAgency.id)
          .map((agency) => {
            const boxId = controlId(`partner-${agency.id}`);
            return (
              <div key={agency.id} className="schakel-referral__choice">
                <Checkbox
                  id={boxId}
                  aria-describedby={agency.type === 'VOLUNTEER' ? `${boxId}-consent` : undefined}
                  checked={partners.includes(agency.id)}
                  onChange={(event) => form.togglePartner(agency.id, event.target.checked)}
                />
                <FormLabel htmlFor={boxId} type="checkbox">
                  {agency.name}
                </FormLabel>
                {agency.type === 'VOLUNTEER' && (
                  <Paragraph id={`${boxId}-consent`}>{t('triage.volunteerConsent')}</Paragraph>
                )}
              </div>
            );
          })}
      </Fieldset>
      <LabelledField id={controlId('lead')} label={t('triage.casusregisseur')}>
        {() => (
          <Select
            id={controlId('lead')}
            value={form.lead}
            onChange={(event) => form.setLead(event.target.value)}
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
  );
}
