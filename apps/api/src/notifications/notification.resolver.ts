import { Audited, NotAudited } from '../audit/audited.decorator';
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
  @Audited('SEARCH')
  @Query(() => NotificationListModel, {
    description:
      "The signed-in user's own notifications, newest first, with the unread count; each with " +
      "the name of its case's person where the caller may read it.",
  })
  notifications(
    @CurrentCaller() user: Caller,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationListModel> {
    return this.service.list(user, first, unreadOnly);
  }

  @Authenticated()
  @NotAudited("the caller's own notifications: a count, no case and no person")
  @Query(() => Int, { description: "The signed-in user's unread notifications, for the header." })
  unreadNotificationCount(@CurrentCaller() user: Caller): Promise<number> {
    return this.service.unreadCount(user);
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
