// The activator's HTTP server: GET /metrics, /health, /health/liveness, /health/readiness,
// and the routes of an HTTP activator (`POST /hooks/:id`: `:name` segments are path
// parameters). node:http: this is not the proxy's hot path.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../control';

export interface RouteRequest {
  readonly method: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface RouteResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer | string;
}

export type RouteHandler = (req: RouteRequest) => Promise<RouteResponse>;

interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly segments: readonly string[];
  readonly handler: RouteHandler;
  readonly maxBodyBytes: number;
}

/** Where a source adds its routes. */
export interface RouteTable {
  add(method: string, pattern: string, handler: RouteHandler, opts: { maxBodyBytes: number }): void;
}

export class ActivatorHttpServer implements RouteTable {
  readonly #routes: Route[] = [];
  readonly #server: http.Server;
  readonly #logger: Logger;
  readonly #metrics: (() => Promise<string>) | undefined;
  readonly #ready: () => boolean;
  #draining = false;

  constructor(opts: { logger: Logger; metrics?: () => Promise<string>; ready: () => boolean }) {
    this.#logger = opts.logger;
    this.#metrics = opts.metrics;
    this.#ready = opts.ready;
    this.#server = http.createServer((req, res) => {
      this.#handle(req, res).catch((err: unknown) => {
        this.#logger.error('HTTP handler failed', { error: (err as Error).message });
        if (!res.headersSent) json(res, 500, { error: { code: 'SPAWN_ERR_INTERNAL', message: 'internal error' } });
        else res.destroy();
      });
    });
    this.#server.keepAliveTimeout = 65_000;
  }

  add(method: string, pattern: string, handler: RouteHandler, opts: { maxBodyBytes: number }): void {
    const m = method.toUpperCase();
    const segments = split(pattern);
    const clash = this.#routes.find(
      (r) =>
        r.method === m &&
        r.segments.length === segments.length &&
        r.segments.every((s, i) => s === segments[i] || (s.startsWith(':') && segments[i]!.startsWith(':'))),
    );
    if (clash) throw new Error(`two HTTP routes for ${m} ${pattern} (and ${clash.pattern})`);
    if (['metrics', 'health'].includes(segments[0] ?? '')) throw new Error(`HTTP route ${pattern} would hide the activator's own /${segments[0]}`);
    this.#routes.push({ method: m, pattern, segments, handler, maxBodyBytes: opts.maxBodyBytes });
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => {
        this.#server.off('error', reject);
        resolve((this.#server.address() as AddressInfo).port);
      });
    });
  }

  /** Readiness answers 503 from now on; routes still answer (the source stops them itself). */
  drain(): void {
    this.#draining = true;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeIdleConnections();
    });
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://activator');
    const method = req.method ?? 'GET';
    if (method === 'GET') {
      switch (url.pathname) {
        case '/metrics':
          if (!this.#metrics)
            return json(res, 404, { error: { code: 'SPAWN_ERR_ROUTE_NOT_FOUND', message: 'metrics are disabled (SPAWN_ACTIVATOR_DISABLE_METRICS)' } });
          res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(await this.#metrics());
          return;
        case '/health':
        case '/health/liveness':
          return json(res, 200, { status: 'up' });
        case '/health/readiness': {
          const up = !this.#draining && this.#ready();
          return json(res, up ? 200 : 503, { status: up ? 'up' : this.#draining ? 'draining' : 'connecting' });
        }
      }
    }
    const segments = split(url.pathname);
    let allowed = false;
    for (const route of this.#routes) {
      const params = match(route.segments, segments);
      if (!params) continue;
      if (route.method !== method) {
        allowed = true;
        continue;
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > route.maxBodyBytes) return tooLarge(res, route.maxBodyBytes);
      const body = await readBody(req, route.maxBodyBytes);
      if (!body) return tooLarge(res, route.maxBodyBytes);
      const out = await route.handler({ method, path: url.pathname, params, query: url.searchParams, headers: req.headers, body });
      res.writeHead(out.status, out.headers ?? {});
      res.end(out.body ?? '');
      return;
    }
    if (allowed) return json(res, 405, { error: { code: 'SPAWN_ERR_METHOD_NOT_ALLOWED', message: `${method} ${url.pathname}: not a method of this route` } });
    return json(res, 404, { error: { code: 'SPAWN_ERR_ROUTE_NOT_FOUND', message: `no route for ${method} ${url.pathname}` } });
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function match(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const s = segments[i]!;
    if (p.startsWith(':')) {
      try {
        params[p.slice(1)] = decodeURIComponent(s);
      } catch {
        return undefined;
      }
    } else if (p !== s) return undefined;
  }
  return params;
}

export function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

function tooLarge(res: http.ServerResponse, limit: number): void {
  res.setHeader('connection', 'close');
  json(res, 413, { error: { code: 'SPAWN_ERR_BODY_TOO_LARGE', message: `the body is larger than ${limit} bytes (SPAWN_ACTIVATOR_HTTP_MAX_BODY_BYTES)` } });
}

/** The body, or undefined past `limit` bytes (the rest is not read; the connection closes). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
        return;
      }
      parts.push(chunk);
    });
    req.on('end', () => resolve(parts.length === 1 ? parts[0]! : Buffer.concat(parts)));
    req.on('error', reject);
  });
}
