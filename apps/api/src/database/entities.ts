import { AgencyEntity } from '../agencies/agency.entity';
import { LoginAttemptEntity } from '../auth/login-attempt.entity';
import { RevokedSessionEntity } from '../auth/revoked-session.entity';
import { RegionEntity } from '../regions/region.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  RegionEntity,
  AgencyEntity,
  UserEntity,
  LoginAttemptEntity,
  RevokedSessionEntity,
];
