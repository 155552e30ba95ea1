import { AgencyEntity } from './agencies/agency.entity';
import { LoginAttemptEntity } from './auth/login-attempt.entity';
import { RevokedSessionEntity } from './auth/revoked-session.entity';
import { BreakGlassEntity } from './break-glass/break-glass.entity';
import { CaseEntity } from './cases/case.entity';
import { ConflictOfDutiesDecisionEntity } from './consents/conflict-of-duties-decision.entity';
import { ConsentEntity } from './consents/consent.entity';
import { CovenantEntryEntity } from './covenant/covenant-entry.entity';
import { CovenantVersionEntity } from './covenant/covenant-version.entity';
import { InformationItemEntity } from './information/information-item.entity';
import { CaseParticipantEntity } from './participants/case-participant.entity';
import { PersonEntity } from './persons/person.entity';
import { RegionEntity } from './regions/region.entity';
import { UserEntity } from './users/user.entity';

export const ENTITIES = [
  RegionEntity,
  AgencyEntity,
  UserEntity,
  LoginAttemptEntity,
  RevokedSessionEntity,
  CovenantVersionEntity,
  CovenantEntryEntity,
  PersonEntity,
  CaseEntity,
  CaseParticipantEntity,
  InformationItemEntity,
  ConsentEntity,
  ConflictOfDutiesDecisionEntity,
  BreakGlassEntity,
];
