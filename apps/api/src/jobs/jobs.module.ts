import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** The durable job queue (ADR 0015), for every feature that defers work or runs it on a clock. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
