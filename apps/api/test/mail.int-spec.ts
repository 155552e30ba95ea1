// The mail path end to end: MailService.enqueue → a pg-boss job → nodemailer → a real SMTP server
// (test/support/smtp-sink.ts), read back with mailparser. Covers delivery and content (no client
// data, sealed job data, the .ics attachment), a transaction that rolls back sends nothing, a
// retry after the SMTP server was down, once-only delivery with two app instances on one
// database, and a clean stop (the job queue's connections end with the app).
import { MailService } from '../src/mail/mail.service';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

const sleepUntil = async (what: string, check: () => Promise<boolean>, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

interface JobRow {
  id: string;
  state: string;
  retry_count: number;
  data: string;
}

const mailJobs = async (t: TestApp): Promise<JobRow[]> =>
  t.db.query<JobRow[]>(
    `SELECT id, state::text AS state, retry_count, data::text AS data
       FROM pgboss.job WHERE name = 'mail.send' ORDER BY created_on`,
  );

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Schakel//NL\r\nEND:VCALENDAR\r\n';

describe('mail through the job queue to a real SMTP server', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({
      SMTP_URL: sink.url,
      MAIL_FROM: 'Schakel <schakel@zvh.example>',
      MAIL_RETRY_DELAY_SECONDS: '1',
      PUBLIC_URL: 'https://schakel.zvh.example',
      SCHAKEL_DEMO_DATA: 'false',
    });
  });

  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('delivers an enqueued mail: Dutch text, a link, the attachment, and nothing of a client', async () => {
    const mail = t.app.get(MailService);
    const link = mail.link('/meldingen');
    expect(link).toBe('https://schakel.zvh.example/meldingen');
    const id = await mail.enqueue({
      to: 'Officer@Politie.example',
      template: 'notification',
      params: { link, kind: 'meeting-invitation' },
      attachments: [{ filename: 'overleg.ics', contentType: 'text/calendar', content: ICS }],
    });
    expect(id).toEqual(expect.any(String));

    const got = await sink.waitForMail('officer@politie.example');
    expect(got.subject).toBe('Er staat iets voor u klaar in Schakel');
    expect(got.from).toContain('<schakel@zvh.example>');
    expect(got.text).toContain('U bent uitgenodigd voor een overleg.');
    expect(got.text).toContain(link);
    expect(got.html).toContain(`<a href="${link}">`);
    expect(got.messageId).toBe(`<${id}@schakel.invalid>`);
    expect(got.headers.get('auto-submitted')).toBe('auto-generated');
    expect(got.attachments).toHaveLength(1);
    expect(got.attachments[0]?.filename).toBe('overleg.ics');
    expect(got.attachments[0]?.contentType).toBe('text/calendar');
    expect(got.attachments[0]?.content.toString('utf8')).toBe(ICS);

    // The job is kept as history, completed; its data names the template but seals the
    // recipient and the link.
    await sleepUntil('the job to complete', async () =>
      (await mailJobs(t)).some((j) => j.id === id && j.state === 'completed'),
    );
    const job = (await mailJobs(t)).find((j) => j.id === id);
    expect((JSON.parse(job?.data ?? '{}') as { template?: string }).template).toBe('notification');
    expect(job?.data.toLowerCase()).not.toContain('politie.example');
    expect(job?.data).not.toContain('/meldingen');
  });

  it('sends English where the recipient chose English', async () => {
    const mail = t.app.get(MailService);
    await mail.enqueue({
      to: 'english@zorg.example',
      template: 'password-reset',
      params: { link: mail.link('/wachtwoord-herstellen#t=abc'), expiresMinutes: 30 },
      language: 'en',
    });
    const got = await sink.waitForMail('english@zorg.example');
    expect(got.subject).toBe('Reset your Schakel password');
    expect(got.text).toContain('for 30 minutes');
  });

  it('sends nothing when the transaction that enqueued the mail rolls back', async () => {
    const mail = t.app.get(MailService);
    const before = (await mailJobs(t)).length;
    await expect(
      t.db.transaction(async (tx) => {
        await mail.enqueue(
          {
            to: 'rolled-back@zorg.example',
            template: 'notification',
            params: { link: mail.link('/') },
          },
          tx,
        );
        const [inside] = await tx.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send'`,
        );
        expect(inside?.n).toBe(before + 1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await mailJobs(t)).length).toBe(before);
    // A mail committed after it arrives; the rolled-back one never did.
    await mail.enqueue({
      to: 'after@zorg.example',
      template: 'notification',
      params: { link: mail.link('/') },
    });
    await sink.waitForMail('after@zorg.example');
    expect(sink.messages().some((m) => m.to.includes('rolled-back@zorg.example'))).toBe(false);
  });
});

describe('mail when the SMTP server was down', () => {
  it('retries until the server is back, then delivers once', async () => {
    // A port where nothing listens: a sink started and stopped.
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close();
    const t = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_RETRY_DELAY_SECONDS: '1',
      SCHAKEL_DEMO_DATA: 'false',
    });
    let sink: SmtpSink | null = null;
    try {
      const mail = t.app.get(MailService);
      const id = await mail.enqueue({
        to: 'waiting@zorg.example',
        template: 'notification',
        params: { link: mail.link('/') },
      });
      await sleepUntil('a failed attempt', async () =>
        (await mailJobs(t)).some((j) => j.id === id && j.state === 'retry' && j.retry_count >= 1),
      );
      expect(t.logs.some((l) => l.includes('mail not delivered; it will be retried'))).toBe(true);
      // No address in the log.
      expect(t.logs.some((l) => l.includes('waiting@zorg.example'))).toBe(false);

      sink = await startSmtpSink({ port });
      const got = await sink.waitForMail('waiting@zorg.example', undefined, 60_000);
      expect(got.messageId).toBe(`<${id}@schakel.invalid>`);
      await sleepUntil('the job to complete', async () =>
        (await mailJobs(t)).some((j) => j.id === id && j.state === 'completed'),
      );
      expect(sink.messages()).toHaveLength(1);
    } finally {
      await t.close();
      await sink?.close();
    }
  });
});

describe('mail with two app instances on one database', () => {
  it('sends each mail once, and each instance stops cleanly', async () => {
    const sink = await startSmtpSink();
    const env = { SMTP_URL: sink.url, SCHAKEL_DEMO_DATA: 'false' };
    const a = await createTestApp(env);
    const b = await createTestApp(env, a.database);
    let bClosed = false;
    try {
      const count = 20;
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const mail = (i % 2 === 0 ? a : b).app.get(MailService);
        const id = await mail.enqueue({
          to: `person${i}@zorg.example`,
          template: 'notification',
          params: { link: mail.link('/') },
        });
        ids.push(id as string);
      }
      for (let i = 0; i < count; i++) await sink.waitForMail(`person${i}@zorg.example`);
      await sleepUntil('every job to complete', async () => {
        const jobs = await mailJobs(a);
        return ids.every((id) => jobs.some((j) => j.id === id && j.state === 'completed'));
      });
      const received = sink.messages();
      expect(received).toHaveLength(count);
      expect(new Set(received.map((m) => m.messageId)).size).toBe(count);

      // A clean stop: the stopped instance's job connections are gone; the other still sends.
      const jobConnections = async () =>
        (
          await a.db.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND application_name = 'schakel-jobs'`,
          )
        )[0]?.n ?? 0;
      const bothInstances = await jobConnections();
      await b.app.close();
      bClosed = true;
      await sleepUntil(
        'the stopped instance to close its connections',
        async () => (await jobConnections()) < bothInstances,
      );
      const mail = a.app.get(MailService);
      await mail.enqueue({
        to: 'later@zorg.example',
        template: 'notification',
        params: { link: mail.link('/') },
      });
      await sink.waitForMail('later@zorg.example');
    } finally {
      if (!bClosed) await b.app.close();
      await a.close();
      await sink.close();
    }
  });
});
