// `npm start`'s embedded mail sink (development and demo only; never in production): a real SMTP
// server (smtp-server) on 127.0.0.1 that accepts every mail the API sends, prints it to the
// console, and lists it on a small page of its own on 127.0.0.1 — a server of this launcher, not
// of the API, so no deployment of the API can ever serve it. Mails live in memory only.
import { createServer } from 'node:http';

const escapeHtml = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

function page(mails) {
  const items = mails
    .slice()
    .reverse()
    .map(
      (m) => `<article>
  <h2>${escapeHtml(m.subject)}</h2>
  <p>Aan / To: ${escapeHtml(m.to.join(', '))} · ${escapeHtml(m.date.toISOString())}${
    m.attachments.length
      ? ` · Bijlagen / Attachments: ${escapeHtml(m.attachments.map((a) => a.filename).join(', '))}`
      : ''
  }</p>
  <pre>${escapeHtml(m.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verstuurde e-mails (ontwikkeling) — Sent mails (development)</title></head>
<body>
<main>
<h1>Verstuurde e-mails <span lang="en">(Sent mails)</span></h1>
<p>Alleen voor ontwikkeling en demo: deze mails zijn niet echt verstuurd.
<span lang="en">Development and demo only: these mails were not really sent.</span></p>
${items || '<p>Nog geen e-mails. <span lang="en">No mails yet.</span></p>'}
</main>
</body></html>`;
}

/**
 * Starts the sink: SMTP on a free port, the page on `pagePort` (or a free one when taken).
 * Returns `{ smtpUrl, pageUrl, close() }`, or null when the development packages are missing
 * (an installation without devDependencies).
 */
export async function startMailSink({ pagePort = 0, log = console.log } = {}) {
  let SMTPServer;
  let simpleParser;
  try {
    ({ SMTPServer } = await import('smtp-server'));
    ({ simpleParser } = await import('mailparser'));
  } catch {
    return null;
  }
  const mails = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 1000,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            date: new Date(),
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? 'bijlage' })),
          };
          mails.push(mail);
          if (mails.length > 200) mails.shift();
          log(`\n── E-mail to ${mail.to.join(', ')}: ${mail.subject}\n${mail.text.trim()}\n──`);
          callback();
        })
        .catch((error) => callback(error));
    },
  });
  smtp.on('error', () => undefined);
  const smtpPort = await listen(smtp.server, 0);

  const web = createServer((req, res) => {
    const headers = {
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (req.method !== 'GET') {
      res.writeHead(405, headers).end();
    } else if (req.url === '/messages.json') {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
      res.end(JSON.stringify(mails));
    } else if (req.url === '/' || req.url === '') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page(mails));
    } else {
      res.writeHead(404, headers).end();
    }
  });
  let webPort;
  try {
    webPort = await listen(web, pagePort);
  } catch {
    webPort = await listen(web, 0);
  }

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    pageUrl: `http://127.0.0.1:${webPort}/`,
    close: () =>
      Promise.all([
        new Promise((r) => smtp.close(r)),
        new Promise((r) => {
          web.closeAllConnections();
          web.close(r);
        }),
      ]),
  };
}
