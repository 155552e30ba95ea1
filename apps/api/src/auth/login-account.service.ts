import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runStatement } from '../database/run-statement';
import { loginAccountQuery } from './login-account.queries';

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
}
