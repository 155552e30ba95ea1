import { useApolloClient } from '@apollo/client/react';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router-dom';
import type { AuditAction } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { AUDIT_PERSON_LOOKUP_QUERY } from '../graphql/privacyOfficeDocuments';
import {
  AUDIT_ACTIONS,
  checkFilter,
  EMPTY_FILTER,
  filterFromParams,
  paramsFromFilter,
  type AuditFilterField,
  type AuditFilterValues,
} from '../utils/auditFilter';
import { useAuditEventPages } from './useAuditEventPages';

type Problem =
  'BSN' | 'NO_PERSON' | 'USER' | 'CASE_REFERENCE' | 'DATE' | 'TO_BEFORE_FROM' | 'INVALID';
type Problems = Partial<Record<AuditFilterField, Problem>>;

export const AUDIT_TEXT_FIELDS: readonly AuditFilterField[] = [
  'bsn',
  'user',
  'caseReference',
  'from',
  'to',
];

interface FoundPerson {
  id: string;
  displayName: string;
  dateOfBirth: string;
}

/**
 * The trail search's filter, its problems and its results. The applied filter is state; the
 * address bar mirrors it (bookmarks, links, back), never with the BSN.
 */
export function useAuditTrailSearch() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const id = useId();
  const fieldId = (field: string) => `${id}-${field}`;
  const summaryId = `${id}-summary`;
  const resultsId = `${id}-results`;
  const eventId = useCallback((event: string) => `${id}-event-${event}`, [id]);
  const [params, setParams] = useSearchParams();
  const [applied, setApplied] = useState(() => filterFromParams(params));
  const [values, setValues] = useState<AuditFilterValues>(applied);
  const [person, setPerson] = useState<FoundPerson | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [looking, setLooking] = useState(false);

  // Back, forward or a link to this page with other filters: follow the address. (Not derived
  // from the address directly: a router transition would then flip the query back and forth.)
  const paramsKey = params.toString();
  const [syncedKey, setSyncedKey] = useState(paramsKey);
  if (syncedKey !== paramsKey) {
    setSyncedKey(paramsKey);
    if (paramsKey !== paramsFromFilter(applied).toString()) {
      const next = filterFromParams(new URLSearchParams(paramsKey));
      setApplied(next);
      setValues({ ...next, bsn: '' });
    }
  }
  const results = useAuditEventPages(applied, eventId);

  function show(found: Problems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
    });
    document.getElementById(summaryId)?.focus();
  }

  function apply(next: AuditFilterValues) {
    flushSync(() => {
      setProblems({});
      setFailure(null);
      setApplied(next);
      setValues({ ...next, bsn: '' });
    });
    setParams(paramsFromFilter(next));
    document.getElementById(resultsId)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (looking) return;
    const found = checkFilter(values);
    if (Object.keys(found).length > 0) return show(found);
    let next = values;
    if (values.bsn.trim()) {
      setLooking(true);
      try {
        const { data } = await client.query({
          query: AUDIT_PERSON_LOOKUP_QUERY,
          variables: { bsn: values.bsn.trim() },
          // A person's identity is not kept in the cache after the lookup.
          fetchPolicy: 'no-cache',
        });
        const match = data?.auditPersonLookup[0];
        if (!match) return show({ bsn: 'NO_PERSON' });
        setPerson(match);
        next = { ...values, bsn: '', personId: match.id };
        setValues(next);
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === 'BAD_USER_INPUT') return show({ bsn: 'BSN' });
        return show({}, errorMessage(code));
      } finally {
        setLooking(false);
      }
    }
    apply(next);
  }

  // Refusals of the applied filter (e.g. an edited address) are shown next to the field.
  const apiField = results.error ? errorFieldOf(results.error) : null;
  const apiProblem =
    apiField && (AUDIT_TEXT_FIELDS as readonly string[]).includes(apiField)
      ? ({ [apiField]: 'INVALID' } as Problems)
      : {};
  const shown: Problems = { ...apiProblem, ...problems };
  const messageFor = (field: AuditFilterField) => {
    const problem = shown[field];
    return problem ? t(`privacyOffice.filter.problem.${problem}`) : null;
  };
  const summary = AUDIT_TEXT_FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });

  const personLabel = applied.personId
    ? person && person.id === applied.personId
      ? t('privacyOffice.filter.personBorn', {
          name: person.displayName,
          date: formatDate(person.dateOfBirth, locale),
        })
      : t('privacyOffice.filter.personId', { id: applied.personId })
    : null;

  return {
    fieldId,
    summaryId,
    resultsId,
    eventId,
    values,
    set: <K extends keyof AuditFilterValues>(field: K, value: AuditFilterValues[K]) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    toggleAction: (action: AuditAction, on: boolean) =>
      setValues((previous) => ({
        ...previous,
        actions: on
          ? AUDIT_ACTIONS.filter((a) => a === action || previous.actions.includes(a))
          : previous.actions.filter((a) => a !== action),
      })),
    messageFor,
    summary,
    failure,
    attempts,
    looking,
    personLabel,
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
    selectPerson: (personId: string) => {
      setPerson(null);
      apply({ ...applied, personId });
    },
    clearPerson: () => {
      setPerson(null);
      apply({ ...applied, personId: '' });
    },
    reset: () => {
      setPerson(null);
      setValues(EMPTY_FILTER);
      apply(EMPTY_FILTER);
    },
    results,
    /** The applied filter was refused at a field: said there, not as a failed search. */
    refusedAtField: apiField !== null,
  };
}

export type AuditTrailSearchState = ReturnType<typeof useAuditTrailSearch>;
