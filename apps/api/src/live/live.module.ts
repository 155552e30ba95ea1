import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LivePubSub } from './live-pubsub.service';
import { LiveSocketService } from './live-socket.service';
import { SharedReads } from './shared-reads';

/** Live updates: graphql-ws on the HTTP server and signals across instances (LISTEN/NOTIFY). */
@Module({
  imports: [AuthModule],
  providers: [LivePubSub, LiveSocketService, SharedReads],
  exports: [LivePubSub, SharedReads],
})
export class LiveModule {}
