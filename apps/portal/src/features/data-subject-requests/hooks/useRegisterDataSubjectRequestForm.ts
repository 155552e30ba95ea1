import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router-dom';
import type {
  DataSubjectPersonCandidatesQuery,
  DataSubjectRequestType,
} from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import type { ErrorSummaryProblem } from '../../forms/components/ErrorSummary';
import { localDate } from '../../forms/utils/localDate';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  DATA_SUBJECT_PERSON_CANDIDATES_QUERY,
  DATA_SUBJECT_REQUESTS_QUERY,
  REGISTER_DATA_SUBJECT_REQUEST_MUTATION,
} from '../graphql/dataSubjectRequestQueries';
import {
  REGISTER_DSR_FIELDS,
  registerProblems,
  searchProblems,
  type RegisterDsrField,
  type RegisterDsrProblems,
} from '../utils/registerDsrChecks';

export type DsrCandidate = DataSubjectPersonCandidatesQuery['dataSubjectPersonCandidates'][number];

type Problems = Partial<Record<RegisterDsrField, string>>;

export interface RegisterDsrValues {
  bsn: string;
  familyName: string;
  dateOfBirth: string;
  givenNames: string;
  type: DataSubjectRequestType;
  receivedOn: string;
  identity: string;
  includeNames: boolean;
}

/**
 * The state, the person search and the submit of "Nieuw verzoek". Every problem moves the focus
 * to the error summary; a search moves it to its results.
 */
export function useRegisterDataSubjectRequestForm() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const navigate = useNavigate();
  const ids = {
    bsn: useId(),
    familyName: useId(),
    dateOfBirth: useId(),
    person: useId(),
    givenNames: useId(),
    receivedOn: useId(),
    identityVerification: useId(),
    type: useId(),
    names: useId(),
    /** The error summary's wrapper, focused on every problem. */
    summary: useId(),
    /** The search results, focused after a search. */
    results: useId(),
  };
  const focus = (id: string) => document.getElementById(id)?.focus();
  const [values, setValues] = useState<RegisterDsrValues>(() => ({
    bsn: '',
    familyName: '',
    dateOfBirth: '',
    givenNames: '',
    type: 'ACCESS',
    receivedOn: localDate(),
    identity: '',
    includeNames: false,
  }));
  const [candidates, setCandidates] = useState<readonly DsrCandidate[] | null>(null);
  const [chosen, setChosen] = useState<DsrCandidate | null>(null);
  const [searching, setSearching] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [register, { loading }] = useMutation(REGISTER_DATA_SUBJECT_REQUEST_MUTATION, {
    refetchQueries: [DATA_SUBJECT_REQUESTS_QUERY],
  });
  const unknownPerson = candidates !== null && candidates.length === 0;
  const { bsn, familyName, dateOfBirth, givenNames, receivedOn, identity } = values;

  const worded = (found: RegisterDsrProblems): Problems =>
    Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(key)]));

  function showErrors(next: Problems, nextFailure: string | null) {
    flushSync(() => {
      setProblems(next);
      setFailure(nextFailure);
    });
    focus(ids.summary);
  }

  async function search() {
    const next = worded(searchProblems(values));
    const byBsn = bsn.trim() !== '';
    if (Object.keys(next).length > 0) return showErrors(next, null);
    setSearching(true);
    try {
      const { data } = await client.query({
        query: DATA_SUBJECT_PERSON_CANDIDATES_QUERY,
        variables: {
          input: byBsn
            ? { bsn: bsn.trim() }
            : { familyName: familyName.trim(), dateOfBirth: dateOfBirth.trim() },
        },
        fetchPolicy: 'network-only',
      });
      flushSync(() => {
        setProblems({});
        setFailure(null);
        setChosen(null);
        setCandidates(data?.dataSubjectPersonCandidates ?? []);
      });
      focus(ids.results);
    } catch (error) {
      showErrors({}, `${t('dsr.register.searchFailed')}: ${errorMessage(errorCodeOf(error))}`);
    } finally {
      setSearching(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const next = worded(registerProblems(values, { chosen: chosen !== null, unknownPerson }));
    if (Object.keys(next).length > 0) return showErrors(next, null);
    try {
      const person = chosen
        ? { personId: chosen.id }
        : {
            givenNames: givenNames.trim(),
            familyName: familyName.trim(),
            dateOfBirth: dateOfBirth.trim(),
            bsn: bsn.trim() || null,
          };
      const result = await register({
        variables: {
          input: {
            ...person,
            type: values.type,
            receivedOn: receivedOn.trim(),
            identityVerification: identity.trim(),
            includeEmployeeNames: values.includeNames,
          },
        },
      });
      const id = result.data?.registerDataSubjectRequest.id;
      if (id) void navigate(`/privacy/verzoeken/${id}`);
    } catch (error) {
      const code = errorCodeOf(error);
      const field = errorFieldOf(error);
      if (code === 'BAD_USER_INPUT' && field === 'receivedOn') {
        return showErrors({ receivedOn: t('dsr.register.dateInvalid') }, null);
      }
      if (code === 'BAD_USER_INPUT' && field === 'identityVerification') {
        return showErrors({ identityVerification: t('dsr.register.identityInvalid') }, null);
      }
      showErrors({}, errorMessage(code));
    }
  }

  const summary: ErrorSummaryProblem[] = REGISTER_DSR_FIELDS.flatMap((field) => {
    const message = problems[field];
    return message ? [{ fieldId: ids[field], message }] : [];
  });

  return {
    ids,
    values,
    set: <K extends keyof RegisterDsrValues>(field: K, value: RegisterDsrValues[K]) =>
      setValues((current) => ({ ...current, [field]: value })),
    candidates,
    chosen,
    choose: setChosen,
    unknownPerson,
    searching,
    pending: loading,
    problems,
    failure,
    summary,
    search: () => void search(),
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}

export type RegisterDsrForm = ReturnType<typeof useRegisterDataSubjectRequestForm>;

/** How a candidate is named in the list and in the choice. */
export const candidateName = (c: { givenNames: string; familyName: string }) =>
  `${c.givenNames} ${c.familyName}`;
