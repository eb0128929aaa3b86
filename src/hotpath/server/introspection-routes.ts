// The introspection API (GET /api/v1/introspect/...): what this proxy holds, as JSON. Not for
// the outside: without PROXY_ADMIN_TOKEN only loopback clients are answered (a container of
// the same pod, an operator on the machine); with it every client must send
// `Authorization: Bearer <token>`, loopback included.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { HttpRequest, HttpResponse, TemplatedApp } from '@trufflesuite/uws-js-unofficial';
import type { Secret } from '../../control';
import { SpawnError } from '../../errors';
import type { Introspection } from '../runtime';
import type { Exchange } from './body';
import { param } from './params';

export const INTROSPECT_PREFIX = '/api/v1/introspect';

/** What the routes need from the HTTP server. */
export interface IntrospectionServer {
  exchange(res: HttpResponse): Exchange;
  json(ex: Exchange, status: number, body: unknown): void;
  fail(ex: Exchange, err: unknown): void;
}

const DEFAULT_PAGE = 100;

export function mountIntrospection(app: TemplatedApp, introspection: Introspection, adminToken: Secret | undefined, server: IntrospectionServer): void {
  const expected = adminToken ? digest(adminToken.reveal()) : undefined;

  /** Checks the caller, then answers with what `read` returns (read throws SpawnErrors). */
  const route = (pattern: string, read: (req: HttpRequest) => unknown): void => {
    app.get(`${INTROSPECT_PREFIX}${pattern}`, (res, req) => {
      const ex = server.exchange(res);
      try {
        admit(res, req, expected);
        server.json(ex, 200, read(req));
      } catch (err) {
        server.fail(ex, err);
      }
    });
  };

  route('/systems', () => ({ member: introspection.member ?? null, systems: introspection.systems() }));
  route('/systems/:system/actors', (req) => {
    const system = param(req, 0);
    return { system, actors: introspection.actors(system) };
  });
  route('/systems/:system/activations', (req) => {
    const system = param(req, 0);
    const after = req.getQuery('after');
    const type = req.getQuery('actor');
    return introspection.activations(system, {
      limit: pageSize(req.getQuery('limit')),
      ...(after ? { after } : {}),
      ...(type ? { type } : {}),
    });
  });
  route('/systems/:system/actors/:actor', (req) => introspection.actor(param(req, 0), param(req, 1)));
}

/** Routes of this API, for the server's 405 answers. */
export const INTROSPECT_ROUTES: readonly RegExp[] = [
  /^\/api\/v1\/introspect\/systems\/?$/,
  /^\/api\/v1\/introspect\/systems\/[^/]+\/actors\/?$/,
  /^\/api\/v1\/introspect\/systems\/[^/]+\/activations\/?$/,
  /^\/api\/v1\/introspect\/systems\/[^/]+\/actors\/[^/]+\/?$/,
];

function admit(res: HttpResponse, req: HttpRequest, expected: Buffer | undefined): void {
  if (expected) {
    const header = req.getHeader('authorization');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new SpawnError('SPAWN_ERR_UNAUTHORIZED', 'the introspection API needs `Authorization: Bearer <PROXY_ADMIN_TOKEN>`');
    if (!timingSafeEqual(digest(m[1]!), expected)) throw new SpawnError('SPAWN_ERR_UNAUTHORIZED', 'the bearer token is not PROXY_ADMIN_TOKEN');
    return;
  }
  const address = Buffer.from(res.getRemoteAddressAsText()).toString();
  if (!isLoopback(address)) {
    throw new SpawnError(
      'SPAWN_ERR_FORBIDDEN',
      `the introspection API answers only loopback clients unless PROXY_ADMIN_TOKEN is set (this request came from ${address})`,
    );
  }
}

/** Equal-length values for timingSafeEqual, whatever the token's length. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** 127.0.0.0/8 and ::1, in the forms uWS reports them (IPv4-mapped, unabbreviated IPv6). */
export function isLoopback(address: string): boolean {
  const a = address.toLowerCase();
  if (a.startsWith('127.') || a === '::1' || a.startsWith('::ffff:127.')) return true;
  const groups = a.split(':');
  if (groups.length !== 8) return false;
  const n = groups.map((g) => parseInt(g || '0', 16));
  if (n.slice(0, 7).every((g) => g === 0) && n[7] === 1) return true; // ::1
  // ::ffff:7fxx:xxxx (IPv4-mapped 127.0.0.0/8)
  return n.slice(0, 5).every((g) => g === 0) && n[5] === 0xffff && n[6]! >> 8 === 0x7f;
}

function pageSize(text: string | undefined): number {
  if (!text) return DEFAULT_PAGE;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `query parameter limit must be a positive integer (got '${text}')`);
  }
  return Number(text);
}
