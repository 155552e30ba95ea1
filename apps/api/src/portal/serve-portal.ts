import { createReadStream, existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';

/**
 * The built portal, served on the API's origin without any web framework, so Express and Fastify
 * mount the same function. The build writes each text file also as .br and .gz (vite.config.ts);
 * this picks the smallest one the browser accepts. Files under /assets/ have a content hash in
 * their name and are cached for a year (immutable); everything else, index.html first, is
 * revalidated on every use (no-cache, with ETag and Last-Modified). A GET for HTML that matches
 * no file is a client-side route: index.html. API paths always go on to `next`.
 */
export type PortalHandler<C = undefined> = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
  context: C,
) => void;

export interface PortalOptions<C> {
  /**
   * Called once the handler has chosen to answer, before it writes anything: a framework that
   * keeps its headers apart from the raw response (Fastify) copies them over and lets go of it.
   */
  beforeSend?: (res: ServerResponse, context: C) => void;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Paths the API answers itself, even for a browser that asks for HTML. */
function isApiPath(path: string): boolean {
  return (
    path === '/graphql' ||
    path.startsWith('/health/') ||
    path.startsWith('/auth/sso/') ||
    path.startsWith('/meetings/') ||
    path.startsWith('/cases/') ||
    path.startsWith('/data-subject-requests/')
  );
}

interface Variant {
  file: string;
  size: number;
  encoding: 'br' | 'gzip' | null;
}

interface PortalFile {
  type: string;
  mtime: Date;
  etag: string;
  /** Best first: brotli, gzip, the file itself. */
  variants: Variant[];
}

/** Whether the request's Accept-Encoding allows `coding` (q=0 refuses it; `*` stands for any). */
function accepts(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  let wildcard: boolean | null = null;
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (name.trim() === coding) return allowed;
    if (name.trim() === '*') wildcard = allowed;
  }
  return wildcard ?? false;
}

function acceptsHtml(header: string | undefined): boolean {
  // As Express's req.accepts('html'): no Accept header accepts anything.
  if (!header) return true;
  return header.split(',').some((part) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) return false;
    return type === 'text/html' || type === 'text/*' || type === '*/*';
  });
}

/**
 * Every file of the build, read once at start (the folder does not change while the API runs):
 * a request can only ever reach a file in this table, so no path can leave the folder.
 */
function indexFolder(root: string): Map<string, PortalFile> {
  const files = new Map<string, PortalFile>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) {
        const stat = statSync(path);
        const variants: Variant[] = [];
        for (const [suffix, encoding] of [
          ['.br', 'br'],
          ['.gz', 'gzip'],
        ] as const) {
          if (!existsSync(path + suffix)) continue;
          const size = statSync(path + suffix).size;
          if (size < stat.size) variants.push({ file: path + suffix, size, encoding });
        }
        variants.push({ file: path, size: stat.size, encoding: null });
        const url = '/' + relative(root, path).split(sep).join('/');
        files.set(url, {
          type: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          mtime: stat.mtime,
          etag: etagOf(stat),
          variants,
        });
      }
    }
  };
  walk(root);
  return files;
}

function etagOf(stat: Stats): string {
  return `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
}

function notModified(req: IncomingMessage, file: PortalFile): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined)
    return ifNoneMatch.split(',').some((tag) => {
      const t = tag.trim();
      return t === '*' || t === file.etag || t.replace(/^W\//, '') === file.etag.slice(2);
    });
  const since = req.headers['if-modified-since'];
  if (since === undefined) return false;
  const time = Date.parse(since);
  return !Number.isNaN(time) && Math.floor(file.mtime.getTime() / 1000) * 1000 <= time;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  file: PortalFile,
  cacheControl: string,
): void {
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', file.etag);
  res.setHeader('Last-Modified', file.mtime.toUTCString());
  if (notModified(req, file)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const acceptEncoding = req.headers['accept-encoding'];
  // The last variant is the file itself (encoding null), so find() always finds one.
  const variant = file.variants.find(
    (v) => v.encoding === null || accepts(acceptEncoding, v.encoding),
  ) as Variant;
  res.statusCode = 200;
  res.setHeader('Content-Type', file.type);
  res.setHeader('Content-Length', variant.size);
  if (variant.encoding) res.setHeader('Content-Encoding', variant.encoding);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(variant.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** The handler for the portal built into `folder`, or null when there is no build there. */
export function portalHandler<C = undefined>(
  folder: string,
  options: PortalOptions<C> = {},
): PortalHandler<C> | null {
  const root = resolve(folder);
  if (!existsSync(join(root, 'index.html'))) return null;
  const files = indexFolder(root);
  const index = files.get('/index.html') as PortalFile;

  return (req, res, next, context) => {
    const answer = (file: PortalFile, cacheControl: string) => {
      options.beforeSend?.(res, context);
      send(req, res, file, cacheControl);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://portal').pathname);
    } catch {
      return next(); // a malformed escape: not a file of ours
    }
    if (isApiPath(path)) return next();
    const file = files.get(path);
    if (file) return answer(file, path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    // An unknown asset is a 404 from the API, not the portal's HTML in place of a script.
    if (path.startsWith('/assets/') || !acceptsHtml(req.headers.accept)) return next();
    answer(index, REVALIDATE);
  };
}
