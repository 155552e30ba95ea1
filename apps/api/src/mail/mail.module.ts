import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** E-mail through the job queue (ADR 0015); any feature may enqueue one. */
@Global()
@Module({ providers: [MailService], exports: [MailService] })
export class MailModule {}
