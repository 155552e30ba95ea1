import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runStatement } from '../database/run-statement';
import { loginAccountQuery, ssoBoundQuery } from './login-account.queries';

export interface LoginAccount {
  id: string;
  active: boolean;
  passwordHash: string;
  sessionGeneration: number;
  roles: string[];
  agencyId: string;
  agencyType: string;
  regionId: string;
}

@Injectable()
export class LoginAccountService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Login lookup; includes the password hash, which is never selected elsewhere. */
  async findForLogin(email: string): Promise<LoginAccount | null> {
    const rows = (await runStatement(this.db, loginAccountQuery(email))) as LoginAccount[];
    return rows[0] ?? null;
  }

  /** The address signs in at its agency's provider only (an SSO-bound domain). */
  async ssoBound(email: string): Promise<boolean> {
    const [row] = (await runStatement(this.db, ssoBoundQuery(email))) as { bound: boolean }[];
    return row?.bound ?? false;
  }
}
