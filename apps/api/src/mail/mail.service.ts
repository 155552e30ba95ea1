import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Queryable } from '../database/queryable';
import { JobQueue, type JobRun } from '../jobs/job-queue.service';
import { JsonLogger } from '../observability/json-logger';
import { seal, unseal, type Sealed } from './mail-seal';
import {
  renderMail,
  type MailLanguage,
  type MailTemplate,
  type MailTemplateParams,
} from './mail-templates';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Text (e.g. an .ics) as is. */
  content: string;
}

export interface MailMessage<T extends MailTemplate = MailTemplate> {
  /** One recipient: a mail per person, so no one sees who else received it. */
  to: string;
  template: T;
  params: MailTemplateParams[T];
  /** Default Dutch; English where the recipient chose English. */
  language?: MailLanguage;
  attachments?: MailAttachment[];
}

/** What a mail job holds: the template's name in clear (for the history), the rest sealed. */
interface MailJob {
  template: MailTemplate;
  message: Sealed;
}

const MAIL_QUEUE = 'mail.send';
const RETRY_LIMIT = 12;

/**
 * E-mail through the job queue (ADR 0015): `enqueue` stores a job (in the caller's transaction
 * when given one), a worker of some instance renders the template and hands it to the SMTP server
 * at SMTP_URL with nodemailer; a failed delivery is retried with back-off (MAIL_RETRY_DELAY_SECONDS,
 * doubling, 12 times: about a day). Delivery is at least once: a crash between the SMTP server's
 * "250 OK" and the job's completion sends it again, with the same Message-ID (the job's id).
 */
@Injectable()
export class MailService implements OnApplicationBootstrap {
  private transport: Promise<Transporter> | null = null;

  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.working) return;
    if (!this.config.mail.smtpUrl) {
      this.logger.event(
        this.config.production ? 'warn' : 'info',
        'SMTP_URL is not set: e-mails wait in the queue until an instance can send them',
        { see: 'docs/operations.md#e-mail' },
      );
      return;
    }
    await this.jobs.work<MailJob>(MAIL_QUEUE, (job) => this.deliver(job), {
      pollingIntervalSeconds: 1,
    });
  }

  /** An absolute link into the portal (PUBLIC_URL), e.g. `link('/wachtwoord-herstellen?t=…')`. */
  link(path: string): string {
    const base = this.config.publicUrl ?? `http://localhost:${this.config.port}`;
    return new URL(path, base).toString();
  }

  /** Queues one e-mail; with `tx`, it is sent only if that transaction commits. */
  async enqueue<T extends MailTemplate>(
    message: MailMessage<T>,
    tx?: Queryable,
  ): Promise<string | null> {
    // Rendered now as a check (an unknown template fails the caller, not a job later).
    renderMail(message.template, message.params, message.language);
    const job: MailJob = {
      template: message.template,
      message: seal(message, this.config.sessionSecret),
    };
    return this.jobs.send(
      MAIL_QUEUE,
      job,
      {
        retryLimit: RETRY_LIMIT,
        retryDelay: this.config.mail.retryDelaySeconds,
        retryBackoff: true,
      },
      tx,
    );
  }

  private async deliver(job: JobRun<MailJob>): Promise<void> {
    const message = unseal<MailMessage>(job.data.message, this.config.sessionSecret);
    const mail = renderMail(message.template, message.params, message.language);
    const transport = await this.transporter();
    try {
      await transport.sendMail({
        from: this.config.mail.from,
        to: message.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${job.id}@schakel.invalid>`,
        headers: { 'Auto-Submitted': 'auto-generated' },
        attachments: message.attachments?.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
    } catch (error) {
      // No address in the log: the job id finds the job.
      this.logger.event('warn', 'mail not delivered; it will be retried', {
        job: job.id,
        template: job.data.template,
        attempt: job.retryCount + 1,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
    this.logger.event('info', 'mail sent', {
      job: job.id,
      template: job.data.template,
      attempt: job.retryCount + 1,
    });
  }

  private transporter(): Promise<Transporter> {
    this.transport ??= (async () => {
      const nodemailer = await import('nodemailer');
      return nodemailer.createTransport({
        url: this.config.mail.smtpUrl ?? undefined,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      } as Parameters<typeof nodemailer.createTransport>[0]);
    })();
    return this.transport;
  }
}
