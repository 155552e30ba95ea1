import type { CaseEventKind, NotificationKind } from '../../../gql/graphql';
import type { MessageKey } from '../../i18n/messages/nl';
import type { MessageParams } from '../../i18n/utils/interpolate';

/** A label the API sent with a notification or timeline event. */
export interface EventParam {
  key: string;
  value: string;
}

export function paramsOf(params: readonly EventParam[]): Record<string, string> {
  return Object.fromEntries(params.map(({ key, value }) => [key, value]));
}

/** A message and the labels it needs; the most specific one whose labels are all there is used. */
type Variant = readonly [MessageKey, ...string[]];

const NOTIFICATION_VARIANTS: Record<NotificationKind, readonly Variant[]> = {
  REFERRAL_RECEIVED: [
    ['notifications.kind.REFERRAL_RECEIVED', 'caseReference', 'agency'],
    ['notifications.kind.REFERRAL_RECEIVED.short', 'caseReference'],
  ],
  REFERRAL_DECIDED: [
    ['notifications.kind.REFERRAL_DECIDED', 'caseReference', 'decision'],
    ['notifications.kind.REFERRAL_DECIDED.short', 'caseReference'],
  ],
  CASE_INVITED: [['notifications.kind.CASE_INVITED', 'caseReference']],
  ACTION_ASSIGNED: [['notifications.kind.ACTION_ASSIGNED', 'caseReference']],
  ACTION_OVERDUE: [['notifications.kind.ACTION_OVERDUE', 'caseReference']],
  PLAN_ADOPTED: [
    ['notifications.kind.PLAN_ADOPTED', 'caseReference', 'version'],
    ['notifications.kind.PLAN_ADOPTED.short', 'caseReference'],
  ],
  CASE_CLOSED: [['notifications.kind.CASE_CLOSED', 'caseReference']],
  MEETING_INVITED: [
    ['notifications.kind.MEETING_INVITED.case', 'caseReference'],
    ['notifications.kind.MEETING_INVITED'],
  ],
  VIOLATION_REPORTED: [['notifications.kind.VIOLATION_REPORTED', 'caseReference']],
  COUPLING_REQUESTED: [['notifications.kind.COUPLING_REQUESTED']],
  COUPLING_ENDED: [['notifications.kind.COUPLING_ENDED']],
  COUPLING_UPDATED: [['notifications.kind.COUPLING_UPDATED', 'caseReference']],
};

const TIMELINE_VARIANTS: Record<CaseEventKind, readonly Variant[]> = {
  REFERRED: [['timeline.kind.REFERRED', 'agency'], ['timeline.kind.REFERRED.short']],
  TRIAGE_DECIDED: [
    ['timeline.kind.TRIAGE_DECIDED', 'decision'],
    ['timeline.kind.TRIAGE_DECIDED.short'],
  ],
  PARTICIPANT_ADDED: [
    ['timeline.kind.PARTICIPANT_ADDED', 'agency', 'role'],
    ['timeline.kind.PARTICIPANT_ADDED.short', 'agency'],
    ['timeline.kind.PARTICIPANT_ADDED.none'],
  ],
  PARTICIPANT_ENDED: [
    ['timeline.kind.PARTICIPANT_ENDED', 'agency'],
    ['timeline.kind.PARTICIPANT_ENDED.none'],
  ],
  PLAN_VERSION_CREATED: [
    ['timeline.kind.PLAN_VERSION_CREATED', 'version'],
    ['timeline.kind.PLAN_VERSION_CREATED.short'],
  ],
  PLAN_ADOPTED: [['timeline.kind.PLAN_ADOPTED', 'version'], ['timeline.kind.PLAN_ADOPTED.short']],
  AGREED_APPROACH_UPDATED: [['timeline.kind.AGREED_APPROACH_UPDATED']],
  MEETING_DISCUSSED: [
    ['timeline.kind.MEETING_DISCUSSED', 'meeting'],
    ['timeline.kind.MEETING_DISCUSSED.short'],
  ],
  CASE_CLOSED: [
    ['timeline.kind.CASE_CLOSED', 'outcome', 'graceDays'],
    ['timeline.kind.CASE_CLOSED.short'],
  ],
  ADDRESS_PROPOSAL_DECIDED: [
    ['timeline.kind.ADDRESS_PROPOSAL_DECIDED', 'decision'],
    ['timeline.kind.ADDRESS_PROPOSAL_DECIDED.short'],
  ],
  CONDITION_RECORDED: [
    ['timeline.kind.CONDITION_RECORDED', 'conditionKind'],
    ['timeline.kind.CONDITION_RECORDED.short'],
  ],
  CONDITION_CHANGED: [
    ['timeline.kind.CONDITION_CHANGED', 'conditionKind'],
    ['timeline.kind.CONDITION_CHANGED.short'],
  ],
  CONDITION_ENDED: [
    ['timeline.kind.CONDITION_ENDED', 'conditionKind'],
    ['timeline.kind.CONDITION_ENDED.short'],
  ],
  VIOLATION_REPORTED: [
    ['timeline.kind.VIOLATION_REPORTED', 'conditionKind'],
    ['timeline.kind.VIOLATION_REPORTED.short'],
  ],
  VIOLATION_ASSESSED: [['timeline.kind.VIOLATION_ASSESSED']],
};

function pick(
  variants: readonly Variant[] | undefined,
  params: Record<string, string>,
): MessageKey | null {
  for (const [key, ...needs] of variants ?? []) {
    if (needs.every((name) => (params[name] ?? '').trim() !== '')) return key;
  }
  return null;
}

/** Codes the API sends as labels (a decision, an outcome, a role), translated. */
export type LabelTranslator = (name: string, value: string) => string;

function translated(params: Record<string, string>, label: LabelTranslator): MessageParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, label(k, v)]));
}

export function notificationMessage(
  kind: NotificationKind,
  params: readonly EventParam[],
  label: LabelTranslator,
): { key: MessageKey; params: MessageParams } | null {
  const values = paramsOf(params);
  const key = pick(NOTIFICATION_VARIANTS[kind], values);
  return key && { key, params: translated(values, label) };
}

export function timelineMessage(
  kind: CaseEventKind,
  params: readonly EventParam[],
  label: LabelTranslator,
): { key: MessageKey; params: MessageParams } | null {
  const values = paramsOf(params);
  const key = pick(TIMELINE_VARIANTS[kind], values);
  return key && { key, params: translated(values, label) };
}
