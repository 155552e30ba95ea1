import { Global, Module } from '@nestjs/common';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/** Global: every workflow feature notifies, and none should have to import this module. */
@Global()
@Module({ providers: [NotificationResolver, NotificationService], exports: [NotificationService] })
export class NotificationsModule {}
