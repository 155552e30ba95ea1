import type { AddressInfo } from 'node:net';
import type { SMTPServer } from 'smtp-server';

/** One e-mail as the sink received and parsed it (mailparser). */
export interface SinkMail {
  /** The envelope's recipients (RCPT TO), lower-case. */
  to: string[];
  /** The envelope's sender (MAIL FROM). */
  envelopeFrom: string;
  /** The From header as written. */
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  headers: Map<string, unknown>;
  attachments: { filename: string | undefined; contentType: string; content: Buffer }[];
  /** The message as sent, headers and body. */
  raw: Buffer;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  port: number;
  /** Every mail received so far, in order. */
  messages(): SinkMail[];
  /**
   * The first mail (received before or after the call) to `to` for which `predicate` holds;
   * rejects after `timeoutMs` (default 20 s) with what did arrive.
   */
  waitForMail(
    to: string,
    predicate?: (mail: SinkMail) => boolean,
    timeoutMs?: number,
  ): Promise<SinkMail>;
  /** Stops listening (a client then finds nothing there, as with a server that is down). */
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** A fixed port, e.g. to bring a sink back where a stopped one was. Default: any free port. */
  port?: number;
  /** Answer every message with this SMTP error instead of accepting it (a failing server). */
  reject?: { code: number; message: string };
}

/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1 that accepts every message without
 * authentication or TLS and parses it with mailparser. For tests of the mail path end to end and
 * for `npm start`'s embedded sink alike. ESM-only packages: loaded with import().
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const { SMTPServer: Server } = await import('smtp-server');
  const { simpleParser } = await import('mailparser');
  const received: SinkMail[] = [];
  const waiters = new Set<() => void>();

  const server: SMTPServer = new Server({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    // close() waits this long at most for clients still connected.
    closeTimeout: 2000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        if (options.reject) {
          const error = new Error(options.reject.message) as Error & { responseCode: number };
          error.responseCode = options.reject.code;
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const fromHeader = parsed.from?.text ?? '';
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              from: fromHeader,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId,
              headers: parsed.headers,
              attachments: parsed.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
              })),
              raw,
            });
            for (const wake of [...waiters]) wake();
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.server.address() as AddressInfo).port);
    });
  });
  // A client that goes away mid-session must not end the test run.
  server.on('error', () => undefined);

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages: () => [...received],
    waitForMail(to, predicate = () => true, timeoutMs = 20_000) {
      const address = to.toLowerCase();
      const find = () => received.find((m) => m.to.includes(address) && predicate(m));
      return new Promise<SinkMail>((resolve, reject) => {
        const found = find();
        if (found) return resolve(found);
        const wake = () => {
          const mail = find();
          if (!mail) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          const seen = received.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ');
          reject(
            new Error(`no mail to ${to} within ${timeoutMs} ms (received: ${seen || 'none'})`),
          );
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
