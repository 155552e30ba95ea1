import { parseArgs } from 'node:util';
import { DEFAULT_COVENANT } from '@schakel/sharing-policy';
import { DataSource, type EntityManager } from 'typeorm';
import { toRow, type AuditEventInput } from '../audit/audit.service';
import { insertAuditEventsQuery } from '../audit/audit.queries';
import { insertCovenantVersion } from '../covenant/covenant.store';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrationsAsOwner } from '../database/migrate';
import { runStatement } from '../database/run-statement';
import { loadConfig, secretFrom } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { MailService } from '../mail/mail.service';
import { JsonLogger } from '../observability/json-logger';
import { adminChangeEvent } from './admin-audit';
import {
  insertAgencyQuery,
  insertInvitedUserQuery,
  insertRegionQuery,
  regionAgenciesQuery,
  regionByCodeQuery,
  signCovenantQuery,
  userByEmailQuery,
} from './admin-command.queries';
import { ACTIVATION_HOURS, activationLink } from './activation-token';
import { issueActivation } from './activation.store';

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

/** A mistake of the operator: printed without a stack trace, exit code 2. */
class UsageError extends Error {}

export const ADMIN_USAGE = `Usage: npm run admin -- <command> [options]

  create-region --code <code> --name <name> [--agency-name <name>]
      A new region (ZVH) with its own ZVH agency and the default covenant (version 1).
      code: 2-40 characters a-z, 0-9 and "-".

  create-admin --region <code> --email <address> --name <display name> [--agency <name>]
      The region's first functional administrator, in its ZVH agency (or the named agency).
      Prints a one-time activation link (valid 72 hours): hand it over in person or by a
      channel you trust; whoever opens it first sets the account's password.

  activation-link --email <address>
      A new activation link for an account that was never activated (the old link stops working).

  migrate
      Applies pending database migrations and prints their names; nothing else. Run it with the
      owner's URL before starting a new release whose instances have DB_MIGRATE_AT_START=off
      (the Kubernetes migration Job, docs/operations.md#kubernetes).

Needs DATABASE_URL (or DATABASE_URL_FILE); behind a pooler DATABASE_DIRECT_URL (or its _FILE) is used first,
since migrating takes a session lock (ADR 0030). PUBLIC_URL is where the portal is reached (the link starts with it).
With SMTP_URL set (and the app's other settings), the link is also e-mailed to the person.
Applies pending database migrations first. Every change is written to the audit trail.`;

const CODE = /^[a-z0-9-]{2,40}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} is required`);
  return value.trim();
}

function textBetween(value: string, label: string, min: number, max: number): string {
  if ([...value].length < min || [...value].length > max) {
    throw new UsageError(`${label} must be ${min} to ${max} characters`);
  }
  return value;
}

function email(value: string): string {
  const normalised = value.trim().toLowerCase();
  if (normalised.length > 320 || !EMAIL.test(normalised)) {
    throw new UsageError(`"${value}" is not an e-mail address`);
  }
  return normalised;
}

function uniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** A change made by the command: the system acts (no signed-in actor), stated as the purpose. */
function systemEvent(
  regionId: string,
  operation: string,
  record: { type: string; id: string },
): AuditEventInput {
  return {
    regionId,
    actor: null,
    action: 'ADMIN',
    result: 'ALLOWED',
    operation,
    record,
    accessBasis: 'role',
    purpose: 'admin command',
  };
}

async function audit(tx: EntityManager, event: AuditEventInput): Promise<void> {
  await runStatement(tx, insertAuditEventsQuery([toRow(event)]));
}

async function createRegion(db: DataSource, values: Record<string, unknown>, io: CommandIo) {
  const code = required(values, 'code').toLowerCase();
  if (!CODE.test(code)) throw new UsageError('--code must be 2-40 characters a-z, 0-9 and "-"');
  const name = textBetween(required(values, 'name'), '--name', 2, 200);
  const agencyName = textBetween(
    typeof values['agency-name'] === 'string' ? values['agency-name'].trim() : name,
    '--agency-name',
    2,
    200,
  );
  try {
    const ids = await db.transaction(async (tx) => {
      const [region] = (await runStatement(tx, insertRegionQuery(code, name))) as { id: string }[];
      const regionId = region!.id;
      const [agency] = (await runStatement(tx, insertAgencyQuery(regionId, agencyName, 'ZVH'))) as {
        id: string;
      }[];
      const covenantId = await insertCovenantVersion(tx, {
        regionId,
        version: 1,
        entries: DEFAULT_COVENANT,
        note: 'Default covenant (domain brief §4), set by the admin command',
        userId: null,
      });
      // Its own ZVH signs the covenant it starts with: otherwise its people are locked out.
      await runStatement(tx, signCovenantQuery(agency!.id, 1));
      await audit(
        tx,
        adminChangeEvent(
          systemEvent(regionId, 'admin.region.create', { type: 'region', id: regionId }),
          {
            after: { code, name, covenantVersion: 1, covenantVersionId: covenantId },
          },
        ),
      );
      await audit(
        tx,
        adminChangeEvent(
          systemEvent(regionId, 'admin.agency.create', { type: 'agency', id: agency!.id }),
          { after: { name: agencyName, type: 'ZVH', covenantSignedVersion: 1 } },
        ),
      );
      return { regionId, agencyId: agency!.id };
    });
    io.out(`Region "${name}" (${code}) created: ${ids.regionId}`);
    io.out(`Its ZVH agency "${agencyName}": ${ids.agencyId}`);
    io.out(`Covenant version 1 (the default covenant) is in force.`);
    io.out(`Next: npm run admin -- create-admin --region ${code} --email … --name …`);
  } catch (error) {
    if (uniqueViolation(error)) throw new UsageError(`a region with code "${code}" already exists`);
    throw error;
  }
}

/** Queues the invitation mail with the link in the command's transaction (when SMTP is set). */
type Mailer = ((tx: EntityManager, to: string, link: string) => Promise<void>) | null;

async function createAdmin(
  db: DataSource,
  values: Record<string, unknown>,
  io: CommandIo,
  publicUrl: string,
  mailer: Mailer,
) {
  const code = required(values, 'region').toLowerCase();
  const address = email(required(values, 'email'));
  const displayName = textBetween(required(values, 'name'), '--name', 1, 200);
  const agencyName = typeof values['agency'] === 'string' ? values['agency'].trim() : null;
  try {
    const issued = await db.transaction(async (tx) => {
      const [region] = (await runStatement(tx, regionByCodeQuery(code))) as { id: string }[];
      if (!region) throw new UsageError(`no region with code "${code}"`);
      const agencies = (await runStatement(
        tx,
        regionAgenciesQuery(region.id, agencyName, 'ZVH'),
      )) as { id: string; name: string }[];
      if (agencies.length === 0) {
        throw new UsageError(
          agencyName
            ? `no agency "${agencyName}" in region ${code}`
            : `region ${code} has no ZVH agency`,
        );
      }
      if (agencies.length > 1) {
        throw new UsageError(
          `region ${code} has several ZVH agencies; name one with --agency: ${agencies.map((a) => `"${a.name}"`).join(', ')}`,
        );
      }
      const agency = agencies[0]!;
      const roles = ['FUNCTIONAL_ADMIN'];
      const [user] = (await runStatement(
        tx,
        insertInvitedUserQuery({ agencyId: agency.id, email: address, displayName, roles }),
      )) as { id: string; regionId: string }[];
      const activation = await issueActivation(tx, {
        regionId: region.id,
        userId: user!.id,
        createdByUserId: null,
      });
      await audit(
        tx,
        adminChangeEvent(
          systemEvent(region.id, 'admin.user.create', { type: 'app_user', id: user!.id }),
          {
            after: { agencyId: agency.id, roles, active: true, activated: false },
          },
        ),
      );
      await audit(
        tx,
        systemEvent(region.id, 'admin.activation.issue', { type: 'app_user', id: user!.id }),
      );
      await mailer?.(tx, address, activationLink(publicUrl, activation.token));
      return { ...activation, agencyName: agency.name };
    });
    io.out(`Functional administrator ${address} created in "${issued.agencyName}".`);
    if (mailer) io.out(`The activation link is on its way to ${address} by e-mail.`);
    io.out(`One-time activation link (valid until ${issued.expiresAt.toISOString()}):`);
    io.out(activationLink(publicUrl, issued.token));
  } catch (error) {
    if (uniqueViolation(error)) throw new UsageError(`an account ${address} already exists`);
    throw error;
  }
}

async function reissueLink(
  db: DataSource,
  values: Record<string, unknown>,
  io: CommandIo,
  publicUrl: string,
  mailer: Mailer,
) {
  const address = email(required(values, 'email'));
  const issued = await db.transaction(async (tx) => {
    const [user] = (await runStatement(tx, userByEmailQuery(address))) as {
      id: string;
      regionId: string;
      active: boolean;
      activatedAt: Date | null;
    }[];
    if (!user) throw new UsageError(`no account ${address}`);
    if (!user.active) throw new UsageError(`the account ${address} is disabled`);
    // Not a password reset: an activated account resets its password itself (issue 15 item 5).
    if (user.activatedAt) throw new UsageError(`the account ${address} is already activated`);
    const activation = await issueActivation(tx, {
      regionId: user.regionId,
      userId: user.id,
      createdByUserId: null,
    });
    await audit(
      tx,
      systemEvent(user.regionId, 'admin.activation.issue', { type: 'app_user', id: user.id }),
    );
    await mailer?.(tx, address, activationLink(publicUrl, activation.token));
    return activation;
  });
  if (mailer) io.out(`The new link is on its way to ${address} by e-mail.`);
  io.out(
    `New one-time activation link for ${address} (valid until ${issued.expiresAt.toISOString()}):`,
  );
  io.out(activationLink(publicUrl, issued.token));
}

/**
 * `npm run admin -- …` (admin.ts): the first region and its functional administrator without
 * SQL or demo data (issue 15 item 1). Returns the exit code: 0 done, 2 a usage mistake, 1 failed.
 */
export async function runAdminCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CommandIo,
): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(ADMIN_USAGE);
    return command ? 0 : 2;
  }
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...rest],
      options: {
        code: { type: 'string' },
        name: { type: 'string' },
        'agency-name': { type: 'string' },
        region: { type: 'string' },
        email: { type: 'string' },
        agency: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(ADMIN_USAGE);
    return 2;
  }
  if (!['create-region', 'create-admin', 'activation-link', 'migrate'].includes(command)) {
    io.err(`Unknown command "${command}".`);
    io.err(ADMIN_USAGE);
    return 2;
  }
  // An operator's tool: it migrates (a session lock) and writes as the owner, so behind a
  // transaction-mode pooler it takes the direct connection (ADR 0030).
  let url: string | null;
  try {
    url = secretFrom(env, 'DATABASE_DIRECT_URL') ?? secretFrom(env, 'DATABASE_URL');
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (!url) {
    io.err('DATABASE_URL (or DATABASE_URL_FILE) is required.');
    return 2;
  }
  if (command === 'migrate') {
    const applied = await runMigrationsAsOwner(url);
    if (applied.length === 0) io.out('The database is up to date: no migration pending.');
    else io.out(`Applied ${applied.length} migration(s):`);
    for (const name of applied) io.out(`  ${name}`);
    return 0;
  }
  let publicUrl = env['PUBLIC_URL'] ?? '';
  if (!publicUrl) {
    publicUrl = `http://localhost:${env['PORT'] ?? 3000}`;
    if (command !== 'create-region') {
      io.err(`PUBLIC_URL is not set: the link below starts with ${publicUrl}.`);
    }
  }

  await runMigrationsAsOwner(url);
  const db = new DataSource({
    ...dataSourceOptions(url),
    extra: { max: 2, application_name: 'schakel-admin' },
  });
  await db.initialize();
  const jobs = command === 'create-region' ? null : await mailQueue(env, io);
  try {
    const mailer: Mailer = jobs
      ? async (tx, to, link) => {
          await jobs.mail.enqueue(
            { to, template: 'invitation', params: { link, expiresHours: ACTIVATION_HOURS } },
            tx,
          );
        }
      : null;
    if (command === 'create-region') await createRegion(db, values, io);
    else if (command === 'create-admin') await createAdmin(db, values, io, publicUrl, mailer);
    else await reissueLink(db, values, io, publicUrl, mailer);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  } finally {
    await jobs?.queue.onModuleDestroy();
    await db.destroy();
  }
}

/**
 * The app's mail path, when SMTP_URL is set: the link is queued as the invitation mail and a
 * running API instance (or the next to start) sends it. This process only enqueues.
 */
async function mailQueue(
  env: NodeJS.ProcessEnv,
  io: CommandIo,
): Promise<{ queue: JobQueue; mail: MailService } | null> {
  if (!secretFrom(env, 'SMTP_URL')) return null;
  const config = loadConfig({ ...env, JOB_WORKERS: 'off' });
  const logger = new JsonLogger('warn', (line) => io.err(line));
  const queue = new JobQueue(config, logger);
  await queue.onModuleInit();
  return { queue, mail: new MailService(queue, config, logger) };
}
