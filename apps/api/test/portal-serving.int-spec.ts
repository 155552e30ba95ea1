import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from './support/test-app';

/*
 * The built portal as the API serves it (apps/api/src/portal/serve-portal.ts), on a build folder
 * laid out as Vite writes it: hashed files under assets/ with .br and .gz next to them.
 */

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `export const words = ${JSON.stringify('zorg en veiligheid '.repeat(400))};\n`;

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let app: TestApp;
let dist: string;
let base: string;

/** One request with exactly these headers; the body as sent (no decompression). */
function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'schakel-portal-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const script = join(dist, 'assets/app-1a2b3c.js');
  writeFileSync(script, SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
  app = await createTestApp({ PORTAL_DIST: dist });
  await app.app.listen(0, '127.0.0.1');
  const { port } = app.app.getHttpServer().address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await app?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('the portal build, compressed', () => {
  it('sends the brotli file to a browser that accepts brotli', async () => {
    const res = await get('/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(SCRIPT.length);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip, then to the file itself', async () => {
    const gzip = await get('/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const refused = await get('/assets/app-1a2b3c.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    const none = await get('/assets/app-1a2b3c.js');
    for (const res of [refused, none]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString()).toBe(SCRIPT);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT));
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await get('/assets/app-1a2b3c.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
    expect(res.body.length).toBe(0);
  });
});

describe('caching', () => {
  it('keeps hashed assets for a year, unchanged', async () => {
    const res = await get('/assets/app-1a2b3c.js');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html and other files every time, and answers 304 when unchanged', async () => {
    const index = await get('/index.html', { accept: 'text/html' });
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body.toString()).toBe(INDEX);
    const again = await get('/index.html', { 'if-none-match': String(index.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const icon = await get('/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
  });

  it('answers a client-side route with index.html, not cached', async () => {
    for (const path of ['/', '/dossiers', '/dossiers/123?pagina=2', '/privacy/verzoeken']) {
      const res = await get(path, { accept: 'text/html,application/xhtml+xml' });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.body.toString()).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
      // The API's security headers stay on the page.
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });
});

describe('what it does not serve', () => {
  it('never leaves the build folder', async () => {
    for (const path of [
      '/assets/../../etc/passwd',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%5c..%5cetc%5cpasswd',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
    ]) {
      const res = await get(path, { accept: 'text/html' });
      expect({ path, root: res.body.toString().includes('root:') }).toEqual({ path, root: false });
      // Either the portal's page (a client-side route) or the API's 404: nothing else.
      if (res.status === 200) expect(res.body.toString()).toBe(INDEX);
      else expect(res.status).toBe(404);
    }
  });

  it('answers a missing asset with 404, not with the page', async () => {
    const res = await get('/assets/gone-9f8e7d.js', { accept: '*/*' });
    expect(res.status).toBe(404);
  });

  it('leaves the API paths to the API', async () => {
    const health = await get('/health/live', { accept: 'text/html' });
    expect(health.headers['content-type']).toMatch(/json/);
    const graphql = await get('/graphql', { accept: 'text/html' });
    expect(graphql.body.toString()).not.toBe(INDEX);
    const meetings = await get('/meetings/00000000-0000-0000-0000-000000000000/export.pdf', {
      accept: 'text/html',
    });
    expect(meetings.body.toString()).not.toBe(INDEX);
    const requests = await get('/data-subject-requests/x/export', { accept: 'text/html' });
    expect(requests.body.toString()).not.toBe(INDEX);
    // No page for programs that do not ask for HTML, nor for other methods.
    expect((await get('/dossiers', { accept: 'application/json' })).status).toBe(404);
    expect((await get('/dossiers', { accept: 'text/html' }, 'DELETE')).status).toBe(404);
  });
});
