import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { FastifyRequest as Request } from 'fastify';
import { NotAudited } from '../audit/audited.decorator';
import { Public } from './decorators/policy.decorator';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/password-reset.input';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => Boolean, {
    description:
      'Sends a single-use reset link to the address if an active account has it. The answer is ' +
      'true whether or not one does; throttled per address and per source (LOGIN_THROTTLED).',
  })
  async requestPasswordReset(
    @Args('input', { type: () => RequestPasswordResetInput }) input: RequestPasswordResetInput,
    @Context('req') req: Request,
  ): Promise<boolean> {
    await this.resets.request(
      input.email,
      req.ip || 'unknown',
      input.language === 'en' ? 'en' : 'nl',
    );
    return true;
  }

  @Public()
  @NotAudited('authentication (security log)')
  @Mutation(() => Boolean, {
    description:
      'Sets a new password with a reset link (RESET_LINK_INVALID when unknown, used or expired) ' +
      'and ends every session of the account; the user then signs in with it.',
  })
  async resetPassword(
    @Args('input', { type: () => ResetPasswordInput }) input: ResetPasswordInput,
    @Context('req') req: Request,
  ): Promise<boolean> {
    await this.resets.complete(input.token, input.newPassword, req.ip || 'unknown');
    return true;
  }
}
