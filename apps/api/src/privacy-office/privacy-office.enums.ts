import { registerEnumType } from '@nestjs/graphql';
import { AUDIT_ACTIONS, AUDIT_RESULTS, type AuditAction } from '../audit/audit.kinds';
import { asEnum } from '../common/graphql-enum';

export const AuditActionEnum = asEnum(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What was done with personal data (NEN 7513 style).',
});

export const AuditResultEnum = asEnum(AUDIT_RESULTS);
registerEnumType(AuditResultEnum, {
  name: 'AuditResult',
  description: 'ALLOWED, or DENIED when the policy refused the access.',
});

export const BREAK_GLASS_VERDICTS = ['JUSTIFIED', 'NOT_JUSTIFIED'] as const;
export type BreakGlassVerdict = (typeof BREAK_GLASS_VERDICTS)[number];
export const BreakGlassVerdictEnum = asEnum(BREAK_GLASS_VERDICTS);
registerEnumType(BreakGlassVerdictEnum, {
  name: 'BreakGlassVerdict',
  description: "The privacy officer's verdict on a break-the-glass access.",
});

/** The accesses rule (a) looks at: someone saw or looked for a person's data. */
export const ACCESS_ACTIONS: readonly AuditAction[] = ['READ', 'SEARCH', 'LOOKUP', 'EXPORT'];
