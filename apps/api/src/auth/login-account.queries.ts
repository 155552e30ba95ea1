import type { Statement } from '../common/sql';

/** Login lookup; includes the password hash, which is never selected elsewhere. */
export function loginAccountQuery(email: string): Statement {
  return {
    sql: `SELECT id, active, password_hash AS "passwordHash", session_generation AS "sessionGeneration"
         FROM app_user WHERE email = $1`,
    params: [email],
  };
}
