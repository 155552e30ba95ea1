import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AuditAction, AuditResult } from '../audit/audit.kinds';
import {
  AuditActionEnum,
  AuditResultEnum,
  BreakGlassVerdictEnum,
  type BreakGlassVerdict,
} from './privacy-office.enums';

@ObjectType('AuditUser', {
  description: 'An employee as the trail names them (the privacy officer sees who accessed what).',
})
export class AuditUserModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Null when the account no longer exists.' })
  name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@ObjectType('AuditPersonRef', {
  description:
    'A person an event is about, by name (the privacy officer sees whose data it was; names ' +
    'only, no date of birth or BSN).',
})
export class AuditPersonRefModel {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Null when the person no longer exists (deleted under the retention rules).',
  })
  name!: string | null;
}

@ObjectType('AuditAgency')
export class AuditAgencyModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) type!: string | null;
}

@ObjectType('BreakGlassReview', { description: "The privacy officer's verdict on a break-glass." })
export class BreakGlassReviewModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => BreakGlassVerdictEnum) verdict!: BreakGlassVerdict;
  @Field(() => String) note!: string;
  @Field(() => Date) reviewedAt!: Date;
  @Field(() => AuditUserModel) reviewer!: AuditUserModel;
}

@ObjectType('AuditEvent', {
  description:
    'One event of the audit trail: who did what with whose data, why, and with what result. ' +
    'Ids and labels only, never case content.',
})
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Position in the hash chain of the region.' }) seq!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => AuditUserModel, { nullable: true, description: 'Null for the system.' })
  actor!: AuditUserModel | null;
  @Field(() => AuditAgencyModel, { nullable: true }) agency!: AuditAgencyModel | null;
  @Field(() => [String]) roles!: string[];
  @Field(() => AuditUserModel, { nullable: true }) onBehalfOf!: AuditUserModel | null;
  @Field(() => AuditActionEnum) action!: AuditAction;
  @Field(() => AuditResultEnum) result!: AuditResult;
  @Field(() => String, { description: 'The access path, e.g. Query.case.' }) operation!: string;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Null when the event has no case or the case no longer exists.',
  })
  caseReference!: string | null;
  @Field(() => Int) personCount!: number;
  @Field(() => [ID]) personIds!: string[];
  @Field(() => [AuditPersonRefModel], { description: 'The persons of `personIds`, named.' })
  persons!: AuditPersonRefModel[];
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) fields!: string[];
  @Field(() => String, { nullable: true }) recordType!: string | null;
  @Field(() => String, { nullable: true }) recordId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The name of the record when it is an agency or a user account.',
  })
  recordName!: string | null;
  @Field(() => String, { nullable: true }) accessBasis!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The stated purpose; for a break-the-glass, its written reason.',
  })
  purpose!: string | null;
  @Field(() => String, { nullable: true }) reasonCode!: string | null;
  @Field(() => String, { nullable: true }) originAddress!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Before/after of an administrative or security change, as the JSON text the chain hashed ' +
      '(`{"before":…,"after":…}`; secrets redacted).',
  })
  detail!: string | null;
  @Field(() => BreakGlassReviewModel, {
    nullable: true,
    description: 'For a break-the-glass: the review, once done.',
  })
  review!: BreakGlassReviewModel | null;
}

@ObjectType('AuditEventPage')
export class AuditEventPageModel {
  @Field(() => [AuditEventModel]) items!: AuditEventModel[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page.',
  })
  endCursor!: string | null;
  @Field(() => Boolean) hasMore!: boolean;
}

@ObjectType('AuditPerson', {
  description: 'A person found by BSN for a trail search (the lookup is itself audited).',
})
export class AuditPersonModel {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) dateOfBirth!: string;
}

@ObjectType('BreakGlassQueueItem', { description: 'A break-the-glass access awaiting review.' })
export class BreakGlassQueueItemModel {
  @Field(() => ID) eventId!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => AuditUserModel, { nullable: true }) actor!: AuditUserModel | null;
  @Field(() => AuditAgencyModel, { nullable: true }) agency!: AuditAgencyModel | null;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => String, { nullable: true }) caseReference!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The written reason; null when the break-glass record no longer exists.',
  })
  reason!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => [ID]) personIds!: string[];
}

@ObjectType('BreakGlassReviewQueue')
export class BreakGlassReviewQueueModel {
  @Field(() => Int, { description: 'All open reviews of the region.' }) openCount!: number;
  @Field(() => [BreakGlassQueueItemModel], { description: 'The oldest open reviews first.' })
  items!: BreakGlassQueueItemModel[];
}

@ObjectType('OutsideParticipationFlag', {
  description:
    "Accesses by one user to one person on one day while the user's agency took part in no " +
    'case of that person.',
})
export class OutsideParticipationFlagModel {
  @Field(() => String, { description: 'The day (Europe/Amsterdam), YYYY-MM-DD.' }) day!: string;
  @Field(() => AuditUserModel) user!: AuditUserModel;
  @Field(() => AuditAgencyModel) agency!: AuditAgencyModel;
  @Field(() => ID) personId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The name of the person; null when the person no longer exists.',
  })
  personName!: string | null;
  @Field(() => Int) eventCount!: number;
  @Field(() => [AuditActionEnum]) actions!: AuditAction[];
  @Field(() => [String]) operations!: string[];
  @Field(() => [String], { description: 'Purposes stated with these accesses.' })
  purposes!: string[];
  @Field(() => [String]) accessBases!: string[];
  @Field(() => Boolean, {
    description: 'Only LOOKUPs (e.g. a police lookup of an afsprakenkaart): outside by design.',
  })
  lookupOnly!: boolean;
  @Field(() => Date) firstAt!: Date;
  @Field(() => Date) lastAt!: Date;
}

@ObjectType('VolumeFlag', {
  description:
    "A user's events on one day above max(minimum, factor × the user's own median, factor × " +
    'the median working day of users with the same roles).',
})
export class VolumeFlagModel {
  @Field(() => String, { description: 'The day (Europe/Amsterdam), YYYY-MM-DD.' }) day!: string;
  @Field(() => AuditUserModel) user!: AuditUserModel;
  @Field(() => AuditAgencyModel, { nullable: true }) agency!: AuditAgencyModel | null;
  @Field(() => Int) eventCount!: number;
  @Field(() => Float, { description: 'Median daily count over the baseline days before.' })
  medianDaily!: number;
  @Field(() => [String], { description: 'The roles the user acted with that day.' })
  roles!: string[];
  @Field(() => Float, {
    description:
      'Median count of a working day of users with these roles, over the baseline days and ' +
      'the day itself: the baseline of the role, learnt from the trail.',
  })
  roleMedianDaily!: number;
  @Field(() => Int, { description: 'How many working days that role median is based on.' })
  roleDays!: number;
  @Field(() => Float) threshold!: number;
}

@ObjectType('AuditAnomalies')
export class AuditAnomaliesModel {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => [OutsideParticipationFlagModel])
  outsideParticipation!: OutsideParticipationFlagModel[];
  @Field(() => Boolean, { description: 'More flags than the list shows: narrow the period.' })
  outsideParticipationTruncated!: boolean;
  @Field(() => [VolumeFlagModel]) volume!: VolumeFlagModel[];
  @Field(() => Int, { description: 'The volume rule: fixed minimum events per day.' })
  volumeMinimum!: number;
  @Field(() => Float, { description: 'The volume rule: factor over the median.' })
  volumeFactor!: number;
  @Field(() => Int, { description: 'The volume rule: baseline days before the day.' })
  volumeBaselineDays!: number;
}
