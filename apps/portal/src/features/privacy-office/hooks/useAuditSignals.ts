import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../i18n/hooks/useT';
import { AUDIT_ANOMALIES_QUERY } from '../graphql/privacyOfficeDocuments';
import {
  checkPeriod,
  defaultPeriod,
  type SignalField,
  type SignalProblems,
} from '../utils/signalPeriod';

export const SIGNAL_FIELDS: readonly SignalField[] = ['from', 'to'];

/** The anomaly signals' period (checked before it is applied) and the signals over it. */
export function useAuditSignals() {
  const t = useT();
  const id = useId();
  const fieldId = (field: SignalField) => `${id}-${field}`;
  const summaryId = `${id}-summary`;
  const resultsId = `${id}-results`;
  const [values, setValues] = useState(defaultPeriod);
  const [period, setPeriod] = useState(values);
  const [problems, setProblems] = useState<SignalProblems>({});
  const [attempts, setAttempts] = useState(0);
  const signals = useQuery(AUDIT_ANOMALIES_QUERY, {
    variables: period,
    fetchPolicy: 'network-only',
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkPeriod(values.from, values.to);
    flushSync(() => {
      setProblems(found);
      setAttempts((count) => count + 1);
      if (Object.keys(found).length === 0) setPeriod(values);
    });
    document.getElementById(Object.keys(found).length > 0 ? summaryId : resultsId)?.focus();
  }

  const messageFor = (field: SignalField) => {
    const problem = problems[field];
    return problem ? t(`privacyOffice.signals.problem.${problem}`) : null;
  };
  const summary = SIGNAL_FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });

  return {
    fieldId,
    summaryId,
    resultsId,
    values,
    set: (field: SignalField, value: string) =>
      setValues((previous) => ({ ...previous, [field]: value })),
    messageFor,
    summary,
    attempts,
    submit,
    period,
    data: signals.data?.auditAnomalies,
    loading: signals.loading,
    error: signals.error,
  };
}

export type AuditSignalsState = ReturnType<typeof useAuditSignals>;
export type AuditSignalsData = NonNullable<AuditSignalsState['data']>;
