import { CONDITION_KINDS, type ConditionKind } from '@schakel/domain';
import { useCallback } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import type { MessageKey } from '../../i18n/messages/nl';
import type { LabelTranslator } from '../utils/eventText';

const DECISIONS = ['ACCEPTED', 'REFERRED_BACK', 'REJECTED'];
const ROLES = ['REFERRER', 'CASUSREGISSEUR', 'PROCESREGIE', 'PARTNER'];
const OUTCOMES = [
  'GOAL_ACHIEVED',
  'PARTIALLY_ACHIEVED',
  'NOT_ACHIEVED',
  'REFERRED_TO_REGULAR_CARE',
  'TAKEN_OVER_BY_JUSTICE',
  'PERSON_MOVED',
  'PERSON_DECEASED',
  'NO_COOPERATION',
  'OTHER',
];

/** Translates the codes among an event's labels; names and references pass unchanged. */
export function useEventLabel(): LabelTranslator {
  const { t, locale } = useI18n();
  return useCallback(
    (name: string, value: string) => {
      let key: MessageKey | null = null;
      if (name === 'decision' && DECISIONS.includes(value)) {
        key = `notifications.decision.${value}` as MessageKey;
      } else if (name === 'role' && ROLES.includes(value)) {
        return t(`participantRole.${value}` as MessageKey).toLocaleLowerCase(locale);
      } else if (name === 'outcome' && OUTCOMES.includes(value)) {
        key = `closing.outcome.${value}` as MessageKey;
      } else if (name === 'conditionKind' && CONDITION_KINDS.includes(value as ConditionKind)) {
        return t(`supervision.kind.${value as ConditionKind}`).toLocaleLowerCase(locale);
      }
      return key ? t(key) : value;
    },
    [t, locale],
  );
}
