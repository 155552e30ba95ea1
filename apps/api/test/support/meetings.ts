import { inflateSync } from 'node:zlib';
import request from 'supertest';
import { AuditService } from '../../src/audit/audit.service';
import { SessionTokenService } from '../../src/auth/session-token.service';
import { readPdf } from './pdf-text';
import type { TestApp } from './test-app';

/** A session cookie for a user, as the login would set it. */
export function sessionCookie(t: TestApp, userId: string): string {
  const tokens = t.app.get(SessionTokenService);
  const { token } = tokens.issueNew(userId, 0);
  return `${tokens.cookieName}=${token}`;
}

/** GET a file route with a session cookie; the body as a Buffer. */
export async function download(t: TestApp, path: string, cookie: string | null) {
  let req = request(t.app.getHttpServer()).get(path);
  if (cookie) req = req.set('cookie', cookie);
  const res = await req.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (c: Buffer) => chunks.push(c));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });
  // The answer goes out once its audit event is queued (ADR 0009): let the trail catch up.
  await t.app.get(AuditService).settled();
  return { status: res.status, headers: res.headers, body: res.body as Buffer };
}

/**
 * Every text a PDF shows, whether its streams are compressed or not: the text as a reader gets
 * it (glyphs mapped back through the embedded fonts' /ToUnicode maps, support/pdf-text.ts) by
 * line and by tagged block (a wrapped table cell as one text), plus
 * every inflated stream and decoded hex or literal string. A negative check ("the other case is
 * not in the file") is only meaningful on this, not on the raw bytes.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [raw];
  // PDFKit ends a stream's data with "\n" before "endstream"; a compressed stream may itself end
  // in \r, so that byte is data (a pattern eating "\r\n" would cut it and lose the stream).
  const streams = /stream\r?\n([\s\S]*?)\nendstream/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    try {
      parts.push(inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1'));
    } catch {
      // not compressed
    }
  }
  const all = parts.join('\n');
  const hex = [...all.matchAll(/<([0-9A-Fa-f\s]+)>/g)].map((h) =>
    Buffer.from(h[1]!.replace(/\s/g, ''), 'hex').toString('latin1'),
  );
  const read = readPdf(pdf);
  return `${read.text}\n${read.blocks.join('\n')}\n${all}\n${hex.join('\n')}`;
}
