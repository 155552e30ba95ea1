import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState, type FormEvent } from 'react';
import type { MailMode, MailNotificationKind } from '../../../gql/graphql';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { MAIL_PREFERENCES_QUERY, SET_MAIL_PREFERENCE_MUTATION } from '../graphql/mailPreferences';

export const MAIL_KINDS: MailNotificationKind[] = [
  'CASE_INVITED',
  'ACTION_ASSIGNED',
  'ACTION_OVERDUE',
  'MEETING_INVITED',
  'REFERRAL_DECIDED',
  'VIOLATION_REPORTED',
];
export const MAIL_MODE_CHOICES: MailMode[] = ['NONE', 'IMMEDIATELY', 'DAILY'];

/** The user's e-mail choices per kind: what is saved, what is chosen, and saving the changes. */
export function useMailPreferences() {
  const { data, loading, error } = useQuery(MAIL_PREFERENCES_QUERY);
  const [mutate, { loading: saving }] = useMutation(SET_MAIL_PREFERENCE_MUTATION);
  const [chosen, setChosen] = useState<Partial<Record<MailNotificationKind, MailMode>>>({});
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<ClientErrorCode | null>(null);

  const savedMode = useCallback(
    (kind: MailNotificationKind): MailMode =>
      data?.myMailPreferences.find((p) => p.kind === kind)?.mode ?? 'NONE',
    [data],
  );
  const modeOf = (kind: MailNotificationKind) => chosen[kind] ?? savedMode(kind);

  const choose = (kind: MailNotificationKind, mode: MailMode) => {
    setSaved(false);
    setChosen((current) => ({ ...current, [kind]: mode }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    setProblem(null);
    try {
      for (const kind of MAIL_KINDS) {
        const mode = chosen[kind];
        if (mode && mode !== savedMode(kind))
          await mutate({ variables: { input: { kind, mode } } });
      }
      setChosen({});
      setSaved(true);
    } catch (e) {
      setProblem(errorCodeOf(e));
    }
  }

  return {
    ready: Boolean(data),
    loading,
    loadFailed: Boolean(error),
    saving,
    saved,
    problem,
    modeOf,
    choose,
    submit,
  };
}
