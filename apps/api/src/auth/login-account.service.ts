import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface LoginAccount {
  id: string;
  active: boolean;
  passwordHash: string;
  sessionGeneration: number;
}

@Injectable()
export class LoginAccountService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
