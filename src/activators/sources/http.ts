// HTTP activator (Spawn's `api` type): routes mapped to actor actions, for webhooks. The
// reply is synchronous: the first sink's value as the body (JSON for a JSONType, the bytes of
// a BytesValue, otherwise the protobuf value with its type URL in `x-spawn-type-url`; 204
// for none); an error is the proxy's HTTP status with {"error": {code, message}}. One
// attempt per request: the caller retries (webhook senders do).
import protobuf from 'protobufjs/minimal';
import { ERROR_CODES } from '../../errors';
import { protocol, type IAny } from '../../hotpath/codec';
import type { Activator, ActivatorContext, ActivatorPlugin } from '../activator';
import type { ActivatorConfig } from '../config-schema';
import { PROXY_UNREACHABLE } from '../invoker';
import { BYTES_TYPE_URL, JSON_TYPE_URL, type InboundEvent } from '../mapping';
import type { RouteRequest, RouteResponse } from '../http-server';
import type { BindingSpec, SpecReader } from '../spec';

export interface HttpSource {
  readonly path: string;
  readonly method: string;
  readonly maxBodyBytes: number;
}

/** Headers that describe the connection or the caller's credentials, not the event: not passed on. */
const NOT_METADATA = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'expect',
  'te',
  'trailer',
  'accept-encoding',
  'authorization',
  'proxy-authorization',
  'cookie',
]);

export const httpPlugin: ActivatorPlugin<HttpSource> = {
  type: 'http',
  aliases: ['api'],
  parseSource(read: SpecReader, config: ActivatorConfig): HttpSource {
    // Spawn's http.yaml names the route `url`; a full URL counts by its path.
    const raw = read.at('path').str() ?? read.at('url').str() ?? read.at('path').fail("the route's path, e.g. /hooks/orders/:id");
    let path = raw.trim();
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
    if (!path.startsWith('/')) read.at('path').fail("a path starting with '/'", raw);
    return {
      path,
      method: (read.at('method').oneOf(['POST', 'PUT', 'PATCH', 'DELETE', 'GET'] as const) ?? 'POST').toUpperCase(),
      maxBodyBytes: read.at('maxBodyBytes').int(1, 1024 * 1024 * 1024) ?? config.http.maxBodyBytes,
    };
  },
  sourceFromEnv(config: ActivatorConfig): HttpSource {
    return { path: config.http.path, method: 'POST', maxBodyBytes: config.http.maxBodyBytes };
  },
  create(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<HttpSource>>): Activator {
    return new HttpActivator(ctx, bindings);
  },
};

class HttpActivator implements Activator {
  readonly #ctx: ActivatorContext;
  readonly #bindings: ReadonlyArray<BindingSpec<HttpSource>>;
  #accepting = false;
  #inFlight = 0;
  #idle: (() => void) | undefined;

  constructor(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<HttpSource>>) {
    this.#ctx = ctx;
    this.#bindings = bindings;
  }

  start(): Promise<void> {
    for (const b of this.#bindings) {
      this.#ctx.routes.add(b.source.method, b.source.path, (req) => this.#handle(b, req), { maxBodyBytes: b.source.maxBodyBytes });
      this.#ctx.logger.info('HTTP route', { binding: b.name, method: b.source.method, path: b.source.path });
    }
    this.#accepting = true;
    return Promise.resolve();
  }

  ready(): boolean {
    return this.#accepting;
  }

  async stop(deadline: number): Promise<void> {
    this.#accepting = false;
    if (this.#inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      this.#idle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  async #handle(binding: BindingSpec<HttpSource>, req: RouteRequest): Promise<RouteResponse> {
    if (!this.#accepting) return errorReply(503, 'SPAWN_ERR_DRAINING', 'the activator is shutting down');
    this.#inFlight++;
    try {
      const outcome = await this.#ctx.dispatcher.dispatch(binding, toEvent(req), { priorDeliveries: 0, live: () => true }, { once: true });
      switch (outcome.kind) {
        case 'ok':
          return valueReply(outcome.values[0] ?? null);
        case 'abandoned':
          return errorReply(503, 'SPAWN_ERR_DRAINING', outcome.reason);
      }
      const status =
        outcome.httpStatus ??
        (outcome.code === PROXY_UNREACHABLE ? 502 : ((ERROR_CODES as Record<string, { http: number } | undefined>)[outcome.code]?.http ?? 500));
      return errorReply(status, outcome.code, outcome.message, outcome.sink);
    } finally {
      if (--this.#inFlight === 0) this.#idle?.();
    }
  }
}

function toEvent(req: RouteRequest): InboundEvent {
  const metadata: Record<string, string> = {};
  const headerKeys: string[] = [];
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined || NOT_METADATA.has(k)) continue;
    metadata[k] = Array.isArray(v) ? v.join(', ') : v;
    headerKeys.push(k);
  }
  for (const [k, v] of Object.entries(req.params)) metadata[k] = v;
  const contentType = req.headers['content-type'];
  const id = req.headers['idempotency-key'] ?? req.headers['x-request-id'];
  return {
    body: req.body,
    metadata,
    headerKeys,
    subject: req.path
      .split('/')
      .filter((s) => s !== '')
      .join('.'),
    ...(contentType ? { contentType } : {}),
    ...(typeof id === 'string' ? { messageId: id } : {}),
  };
}

function errorReply(status: number, code: string, message: string, sink?: string): RouteResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code, message, ...(sink ? { sink } : {}) } }) };
}

function valueReply(value: IAny | null): RouteResponse {
  if (!value || !value.value || value.value.length === 0) {
    return value?.type_url === JSON_TYPE_URL ? { status: 200, headers: { 'content-type': 'application/json' }, body: 'null' } : { status: 204 };
  }
  const bytes = Buffer.from(value.value);
  if (value.type_url === JSON_TYPE_URL) return { status: 200, headers: { 'content-type': 'application/json' }, body: protocol.JSONType.decode(bytes).content };
  if (value.type_url === BYTES_TYPE_URL) return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: readBytesValue(bytes) };
  return { status: 200, headers: { 'content-type': 'application/protobuf', 'x-spawn-type-url': value.type_url ?? '' }, body: bytes };
}

/** google.protobuf.BytesValue's field 1. */
function readBytesValue(bytes: Buffer): Buffer {
  const reader = protobuf.Reader.create(bytes);
  let out = Buffer.alloc(0);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) out = Buffer.from(reader.bytes());
    else reader.skipType(tag & 7);
  }
  return out;
}
