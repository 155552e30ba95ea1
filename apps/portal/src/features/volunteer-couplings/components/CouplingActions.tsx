import { COORDINATOR_END_REASONS, localDate } from '@schakel/domain';
import { Button, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { VolunteerCouplingFieldsFragment } from '../../../gql/graphql';
import { DateInput } from '../../forms/components/DateInput';
import { FormProblemSummary } from '../../forms/components/FormProblemSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useT } from '../../i18n/hooks/useT';
import {
  COUPLE_VOLUNTEER_MUTATION,
  DECIDE_VOLUNTEER_MATCH_MUTATION,
  END_VOLUNTEER_COUPLING_MUTATION,
  REPORT_COUPLING_PROGRESS_MUTATION,
  VOLUNTEER_MATCH_REQUESTS_QUERY,
} from '../graphql/volunteerCouplings';
import { useCouplingForm } from '../hooks/useCouplingForm';
import { COUPLE_FIELDS, DECIDE_FIELDS, END_FIELDS, PROGRESS_FIELDS } from '../utils/couplingForms';

type Coupling = VolunteerCouplingFieldsFragment;
const refetch = { refetchQueries: [VOLUNTEER_MATCH_REQUESTS_QUERY], awaitRefetchQueries: true };

/** The coordinator's next steps for a request, by its status; each at the revision shown. */
export function CouplingActions({ coupling, onDone }: { coupling: Coupling; onDone: () => void }) {
  if (coupling.access === 'WITHHELD') return null;
  if (coupling.status === 'REQUESTED') return <DecideForm coupling={coupling} onDone={onDone} />;
  if (coupling.status === 'ACCEPTED') {
    return (
      <>
        <CoupleForm coupling={coupling} onDone={onDone} />
        <EndForm coupling={coupling} onDone={onDone} />
      </>
    );
  }
  if (coupling.status === 'COUPLED') {
    return (
      <>
        <ProgressForm coupling={coupling} onDone={onDone} />
        <EndForm coupling={coupling} onDone={onDone} />
      </>
    );
  }
  return null;
}

function DecideForm({ coupling, onDone }: { coupling: Coupling; onDone: () => void }) {
  const t = useT();
  const [declining, setDeclining] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const [decide] = useTypedMutation(DECIDE_VOLUNTEER_MATCH_MUTATION, refetch);
  const form = useCouplingForm({
    kind: 'decide',
    fields: DECIDE_FIELDS,
    initial: { reason: '' },
    toInput: (v) => ({ couplingId: coupling.id, revision: coupling.revision, accept: false, ...v }),
    send: (input) => decide({ input: input as never }),
    onDone,
  });
  const { fieldId, messageFor } = form.problems;
  async function accept() {
    if (accepting) return;
    setAccepting(true);
    const outcome = await decide({
      input: { couplingId: coupling.id, revision: coupling.revision, accept: true },
    });
    setAccepting(false);
    if (outcome.ok) return onDone();
    form.problems.show({}, outcome.message);
  }
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('couplings.action.failed')} form={form.problems} />
      {declining && (
        <LabelledField
          id={fieldId('reason')}
          label={t('couplings.field.declineReason')}
          error={messageFor('reason')}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={fieldId('reason')}
              rows={2}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.values.reason}
              onChange={(e) => form.set('reason', e.target.value)}
            />
          )}
        </LabelledField>
      )}
      <div className="schakel-coupling__buttons">
        {declining ? (
          <Button type="submit" appearance="secondary-action-button" busy={form.pending}>
            {t('couplings.action.declineSubmit')}
          </Button>
        ) : (
          <>
            <Button
              type="button"
              appearance="primary-action-button"
              busy={accepting}
              onClick={() => void accept()}
            >
              {t('couplings.action.accept')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => setDeclining(true)}
            >
              {t('couplings.action.decline')}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}

function CoupleForm({ coupling, onDone }: { coupling: Coupling; onDone: () => void }) {
  const t = useT();
  const [couple] = useTypedMutation(COUPLE_VOLUNTEER_MUTATION, refetch);
  const form = useCouplingForm({
    kind: 'couple',
    fields: COUPLE_FIELDS,
    initial: { volunteerName: '', volunteerPhone: '' },
    toInput: (v) => ({ couplingId: coupling.id, revision: coupling.revision, ...v }),
    send: (input) => couple({ input: input as never }),
    onDone,
  });
  const { fieldId, messageFor } = form.problems;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('couplings.action.failed')} form={form.problems} />
      <LabelledField
        id={fieldId('volunteerName')}
        label={t('couplings.field.volunteerName')}
        error={messageFor('volunteerName')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('volunteerName')}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.volunteerName}
            onChange={(e) => form.set('volunteerName', e.target.value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('volunteerPhone')}
        label={t('couplings.field.volunteerPhone')}
        error={messageFor('volunteerPhone')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('volunteerPhone')}
            type="tel"
            autoComplete="off"
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.volunteerPhone}
            onChange={(e) => form.set('volunteerPhone', e.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('couplings.action.couple')}
        </Button>
      </div>
    </form>
  );
}

function ProgressForm({ coupling, onDone }: { coupling: Coupling; onDone: () => void }) {
  const t = useT();
  const [report] = useTypedMutation(REPORT_COUPLING_PROGRESS_MUTATION, refetch);
  const form = useCouplingForm({
    kind: 'progress',
    fields: PROGRESS_FIELDS,
    initial: { notedOn: localDate(), note: '' },
    toInput: (v) => ({ couplingId: coupling.id, ...v }),
    send: (input) => report({ input: input as never }),
    onDone,
  });
  const { fieldId, messageFor } = form.problems;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('couplings.action.failed')} form={form.problems} />
      <LabelledField
        id={fieldId('notedOn')}
        label={t('couplings.field.notedOn')}
        error={messageFor('notedOn')}
      >
        {({ describedBy, invalid }) => (
          <DateInput
            id={fieldId('notedOn')}
            label={t('couplings.field.notedOn')}
            max={localDate()}
            invalid={invalid}
            describedBy={describedBy}
            value={form.values.notedOn}
            onChange={(value) => form.set('notedOn', value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('note')}
        label={t('couplings.field.note')}
        error={messageFor('note')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('note')}
            rows={2}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.note}
            onChange={(e) => form.set('note', e.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={form.pending}>
          {t('couplings.action.progress')}
        </Button>
      </div>
    </form>
  );
}

function EndForm({ coupling, onDone }: { coupling: Coupling; onDone: () => void }) {
  const t = useT();
  const [end] = useTypedMutation(END_VOLUNTEER_COUPLING_MUTATION, refetch);
  const form = useCouplingForm({
    kind: 'end',
    fields: END_FIELDS,
    initial: { reason: '', text: '' },
    toInput: (v) => ({ couplingId: coupling.id, revision: coupling.revision, ...v }),
    send: (input) => end({ input: input as never }),
    onDone,
  });
  const { fieldId, messageFor } = form.problems;
  return (
    <form className="schakel-flow" noValidate onSubmit={form.submit}>
      <FormProblemSummary title={t('couplings.action.failed')} form={form.problems} />
      <LabelledField
        id={fieldId('reason')}
        label={t('couplings.field.endReason')}
        error={messageFor('reason')}
      >
        {({ describedBy, invalid }) => (
          <Select
            id={fieldId('reason')}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.reason}
            onChange={(e) => form.set('reason', e.target.value)}
          >
            <SelectOption value="">{t('couplings.field.chooseReason')}</SelectOption>
            {COORDINATOR_END_REASONS.map((reason) => (
              <SelectOption key={reason} value={reason}>
                {t(`couplings.endReason.${reason}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('text')}
        label={t('couplings.field.endText')}
        error={messageFor('text')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('text')}
            rows={2}
            invalid={invalid}
            aria-describedby={describedBy}
            value={form.values.text}
            onChange={(e) => form.set('text', e.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={form.pending}>
          {t('couplings.action.end')}
        </Button>
      </div>
    </form>
  );
}
