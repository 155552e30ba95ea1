import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { incompatibleRoles, isRole, rolesAgencyAdminGrants, type Role } from '@schakel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { auditActor, AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { textArg, uuidArg } from '../common/validate';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { runStatement } from '../database/run-statement';
import { MailService } from '../mail/mail.service';
import { emailDomain } from '../sso/sso-login.service';
import { adminChangeEvent, type AdminChange } from './admin-audit';
import { ACTIVATION_HOURS, ACTIVATION_PATH } from './activation-token';
import { issueActivation } from './activation.store';
import { revokeOpenActivationsQuery } from './activation.queries';
import { confirmAccessQuery } from './access-review.queries';
import { AdministrationError } from './administration.error';
import {
  activeColleagueQuery,
  agencyUserQuery,
  agencyUsersQuery,
  chairsOpenMeetingsQuery,
  disableUserQuery,
  enableUserQuery,
  handOverQuery,
  insertAgencyUserQuery,
  lockAgencyUserQuery,
  setRolesQuery,
  ssoAgencyOfDomainQuery,
} from './agency-users.queries';
import type { InviteUserInput, MoveUserOutInput, SetUserRolesInput } from './dto/agency-user.input';
import type { HandOverModel, InvitationModel, ManagedUserModel } from './managed-user.model';

type UserRow = Omit<ManagedUserModel, 'accessReviewDue'>;

const toModel = (row: UserRow, now = new Date()): ManagedUserModel => ({
  ...row,
  accessReviewDue: row.active && row.leftAt === null && row.accessReviewDueAt <= now,
});

/** The portal's login page (its e-mail step leads to the agency's provider). */
const LOGIN_PATH = '/inloggen';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The state an audit event records of an account: settings only. */
const stateOf = (row: UserRow): Record<string, unknown> => ({
  roles: row.roles,
  active: row.active,
  activated: row.activated,
  left: row.leftAt !== null,
  accessReviewedAt: row.accessReviewedAt,
});

/**
 * An agency admin's management of the own agency's accounts (issue 15 item 2). Every operation is
 * bounded to the caller's agency in SQL (another agency's account is NOT_FOUND), every change is
 * audited with before/after in its transaction, and nothing here reads case content: a hand-over
 * answers counts.
 */
@Injectable()
export class AgencyUsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(caller: Caller): Promise<ManagedUserModel[]> {
    const rows = (await runStatement(this.db, agencyUsersQuery(caller.agencyId))) as UserRow[];
    const now = new Date();
    return rows.map((row) => toModel(row, now));
  }

  async invite(caller: Caller, input: InviteUserInput): Promise<InvitationModel> {
    return this.inviteInto(caller, caller.agencyId, input, this.grantable(caller, input.roles, []));
  }

  /**
   * An invitation into an agency of the caller's region with roles already checked by the caller
   * of this method (the agency admin's own agency, or the functional administrator appointing an
   * agency admin). The agency must be of the caller's region: the insert's trigger and foreign
   * keys hold the region, and `agencyId` comes from a region-bounded lookup.
   */
  async inviteInto(
    caller: Caller,
    agencyId: string,
    input: { email: string; displayName: string },
    roles: Role[],
  ): Promise<InvitationModel> {
    const email = textArg(input.email, 'email', 3, 320).toLowerCase();
    if (!EMAIL.test(email)) {
      throw new AdministrationError('BAD_USER_INPUT', 'Not an e-mail address.', 'email');
    }
    const displayName = textArg(input.displayName, 'displayName', 1, 200);
    const domain = emailDomain(email);
    const [bound] = (await runStatement(this.db, ssoAgencyOfDomainQuery(domain ?? ''))) as {
      agencyId: string;
    }[];
    // The login page sends this address to the provider of the agency that holds its domain: a
    // password would never be asked, and another agency's provider vouches only for its own.
    if (bound && bound.agencyId !== agencyId) {
      throw new AdministrationError(
        'FORBIDDEN',
        "This address signs in at another organisation's provider; invite it there.",
        'email',
      );
    }
    const sso = bound !== undefined;
    const { user, link } = await this.db.transaction(async (tx) => {
      const [created] = (await runStatement(
        tx,
        insertAgencyUserQuery({ agencyId, email, displayName, roles, sso }),
      )) as { id: string }[];
      // Unique across regions (the login name): said without telling whose it is.
      if (!created) {
        throw new AdministrationError(
          'CONFLICT',
          'This e-mail address already has an account.',
          'email',
        );
      }
      let link: string;
      if (sso) {
        // No activation link and no password: the person signs in via the own organisation.
        link = this.mail.link(LOGIN_PATH);
        await this.mail.enqueue({ to: email, template: 'invitation-sso', params: { link } }, tx);
      } else {
        const activation = await issueActivation(tx, {
          regionId: caller.regionId,
          userId: created.id,
          createdByUserId: caller.id,
        });
        link = this.mail.link(`${ACTIVATION_PATH}#${activation.token}`);
        // Queued in this transaction: the mail exists exactly when the account does.
        await this.mail.enqueue(
          { to: email, template: 'invitation', params: { link, expiresHours: ACTIVATION_HOURS } },
          tx,
        );
      }
      const row = await this.locked(tx, agencyId, created.id);
      // Last: the event locks the region's chain head until the commit (ADR 0018).
      await this.record(tx, caller, 'admin.user.invite', row.id, {
        after: { ...stateOf(row), signIn: sso ? 'sso' : 'password' },
      });
      return { user: row, link: sso ? null : link };
    });
    return {
      user: toModel(user),
      mailed: this.config.mail.smtpUrl !== null,
      signsInWithSso: sso,
      // Only the person's mailbox carries the link. Without SMTP outside production (a developer's
      // machine) it is shown to the admin too; in production never — the mail waits in the queue
      // until SMTP is set, or the operator's command issues a new link (docs/operations.md).
      activationLink:
        link !== null && this.config.mail.smtpUrl === null && !this.config.production ? link : null,
    };
  }

  async setRoles(caller: Caller, input: SetUserRolesInput): Promise<ManagedUserModel> {
    const userId = uuidArg(input.userId, 'userId');
    return this.change(caller, userId, 'admin.user.roles', async (tx, before) => {
      const roles = this.grantable(caller, input.roles, before.roles);
      if (userId === caller.id && !roles.includes('AGENCY_ADMIN')) {
        throw new AdministrationError(
          'CONFLICT',
          'You cannot take away your own agency admin role; ask another agency admin.',
          'roles',
        );
      }
      await runStatement(tx, setRolesQuery(userId, roles));
    });
  }

  /**
   * "Still needs access?" — yes: the periodic access review of one account of the caller's
   * agency, audited with the review date before and after. "No" is `disable`.
   */
  async confirmAccess(caller: Caller, userIdArg: string): Promise<ManagedUserModel> {
    const userId = uuidArg(userIdArg, 'userId');
    return this.change(caller, userId, 'admin.user.accessReviewed', async (tx, before) => {
      if (!before.active || before.leftAt) {
        throw new AdministrationError(
          'CONFLICT',
          'This account is disabled: it needs no review. Enable it first if the person needs access.',
          'userId',
        );
      }
      await runStatement(tx, confirmAccessQuery(userId));
    });
  }

  async disable(caller: Caller, userIdArg: string): Promise<ManagedUserModel> {
    const userId = uuidArg(userIdArg, 'userId');
    this.notSelf(caller, userId);
    return this.change(caller, userId, 'admin.user.disable', async (tx) => {
      await runStatement(tx, disableUserQuery(userId, false));
      await runStatement(tx, revokeOpenActivationsQuery(userId));
    });
  }

  async enable(caller: Caller, userIdArg: string): Promise<ManagedUserModel> {
    const userId = uuidArg(userIdArg, 'userId');
    return this.change(caller, userId, 'admin.user.enable', async (tx) => {
      await runStatement(tx, enableUserQuery(userId));
    });
  }

  /**
   * The person leaves the agency: what they own in ongoing work goes to an active colleague of
   * the same agency (never orphaned), then the account is disabled and marked as left.
   */
  async moveOut(caller: Caller, input: MoveUserOutInput): Promise<HandOverModel> {
    const userId = uuidArg(input.userId, 'userId');
    const toUserId = uuidArg(input.handOverToUserId, 'handOverToUserId');
    this.notSelf(caller, userId);
    if (toUserId === userId) {
      throw new AdministrationError(
        'BAD_USER_INPUT',
        'Hand over to someone else.',
        'handOverToUserId',
      );
    }
    let counts = { cases: 0, actions: 0, meetings: 0, adoptedActions: 0 };
    const user = await this.change(caller, userId, 'admin.user.moveOut', async (tx, before) => {
      if (before.leftAt) throw new AdministrationError('CONFLICT', 'This person has left already.');
      const [successor] = (await runStatement(
        tx,
        activeColleagueQuery(caller.agencyId, toUserId),
      )) as { id: string; roles: Role[] }[];
      if (!successor) {
        throw new AdministrationError(
          'BAD_USER_INPUT',
          'Hand over to an active, activated colleague of your agency.',
          'handOverToUserId',
        );
      }
      const [chairs] = (await runStatement(
        tx,
        chairsOpenMeetingsQuery(userId, caller.regionId),
      )) as { n: number }[];
      if (chairs!.n > 0 && !successor.roles.includes('PROCESREGISSEUR')) {
        throw new AdministrationError(
          'CONFLICT',
          'This person chairs meetings: hand over to a procesregisseur.',
          'handOverToUserId',
        );
      }
      const [moved] = (await runStatement(
        tx,
        handOverQuery(userId, toUserId, caller.regionId),
      )) as (typeof counts)[];
      counts = moved!;
      await runStatement(tx, disableUserQuery(userId, true));
      await runStatement(tx, revokeOpenActivationsQuery(userId));
      return { handedOverTo: toUserId, ...counts };
    });
    return { user, ...counts };
  }

  private notSelf(caller: Caller, userId: string): void {
    if (userId === caller.id) {
      throw new AdministrationError(
        'CONFLICT',
        'You cannot do this to your own account.',
        'userId',
      );
    }
  }

  /**
   * The roles to store: those asked that the agency admin may grant in this agency, plus the
   * roles the account holds that only the functional administrator grants (kept as they are).
   */
  private grantable(caller: Caller, asked: readonly string[], current: readonly Role[]): Role[] {
    const grants = rolesAgencyAdminGrants(caller.agencyType);
    const requested = [...new Set(asked)];
    const refused = requested.filter(
      (role) => !isRole(role) || (!grants.includes(role) && !current.includes(role)),
    );
    if (refused.length > 0) {
      throw new AdministrationError(
        'FORBIDDEN',
        `You cannot grant ${refused.join(', ')} in this agency.`,
        'roles',
      );
    }
    const kept = current.filter((role) => !grants.includes(role));
    const roles = [...new Set([...requested.filter(isRole), ...kept])];
    if (roles.length === 0) {
      throw new AdministrationError('BAD_USER_INPUT', 'Give at least one role.', 'roles');
    }
    const pair = incompatibleRoles(roles);
    if (pair) {
      throw new AdministrationError(
        'BAD_USER_INPUT',
        `${pair[0]} and ${pair[1]} cannot be held together.`,
        'roles',
      );
    }
    return roles;
  }

  private async locked(tx: EntityManager, agencyId: string, userId: string): Promise<UserRow> {
    const [row] = (await runStatement(tx, lockAgencyUserQuery(agencyId, userId))) as UserRow[];
    if (!row) throw new AdministrationError('NOT_FOUND', 'No such account in your agency.');
    return row;
  }

  /** One audited change of one account of the caller's agency: locked, changed, re-read. */
  private async change(
    caller: Caller,
    userId: string,
    operation: string,
    apply: (tx: EntityManager, before: UserRow) => Promise<Record<string, unknown> | void>,
  ): Promise<ManagedUserModel> {
    const row = await this.db.transaction(async (tx) => {
      const before = await this.locked(tx, caller.agencyId, userId);
      const extra = await apply(tx, before);
      const [after] = (await runStatement(
        tx,
        agencyUserQuery(caller.agencyId, userId),
      )) as UserRow[];
      await this.record(tx, caller, operation, userId, {
        before: stateOf(before),
        after: { ...stateOf(after!), ...(extra ?? {}) },
      });
      return after!;
    });
    return toModel(row);
  }

  private record(
    tx: EntityManager,
    caller: Caller,
    operation: string,
    userId: string,
    change: AdminChange,
  ): Promise<void> {
    return this.audit.record(
      tx,
      adminChangeEvent(
        {
          regionId: caller.regionId,
          actor: auditActor(caller),
          action: 'ADMIN',
          result: 'ALLOWED',
          operation,
          record: { type: 'app_user', id: userId },
          accessBasis: 'role',
        },
        change,
      ),
    );
  }
}
