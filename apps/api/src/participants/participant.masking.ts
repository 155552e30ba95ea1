import type { AppAbility } from '@schakel/sharing-policy';
import { maskFreeText } from '../sharing/masking';
import type { CasePolicyFields } from '../sharing/policy-sql';
import type { CaseParticipantModel, ParticipantRow } from './participant.model';
import type { AuditSink } from '../audit/audit-scope';

/** The participation as the viewer may see it: its reason is masked by the reason's categories. */
export function maskParticipant(
  ability: AppAbility,
  kase: CasePolicyFields,
  row: ParticipantRow,
  audit: AuditSink,
): CaseParticipantModel {
  const reason = maskFreeText(ability, kase, row.reasonCategories, row.reason, audit);
  return {
    ...row,
    reason: reason.text,
    reasonAccess: reason.access,
    reasonCategories: reason.categories,
  };
}
