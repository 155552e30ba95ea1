import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** A transaction opened on something other than the caller (`user`/`caller.transaction`). */
const BARE_TRANSACTION = /(?<!\b(?:user|caller|audit))\.transaction\(/;

/**
 * Where a transaction may be opened without committing an access's event (ADR 0011): the helper
 * itself, and writes that record their own events with `audit.record(tx, …)` inside the
 * transaction (@AuditedBySelf), or touch no personal data. Adding a file here is a review point.
 */
const ALLOWED: Record<string, string> = {
  'audit/audit-scope.ts': 'the helper every audited write commits through',
  'auth/caller.ts': 'hands the helper on',
  'auth/login-throttle.service.ts': 'login counters: no personal data, security log',
  'plans/my-actions.service.ts': 'scheduled job: notifications, no access of a caller',
  'covenant/covenant.service.ts': '@AuditedBySelf: audit.record in the proposal transaction',
  'break-glass/break-glass.service.ts': '@AuditedBySelf: audit.record in the transaction',
  'data-subject-requests/data-subject-request-part.service.ts':
    '@AuditedBySelf: audit.record in the review transaction',
  'demo/demo-seeder.ts': 'demo data at start, before any access',
  'audit/audit-outbox.service.ts': 'the sweeper links events of writes that committed already',
  'auth/user-sessions.service.ts':
    "the caller's own sessions: the security event in the ending's transaction (ADR 0018)",
  'auth/auth.service.ts':
    "the caller's own password: its security event in the transaction (ADR 0018)",
  'auth/password-reset.service.ts':
    'no access of a caller: its security events (SecurityEvents.record) commit in the transaction',
  'notification-mail/notification-mail.service.ts':
    'scheduled job: marks notifications mailed, queues the mails; no access of a caller',
  'administration/activation.service.ts':
    'no access of a caller: password.activate commits in the activation transaction',
  'administration/admin-command.ts':
    'the admin command (no caller): its ADMIN events commit in each transaction',
  'administration/agency-users.service.ts':
    'ADMIN events with before/after written in the change transaction (audit.record(tx, …))',
  'administration/access-review.service.ts':
    'scheduled job (no caller): marks agencies reminded and queues the counts-only mails together',
  'administration/region-agencies.service.ts':
    'ADMIN events with before/after written in the change transaction (audit.record(tx, …))',
  'areas/area.service.ts':
    'ADMIN admin.area.* with before/after written in the change transaction (audit.record(tx, …))',
  'areas/area-team.service.ts':
    'ADMIN admin.areaTeam.* with before/after written in the change transaction (audit.record(tx, …))',
  'region-settings/region-settings.service.ts':
    'ADMIN admin.region.settings with before/after written in the change transaction',
  'auth/mfa/mfa.service.ts': "the caller's own factors: the MFA event commits in the transaction",
  'sso/sso-binding.service.ts':
    'SSO binding: SecurityEvents.record(…, tx) inside the binding transaction (no personal data)',
};

describe('every audited write commits its event with the change (ADR 0011)', () => {
  it('opens transactions only through caller.transaction, outside the listed files', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const name = relative(SRC, file);
      if (name in ALLOWED) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (BARE_TRANSACTION.test(line)) offenders.push(`${name}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the scan would catch a service opening its own transaction', () => {
    expect(BARE_TRANSACTION.test('await this.db.transaction(async (tx) => {')).toBe(true);
    expect(BARE_TRANSACTION.test('return dataSource.transaction((tx) => work(tx));')).toBe(true);
    expect(BARE_TRANSACTION.test('await user.transaction(this.db, async (tx) => {')).toBe(false);
  });
});
