import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';
import { AUDIT_BREAKS, type AuditBreak } from '../audit/audit-verifier';

export const AuditBreakEnum = asEnum(AUDIT_BREAKS);
registerEnumType(AuditBreakEnum, {
  name: 'AuditChainBreak',
  description:
    'SEQ_GAP: a row before this one is missing (deleted). PREV_HASH_MISMATCH: this row does not ' +
    'link to the row before it. HASH_MISMATCH: this row was changed after it was written. ' +
    'HEAD_MISMATCH: rows at the end were removed, or the chain head was altered.',
});

@ObjectType('AuditChainStatus', {
  description: "The result of checking the hash chain of the caller's region's audit trail.",
})
export class AuditChainStatusModel {
  @Field({ description: 'True when every link and hash is intact.' }) intact!: boolean;
  @Field(() => Float, { description: 'Events checked and found intact.' }) checked!: number;
  @Field(() => ID, { nullable: true, description: 'The first event that fails the check.' })
  firstBrokenId!: string | null;
  @Field(() => String, { nullable: true, description: 'Its position in the chain.' })
  firstBrokenSeq!: string | null;
  @Field(() => String, { nullable: true, description: 'The position the chain expected there.' })
  expectedSeq!: string | null;
  @Field(() => AuditBreakEnum, { nullable: true }) reason!: AuditBreak | null;
  @Field(() => String, {
    nullable: true,
    description: 'Hash of the last intact event (hex); note it down elsewhere as an anchor.',
  })
  headHash!: string | null;
  @Field(() => Date) verifiedAt!: Date;
}
