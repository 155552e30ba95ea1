import type { HelpKind } from '@schakel/domain';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import {
  CASE_VOLUNTEER_COUPLINGS_QUERY,
  REQUEST_VOLUNTEER_MATCH_MUTATION,
} from '../graphql/volunteerCouplings';
import { REQUEST_FIELDS } from '../utils/couplingForms';
import { useCouplingForm } from './useCouplingForm';

export interface MatchRequestValues extends Record<string, unknown> {
  volunteerAgencyId: string;
  helpAsked: HelpKind[];
  helpOther: string;
  availability: string;
  safetyNote: string;
  offenceSummary: string;
}

/** Probation's match request for a case (the API adds the first name, age band and wijk). */
export function useMatchRequestForm(caseId: string, onSent: () => void) {
  const [request] = useTypedMutation(REQUEST_VOLUNTEER_MATCH_MUTATION, {
    refetchQueries: [CASE_VOLUNTEER_COUPLINGS_QUERY],
    awaitRefetchQueries: true,
  });
  const form = useCouplingForm<(typeof REQUEST_FIELDS)[number], MatchRequestValues>({
    kind: 'request',
    fields: REQUEST_FIELDS,
    initial: {
      volunteerAgencyId: '',
      helpAsked: [],
      helpOther: '',
      availability: '',
      safetyNote: '',
      offenceSummary: '',
    },
    toInput: (v) => ({ caseId, ...v }),
    send: (input) => request({ input: input as never }),
    onDone: onSent,
  });
  const toggleHelp = (kind: HelpKind, on: boolean) =>
    form.set(
      'helpAsked',
      on ? [...form.values.helpAsked, kind] : form.values.helpAsked.filter((k) => k !== kind),
    );
  return { ...form, toggleHelp };
}
