import { Field, ID, InputType } from '@nestjs/graphql';
import type { AuditAction, AuditResult } from '../../audit/audit.kinds';
import {
  AuditActionEnum,
  AuditResultEnum,
  BreakGlassVerdictEnum,
  type BreakGlassVerdict,
} from '../privacy-office.enums';

@InputType({ description: 'Filters of a trail search; all optional, combined with AND.' })
export class AuditEventFilterInput {
  @Field(() => ID, { nullable: true, description: 'A person id (from auditPersonLookup).' })
  personId?: string | null;
  @Field(() => String, { nullable: true, description: "The actor's e-mail address or user id." })
  user?: string | null;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => String, { nullable: true, description: 'A case reference, e.g. ZVH-2026-0001.' })
  caseReference?: string | null;
  @Field(() => String, { nullable: true, description: 'First day (Europe/Amsterdam), YYYY-MM-DD.' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day (Europe/Amsterdam), YYYY-MM-DD.' })
  to?: string | null;
  @Field(() => [AuditActionEnum], { nullable: true }) actions?: AuditAction[] | null;
  @Field(() => AuditResultEnum, { nullable: true }) result?: AuditResult | null;
}

@InputType()
export class ReviewBreakGlassInput {
  @Field(() => ID, { description: 'The BREAK_GLASS audit event.' }) eventId!: string;
  @Field(() => BreakGlassVerdictEnum) verdict!: BreakGlassVerdict;
  @Field(() => String, { description: 'Why (10–2000 characters).' }) note!: string;
}
