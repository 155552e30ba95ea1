import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { auditKeyOf } from '../../audit/audit.interceptor';
import { AuthError } from '../auth.error';
import type { Caller } from '../caller';
import { requestFrom } from '../guards/request-from';

/**
 * The authenticated caller of the access being served; the only source of user, agency and
 * region ids. A nested field resolver gets the caller of its root field (its policy and audit
 * entry), so what it reads is noted in that field's event.
 */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const caller = requestFrom(ctx).req.caller?.get(auditKeyOf(ctx));
  if (!caller) throw new AuthError('UNAUTHENTICATED');
  return caller;
});
