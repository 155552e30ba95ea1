import { Module } from '@nestjs/common';
import { NotificationMailResolver } from './notification-mail.resolver';
import { NotificationMailScheduler } from './notification-mail.scheduler';
import { NotificationMailService } from './notification-mail.service';

/** E-mail about notifications: preferences, the dispatcher and the digest (issue 15 item 6). */
@Module({
  providers: [NotificationMailService, NotificationMailScheduler, NotificationMailResolver],
  exports: [NotificationMailService],
})
export class NotificationMailModule {}
