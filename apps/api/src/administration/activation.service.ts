import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthError } from '../auth/auth.error';
import { PasswordService } from '../auth/password.service';
import { runStatement } from '../database/run-statement';
import { adminChangeEvent } from './admin-audit';
import { activationTokenHash, isActivationToken } from './activation-token';
import {
  activateUserQuery,
  activationStateQuery,
  consumeActivationQuery,
} from './activation.queries';
import { AdministrationError } from './administration.error';
import { assertNewPassword } from '../auth/new-password-policy';

interface LinkState {
  id: string;
  userId: string;
  regionId: string;
  reason:
    'LINK_USED' | 'LINK_REVOKED' | 'LINK_EXPIRED' | 'ACCOUNT_DISABLED' | 'SSO_BOUND' | 'LINK_OPEN';
}

const invalid = () =>
  new AdministrationError(
    'ACTIVATION_LINK_INVALID',
    'This activation link is not valid (any more): it was used, replaced or has expired.',
  );

/**
 * Activation of an account through its single-use link: the invited person sets the password.
 * The link is checked before the password is hashed (no argon2 work for a stranger's guess), and
 * used in the same transaction that sets the password, so it opens the account once.
 */
@Injectable()
export class ActivationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async activate(token: string, password: string): Promise<void> {
    if (!isActivationToken(token)) throw invalid();
    const tokenHash = activationTokenHash(token);
    const [state] = (await runStatement(this.db, activationStateQuery(tokenHash))) as LinkState[];
    if (!state) throw invalid();
    if (state.reason !== 'LINK_OPEN') {
      await this.refused(state, state.reason);
      // Not a broken link: the person signs in at the own organisation instead.
      if (state.reason === 'SSO_BOUND') throw new AuthError('SSO_REQUIRED');
      throw invalid();
    }
    assertNewPassword(password, 'password');
    const hash = await this.passwords.hash(password);
    const done = await this.db.transaction(async (tx) => {
      // An UPDATE … RETURNING answers [rows, count] through TypeORM.
      const [[link]] = (await runStatement(tx, consumeActivationQuery(tokenHash))) as [
        { id: string; userId: string; regionId: string }[],
        number,
      ];
      if (!link) return false;
      const [[user]] = (await runStatement(tx, activateUserQuery(link.userId, hash))) as [
        { id: string; agencyId: string; agencyType: string; roles: string[] }[],
        number,
      ];
      await this.audit.record(
        tx,
        adminChangeEvent(
          {
            regionId: link.regionId,
            actor: {
              userId: user!.id,
              agencyId: user!.agencyId,
              agencyType: user!.agencyType,
              roles: user!.roles,
            },
            action: 'PASSWORD',
            result: 'ALLOWED',
            operation: 'password.activate',
            record: { type: 'app_user', id: user!.id },
            accessBasis: 'role',
          },
          { before: { activated: false }, after: { activated: true } },
        ),
      );
      return true;
    });
    if (!done) {
      // Used (or expired) between the check and the transaction: a concurrent use won.
      const [now] = (await runStatement(this.db, activationStateQuery(tokenHash))) as LinkState[];
      if (now) await this.refused(now, now.reason === 'LINK_OPEN' ? 'LINK_USED' : now.reason);
      throw invalid();
    }
  }

  /** A known link that was refused: in the trail, as a denied activation of that account. */
  private async refused(state: LinkState, reason: LinkState['reason']): Promise<void> {
    await this.audit.record(this.db, {
      regionId: state.regionId,
      actor: null,
      action: 'PASSWORD',
      result: 'DENIED',
      operation: 'password.activate',
      record: { type: 'app_user', id: state.userId },
      reasonCode: reason,
    });
  }
}
