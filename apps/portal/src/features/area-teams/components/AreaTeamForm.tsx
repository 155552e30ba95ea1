import { useQuery } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { AREA_TEAM_CANDIDATES_QUERY } from '../graphql/areaTeamDocuments';
import { useAreaTeamForm, type EditedAreaTeam } from '../hooks/useAreaTeamForm';

interface AreaTeamFormProps {
  /** The team to change; null adds one. */
  team: EditedAreaTeam | null;
  agencies: readonly { id: string; name: string }[];
  areas: readonly { id: string; name: string }[];
  onDone: (name: string) => void;
  onCancel?: () => void;
}

/** Adds a team to an agency, or changes its name, wijken, members and whether it is active. */
export function AreaTeamForm({ team, agencies, areas, onDone, onCancel }: AreaTeamFormProps) {
  const t = useT();
  const form = useAreaTeamForm(team, onDone);
  const { fieldId, messageFor, controlId } = form.problems;
  const { data: candidates } = useQuery(AREA_TEAM_CANDIDATES_QUERY, {
    variables: { agencyId: form.values.agencyId },
    skip: !form.values.agencyId,
  });
  return (
    <form className="schakel-flow" noValidate onSubmit={(event) => void form.submit(event)}>
      <FormProblemSummary title={t('areaTeams.notSaved')} form={form.problems} />
      {!team && (
        <LabelledField
          id={fieldId('agencyId')}
          label={t('areaTeams.agency')}
          error={messageFor('agencyId')}
        >
          {({ describedBy, invalid }) => (
            <Select
              id={fieldId('agencyId')}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values.agencyId}
              onChange={(event) => form.setAgency(event.target.value)}
            >
              <SelectOption value="">{t('areaTeams.chooseAgency')}</SelectOption>
              {agencies.map((agency) => (
                <SelectOption key={agency.id} value={agency.id}>
                  {agency.name}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
      )}
      <LabelledField id={fieldId('name')} label={t('areaTeams.name')} error={messageFor('name')}>
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('name')}
            autoComplete="off"
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.name}
            onChange={(event) => form.setName(event.target.value)}
          />
        )}
      </LabelledField>
      <Fieldset id={fieldId('areaIds')} tabIndex={-1}>
        <FieldsetLegend>{t('areaTeams.areas')}</FieldsetLegend>
        {areas.map((area) => (
          <div key={area.id} className="schakel-area-team__choice">
            <Checkbox
              id={controlId(`area-${area.id}`)}
              checked={form.values.areaIds.includes(area.id)}
              onChange={(event) => form.toggle('areaIds', area.id, event.target.checked)}
            />
            <FormLabel htmlFor={controlId(`area-${area.id}`)} type="checkbox">
              {area.name}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      {form.values.agencyId && (
        <Fieldset
          id={fieldId('memberUserIds')}
          tabIndex={-1}
          aria-describedby={controlId('member-hint')}
        >
          <FieldsetLegend>{t('areaTeams.memberChoices')}</FieldsetLegend>
          <Paragraph id={controlId('member-hint')}>{t('areaTeams.memberHint')}</Paragraph>
          {candidates?.areaTeamCandidates.length === 0 && (
            <Paragraph>{t('areaTeams.noCandidates')}</Paragraph>
          )}
          {candidates?.areaTeamCandidates.map((user) => (
            <div key={user.id} className="schakel-area-team__choice">
              <Checkbox
                id={controlId(`member-${user.id}`)}
                checked={form.values.memberUserIds.includes(user.id)}
                onChange={(event) => form.toggle('memberUserIds', user.id, event.target.checked)}
              />
              <FormLabel htmlFor={controlId(`member-${user.id}`)} type="checkbox">
                {user.name}
              </FormLabel>
            </div>
          ))}
        </Fieldset>
      )}
      {team && (
        <FormField
          type="checkbox"
          label={<FormLabel htmlFor={controlId('active')}>{t('areaTeams.active')}</FormLabel>}
          input={
            <Checkbox
              id={controlId('active')}
              checked={form.values.active}
              onChange={(event) => form.setActive(event.target.checked)}
            />
          }
        />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t(team ? 'areaTeams.save' : 'areaTeams.add')}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('areaTeams.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
