import { NotAudited } from '../audit/audited.decorator';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { Authenticated } from '../auth/decorators/policy.decorator';
import { NotificationListModel } from './notification.model';
import { NotificationService } from './notification.service';

@Resolver()
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Authenticated()
  @NotAudited("the caller's own notifications: labels and case references only")
  @Query(() => NotificationListModel, {
    description: "The signed-in user's own notifications, newest first, with the unread count.",
  })
  notifications(
    @CurrentCaller() user: Caller,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationListModel> {
    return this.service.list(user, first, unreadOnly);
  }

  @Authenticated()
  @NotAudited("the caller's own notifications")
  @Mutation(() => Int, {
    description: 'Marks own notifications read (all when ids is empty); returns the unread count.',
  })
  markNotificationsRead(
    @CurrentCaller() user: Caller,
    @Args('ids', { type: () => [ID], defaultValue: [] }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(user, ids);
  }
}
