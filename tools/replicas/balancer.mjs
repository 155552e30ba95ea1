// A small HTTP load balancer for the replica test (tools/replicas): round robin over the API
// replicas for plain requests and for WebSocket upgrades (the live meeting mode), adding
// X-Forwarded-For as a reverse proxy does. A test may pin one request to a replica with the header
// `x-replica: N` (0-based); every answer names the replica that served it in `x-replica`.
// Written for the test, not for production: no health checks, no retries, no keep-alive pooling.
import { request as httpRequest, createServer } from 'node:http';
import { connect } from 'node:net';

/** Hop-by-hop headers a proxy must not forward (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

/**
 * @param {{ backends: { host: string, port: number }[], log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, port: number, served: number[], upgrades: number[],
 *   close: () => Promise<void> }>}
 */
export async function startBalancer({ backends, log = () => {} }) {
  let next = 0;
  const served = backends.map(() => 0);
  const upgrades = backends.map(() => 0);
  const sockets = new Set();

  const choose = (headers) => {
    const pinned = headers['x-replica'];
    if (pinned !== undefined) {
      const index = Number(pinned);
      if (Number.isInteger(index) && index >= 0 && index < backends.length) return index;
    }
    const index = next;
    next = (next + 1) % backends.length;
    return index;
  };

  const forwardedHeaders = (req) => {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!HOP_BY_HOP.has(name) && name !== 'x-replica') headers[name] = value;
    }
    const prior = req.headers['x-forwarded-for'];
    const client = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = prior ? `${prior}, ${client}` : client;
    return headers;
  };

  const server = createServer((req, res) => {
    const index = choose(req.headers);
    served[index] += 1;
    const target = backends[index];
    const upstream = httpRequest(
      {
        host: target.host,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: forwardedHeaders(req),
      },
      (answer) => {
        const headers = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (!HOP_BY_HOP.has(name)) headers[name] = value;
        }
        headers['x-replica'] = String(index);
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      log(`replica ${index}: ${error.message}`);
      if (!res.headersSent) res.writeHead(502, { 'x-replica': String(index) });
      res.end();
    });
    req.pipe(upstream);
  });

  // WebSocket: the upgrade request goes to a replica as it came; then bytes flow both ways.
  server.on('upgrade', (req, socket, head) => {
    const index = choose(req.headers);
    upgrades[index] += 1;
    const target = backends[index];
    const upstream = connect(target.port, target.host, () => {
      const headers = forwardedHeaders(req);
      headers.connection = 'Upgrade';
      headers.upgrade = req.headers.upgrade ?? 'websocket';
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (const [name, value] of Object.entries(headers)) {
        for (const v of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${v}`);
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head?.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    for (const s of [socket, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        socket.destroy();
        upstream.destroy();
      });
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    served,
    upgrades,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
