import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import {
  MAIL_MODES,
  MAIL_NOTIFICATION_KINDS,
  MailPreferenceModel,
  SetMailPreferenceInput,
} from './notification-mail.kinds';
import { NotificationMailService } from './notification-mail.service';
import { InputError } from '../common/input.error';

@Resolver()
export class NotificationMailResolver {
  constructor(private readonly service: NotificationMailService) {}

  @Authenticated()
  @NotAudited("the caller's own settings")
  @Query(() => [MailPreferenceModel], {
    description: 'Per kind of notification, whether the signed-in user gets an e-mail about it.',
  })
  myMailPreferences(@CurrentCaller() user: Caller): Promise<MailPreferenceModel[]> {
    return this.service.preferences(user.id);
  }

  @Authenticated()
  @NotAudited("the caller's own settings")
  @Mutation(() => MailPreferenceModel, {
    description: 'Sets whether the signed-in user gets e-mail about one kind of notification.',
  })
  setMailPreference(
    @CurrentCaller() user: Caller,
    @Args('input', { type: () => SetMailPreferenceInput }) input: SetMailPreferenceInput,
  ): Promise<MailPreferenceModel> {
    if (!(MAIL_NOTIFICATION_KINDS as readonly string[]).includes(input.kind))
      throw InputError.badInput('kind', 'Unknown kind.');
    if (!(MAIL_MODES as readonly string[]).includes(input.mode))
      throw InputError.badInput('mode', 'Unknown mode.');
    return this.service.setPreference(user.id, input.kind, input.mode);
  }

  @Authenticated()
  @NotAudited("the caller's own settings")
  @Mutation(() => String, {
    description:
      'The language (nl or en) of the e-mails Schakel sends the signed-in user on its own ' +
      '(notifications, reminders); the portal sets it when the user switches language.',
  })
  setMailLanguage(
    @CurrentCaller() user: Caller,
    @Args('language', { type: () => String }) language: string,
  ): Promise<string> {
    if (language !== 'nl' && language !== 'en')
      throw InputError.badInput('language', 'Use nl or en.');
    return this.service.setMailLanguage(user.id, language);
  }
}
