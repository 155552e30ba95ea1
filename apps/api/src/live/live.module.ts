import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LivePubSub } from './live-pubsub.service';
import { LiveSocketService } from './live-socket.service';

/** Live updates: graphql-ws on the HTTP server and signals across instances (LISTEN/NOTIFY). */
@Module({
  imports: [AuthModule],
  providers: [LivePubSub, LiveSocketService],
  exports: [LivePubSub],
})
export class LiveModule {}
