import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyType, Role } from '@schakel/domain';
import type { DataSource } from 'typeorm';

export interface SessionUserRow {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  agencyId: string;
  agencyName: string;
  agencyType: AgencyType;
  regionId: string;
  regionName: string;
}

export interface LoginAccount {
  id: string;
  active: boolean;
  passwordHash: string;
  sessionGeneration: number;
}

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The user behind a session, in one query: null when the user is gone or disabled, or the
   * session was revoked or predates a password change — so a disabled user's next request fails.
   */
  async findSessionUser(
    userId: string,
    sessionId: string,
    sessionGeneration: number,
  ): Promise<SessionUserRow | null> {
    const rows: SessionUserRow[] = await this.db.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.roles,
              a.id AS "agencyId", a.name AS "agencyName", a.type AS "agencyType",
              r.id AS "regionId", r.name AS "regionName"
         FROM app_user u
         JOIN agency a ON a.id = u.agency_id
         JOIN region r ON r.id = a.region_id
        WHERE u.id = $1 AND u.active
          AND u.session_generation = $3
          AND NOT EXISTS (SELECT 1 FROM revoked_session s WHERE s.session_id = $2)`,
      [userId, sessionId, sessionGeneration],
    );
    return rows[0] ?? null;
  }

  /** Login lookup; includes the password hash, which is never selected elsewhere. */
  async findForLogin(email: string): Promise<LoginAccount | null> {
    const rows: LoginAccount[] = await this.db.query(
      `SELECT id, active, password_hash AS "passwordHash", session_generation AS "sessionGeneration"
         FROM app_user WHERE email = $1`,
      [email],
    );
    return rows[0] ?? null;
  }
}
