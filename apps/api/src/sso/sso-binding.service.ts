import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { InputError } from '../common/input.error';
import { textArg, uuidArg } from '../common/validate';
import { runStatement } from '../database/run-statement';
import {
  SsoClientAuthEnum,
  type AgencySsoModel,
  type ConfigureAgencySsoInput,
} from './dto/sso.models';
import { SsoClientService } from './sso-client.service';
import { SsoEvents } from './sso-events';
import { SsoLoginService, type BindingRow } from './sso-login.service';
import { SsoError } from './sso.error';
import {
  agencyInRegionQuery,
  deleteBindingQuery,
  deleteDomainsQuery,
  insertDomainsQuery,
  setJitQuery,
  upsertBindingQuery,
} from './sso.queries';

const DOMAIN =
  /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,}$/;

/** What may be shown of a binding: everything but the secret. */
function view(binding: BindingRow, redirectUri: string | null): AgencySsoModel {
  return {
    agencyId: binding.agencyId,
    issuer: binding.issuer,
    clientId: binding.clientId,
    clientAuth: binding.clientAuth as SsoClientAuthEnum,
    hasClientSecret: binding.clientSecretSealed !== null,
    emailDomains: binding.emailDomains,
    jitProvisioning: binding.jitProvisioning,
    redirectUri,
    updatedAt: binding.updatedAt,
  };
}

function auditable(binding: BindingRow | null) {
  if (!binding) return null;
  return {
    issuer: binding.issuer,
    clientId: binding.clientId,
    clientAuth: binding.clientAuth,
    emailDomains: binding.emailDomains,
    jitProvisioning: binding.jitProvisioning,
    // Whether a sealed value is stored is recorded, never the value (a key named like a secret
    // would be redacted by the trail).
    sealedValueStored: binding.clientSecretSealed !== null,
  };
}

/**
 * Setting up an agency's SSO: the functional administrator binds an agency of the region to its
 * provider; the agency admin turns just-in-time provisioning on or off for their own agency.
 */
@Injectable()
export class SsoBindingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clients: SsoClientService,
    private readonly logins: SsoLoginService,
    private readonly events: SsoEvents,
  ) {}

  private async agencyOfRegion(agencyIdArg: string, regionId: string): Promise<string> {
    const agencyId = uuidArg(agencyIdArg, 'agencyId');
    const rows = (await runStatement(
      this.db,
      agencyInRegionQuery(agencyId, regionId),
    )) as unknown[];
    if (rows.length === 0) throw InputError.notFound('The agency');
    return agencyId;
  }

  async get(user: AuthenticatedUser, agencyIdArg: string): Promise<AgencySsoModel | null> {
    const agencyId = await this.agencyOfRegion(agencyIdArg, user.regionId);
    const binding = await this.logins.binding(agencyId);
    return binding ? view(binding, this.clients.redirectUri()) : null;
  }

  /** The agency admin's own agency. */
  async own(user: AuthenticatedUser): Promise<AgencySsoModel | null> {
    const binding = await this.logins.binding(user.agencyId);
    return binding ? view(binding, this.clients.redirectUri()) : null;
  }

  async configure(
    user: AuthenticatedUser,
    input: ConfigureAgencySsoInput,
  ): Promise<AgencySsoModel> {
    const agencyId = await this.agencyOfRegion(input.agencyId, user.regionId);
    const issuer = textArg(input.issuer, 'issuer', 8, 500).replace(/\/+$/, '');
    if (!this.clients.issuerAllowed(issuer))
      throw InputError.badInput('issuer', 'The issuer must be an https:// URL.');
    const clientId = textArg(input.clientId, 'clientId', 1, 300);
    const domains = [...new Set(input.emailDomains.map((d) => d.trim().toLowerCase()))].filter(
      (d) => d !== '',
    );
    if (domains.length === 0 || domains.length > 20 || domains.some((d) => !DOMAIN.test(d)))
      throw InputError.badInput('emailDomains', 'Give 1 to 20 e-mail domains, such as politie.nl.');

    const before = await this.logins.binding(agencyId);
    const auth = input.clientAuth;
    let sealed: Buffer | null | undefined;
    const secret = input.clientSecret?.trim() ?? '';
    if (auth === SsoClientAuthEnum.PRIVATE_KEY_JWT) {
      sealed = null;
    } else if (secret !== '') {
      if ([...secret].length > 500)
        throw InputError.badInput('clientSecret', 'The client secret is too long.');
      if (!this.clients.secrets) throw new SsoError('SSO_SECRET_KEY_MISSING');
      sealed = this.clients.sealSecret(agencyId, secret);
    } else if (before?.clientSecretSealed) {
      sealed = undefined;
    } else {
      throw InputError.badInput(
        'clientSecret',
        'A client secret is required for client_secret_basic.',
      );
    }

    // The provider must answer with this issuer before anyone depends on the binding.
    try {
      await this.clients.discover({
        agencyId,
        issuer,
        clientId,
        clientAuth: auth,
        clientSecretSealed: sealed === undefined ? (before?.clientSecretSealed ?? null) : sealed,
      });
    } catch (error) {
      throw new SsoError('SSO_ISSUER_UNREACHABLE', {
        field: 'issuer',
        detail: (error as Error).message,
      });
    }

    let after: BindingRow;
    try {
      // The change and its security event commit together (ADR 0011).
      after = await this.db.transaction(async (tx) => {
        await runStatement(
          tx,
          upsertBindingQuery({
            agencyId,
            issuer,
            clientId,
            clientAuth: auth,
            clientSecretSealed: sealed,
            userId: user.id,
          }),
        );
        await runStatement(tx, deleteDomainsQuery(agencyId));
        await runStatement(tx, insertDomainsQuery(agencyId, domains));
        const saved = (await this.logins.binding(agencyId, tx))!;
        await this.events.record(
          {
            kind: 'SSO_CONFIGURED',
            admin: user,
            userId: null,
            regionId: user.regionId,
            agencyId,
            result: 'SUCCESS',
            detail: { before: auditable(before), after: auditable(saved) },
          },
          tx,
        );
        return saved;
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new SsoError('SSO_DOMAIN_TAKEN', { field: 'emailDomains' });
      throw error;
    }
    this.clients.forget(agencyId);
    return view(after, this.clients.redirectUri());
  }

  async remove(user: AuthenticatedUser, agencyIdArg: string): Promise<boolean> {
    const agencyId = await this.agencyOfRegion(agencyIdArg, user.regionId);
    const before = await this.logins.binding(agencyId);
    if (!before) return false;
    await runStatement(this.db, deleteBindingQuery(agencyId));
    this.clients.forget(agencyId);
    await this.events.record({
      kind: 'SSO_REMOVED',
      admin: user,
      userId: null,
      regionId: user.regionId,
      agencyId,
      result: 'SUCCESS',
      detail: { before: auditable(before), after: null },
    });
    return true;
  }

  /** The agency admin's switch, for their own agency only. */
  async setJit(user: AuthenticatedUser, enabled: boolean): Promise<AgencySsoModel> {
    const before = await this.logins.binding(user.agencyId);
    if (!before) throw InputError.notFound("Your agency's single sign-on");
    await runStatement(this.db, setJitQuery(user.agencyId, enabled, user.id));
    const after = (await this.logins.binding(user.agencyId))!;
    await this.events.record({
      kind: 'SSO_JIT_CHANGED',
      admin: user,
      userId: null,
      regionId: user.regionId,
      agencyId: user.agencyId,
      result: 'SUCCESS',
      detail: {
        before: { jitProvisioning: before.jitProvisioning },
        after: { jitProvisioning: enabled },
      },
    });
    return view(after, this.clients.redirectUri());
  }
}
