import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuditedBySelf } from '../audit/audited.decorator';
import { Public } from '../auth/decorators/policy.decorator';
import { ActivationService } from './activation.service';
import { ActivateAccountInput } from './dto/activate-account.input';

@Resolver()
export class ActivationResolver {
  constructor(private readonly activation: ActivationService) {}

  @Public()
  @AuditedBySelf(
    'PASSWORD password.activate: ALLOWED in the activation transaction, DENIED for a used, replaced or expired link',
  )
  @Mutation(() => Boolean, {
    description:
      'Activates an account through its single-use link by setting its password; afterwards the ' +
      'person signs in. Refused (ACTIVATION_LINK_INVALID) for an unknown, used, replaced or expired link.',
  })
  async activateAccount(
    @Args('input', { type: () => ActivateAccountInput }) input: ActivateAccountInput,
  ): Promise<boolean> {
    await this.activation.activate(input.token, input.password);
    return true;
  }
}
