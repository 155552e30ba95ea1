import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '../authenticated-user';
import { requestFrom } from '../guards/request-from';
import { AuthError } from '../auth.error';
import { requestUser } from '../request-user';

/** The authenticated caller; the only source of user, agency and region ids. */
export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
    const user = requestUser(requestFrom(ctx).req);
    if (!user) throw new AuthError('UNAUTHENTICATED');
    return user;
  },
);
