// The proxy's HTTP API on uWebSockets.js (Spawn §2.1). Every error on a protocol route
// answers with that route's protobuf response type carrying RequestStatus{ERROR, message}:
// the official SDKs decode the body whatever the HTTP status.
import uWS, { type HttpRequest, type HttpResponse, type TemplatedApp } from '@trufflesuite/uws-js-unofficial';
import { tracing, type Health, type Logger, type ProxyMetrics, type Secret } from '../../control';
import { SpawnError, asSpawnError } from '../../errors';
import {
  decodeMessage,
  encodeInvocationResponse,
  invocationFromV05,
  protocol,
  registrationFromV05,
  Status,
  type IInvocationResponse,
  type IRequestStatus,
} from '../codec';
import type { ActorRuntime } from '../runtime';
import { checkContentType, discardBody, readBody, type Exchange } from './body';
import { mountHostChannel } from './host-channel';
import { INTROSPECT_ROUTES, mountIntrospection } from './introspection-routes';
import { param } from './params';
import { stateAsJson } from './state-json';

export const PROXY_NAME = 'spawn-proxy';

export interface HttpServerOptions {
  runtime: ActorRuntime;
  logger: Logger;
  metrics: ProxyMetrics;
  health: Health;
  maxBodyBytes: number;
  compat05: boolean;
  metricsEnabled: boolean;
  version: string;
  /** GET /api/v1/cluster: this member and the members it sees. */
  cluster?: () => unknown;
  /** PROXY_ADMIN_TOKEN: required by the introspection routes; without it they answer loopback clients only. */
  adminToken?: Secret;
}

type Encode = (status: IRequestStatus) => Uint8Array;

const STATUS_TEXT: Record<number, string> = {
  200: '200 OK',
  400: '400 Bad Request',
  401: '401 Unauthorized',
  403: '403 Forbidden',
  404: '404 Not Found',
  405: '405 Method Not Allowed',
  409: '409 Conflict',
  413: '413 Payload Too Large',
  415: '415 Unsupported Media Type',
  500: '500 Internal Server Error',
  502: '502 Bad Gateway',
  503: '503 Service Unavailable',
  504: '504 Gateway Timeout',
  508: '508 Loop Detected',
};
const statusLine = (code: number): string => STATUS_TEXT[code] ?? `${code} Error`;

const OCTET = 'application/octet-stream';
const OK_ACCEPTED: IRequestStatus = { status: Status.OK, message: 'Accepted' };

const encodeRegistration: Encode = (status) => protocol.RegistrationResponse.encode({ status }).finish();
const encodeSpawn: Encode = (status) => protocol.SpawnResponse.encode({ status }).finish();
const encodeInvocation: Encode = (status) => protocol.InvocationResponse.encode({ status }).finish();

/** True when the native uWS binary loaded (the package silently falls back to a slow JS shim). */
export function uwsIsNative(): boolean {
  return typeof (uWS as unknown as { getParts?: unknown }).getParts === 'function';
}

/** uWS.ListenOptions.LIBUS_LISTEN_EXCLUSIVE_PORT (a type-only enum: not exported at run time). */
const LIBUS_LISTEN_EXCLUSIVE_PORT = 1;

/** `listen(host, port, options, cb)`: the native binary has it; the typings lack it. */
type ExclusiveListen = (host: string, port: number, options: number, cb: (socket: uWS.us_listen_socket | false) => void) => TemplatedApp;

export class HttpServer {
  readonly #opts: HttpServerOptions;
  readonly #app: TemplatedApp;
  #listenSocket: uWS.us_listen_socket | undefined;
  /** Set by startDraining(): every reply closes its connection. */
  #draining = false;
  #inFlight = 0;

  constructor(options: HttpServerOptions) {
    if (!uwsIsNative()) {
      throw new SpawnError(
        'SPAWN_ERR_CONFIG',
        'the uWebSockets.js native binary did not load (only its slow JS fallback is available); reinstall @trufflesuite/uws-js-unofficial on a supported platform (Linux/macOS/Windows x64 or arm64, Node 18-22)',
      );
    }
    this.#opts = options;
    this.#app = uWS.App();
    this.#routes();
  }

  listen(bind: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      // Exclusive: without it uWS sets SO_REUSEPORT, and a second proxy started on a port in
      // use would listen beside the first, the kernel splitting connections between them.
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this.#app) below
      const listen = this.#app.listen as unknown as ExclusiveListen;
      listen.call(this.#app, bind, port, LIBUS_LISTEN_EXCLUSIVE_PORT, (socket) => {
        if (!socket) {
          reject(
            new SpawnError('SPAWN_ERR_CONFIG', `cannot listen on ${bind}:${port} (address in use or not available); set PROXY_HTTP_BIND / PROXY_HTTP_PORT`),
          );
          return;
        }
        this.#listenSocket = socket;
        resolve(uWS.us_socket_local_port(socket));
      });
    });
  }

  /** Requests received and not yet answered (nor aborted by the client). */
  get inFlight(): number {
    return this.#inFlight;
  }

  /**
   * Shutting down: from now on every reply carries `Connection: close` and closes its
   * connection once sent, so no keep-alive client sends another request on it.
   */
  startDraining(): void {
    this.#draining = true;
  }

  /** Stops accepting connections; open ones are still served. */
  stopListening(): void {
    if (this.#listenSocket) uWS.us_listen_socket_close(this.#listenSocket);
    this.#listenSocket = undefined;
  }

  /** Stops accepting connections and closes every connection still open (idle keep-alives). */
  close(): void {
    this.stopListening();
    // App.close() (in the native binary, missing from the typings) closes every socket.
    (this.#app as unknown as { close(): void }).close();
  }

  #routes(): void {
    const { runtime, compat05 } = this.#opts;
    const app = this.#app;
    const invocationsOk = this.#opts.metrics.invocations.child({ result: 'ok' });
    const invocationErrors = this.#opts.metrics.invocations.child({ result: 'error' });
    mountHostChannel(app, runtime, this.#opts.logger, this.#opts.maxBodyBytes, this.#opts.metrics);
    mountIntrospection(app, runtime.introspection, this.#opts.adminToken, {
      exchange: (res) => this.#exchange(res),
      json: (ex, status, body) => this.#send(ex, status, 'application/json', JSON.stringify(body)),
      fail: (ex, err) => this.#fail(ex, err),
    });

    app.post('/api/v1/system', (res, req) =>
      this.#protobufRoute(res, req, encodeRegistration, (body) => {
        const registration = compat05 ? registrationFromV05(body) : decodeMessage(protocol.RegistrationRequest, 'RegistrationRequest', body);
        runtime.register(registration);
        return protocol.RegistrationResponse.encode({
          status: OK_ACCEPTED,
          proxyInfo: { protocolMajorVersion: 1, protocolMinorVersion: 2, proxyName: PROXY_NAME, proxyVersion: this.#opts.version },
        }).finish();
      }),
    );

    app.post('/api/v1/system/:system/actors/spawn', (res, req) => {
      const system = param(req, 0);
      const revisionText = req.getQuery('revision') ?? '';
      this.#protobufRoute(res, req, encodeSpawn, async (body) => {
        const revision = parseRevision(revisionText);
        await runtime.spawn(system, decodeMessage(protocol.SpawnRequest, 'SpawnRequest', body), revision);
        return protocol.SpawnResponse.encode({ status: OK_ACCEPTED }).finish();
      });
    });

    app.post('/api/v1/system/:system/actors/:actor/invoke', (res, req) => {
      const system = param(req, 0);
      const actor = param(req, 1);
      // Tracing on: a W3C traceparent header continues the caller's trace (it wins over metadata `traceparent`).
      const traceparent = tracing.on ? req.getHeader('traceparent') : '';
      this.#protobufRoute(res, req, encodeInvocation, async (body) => {
        const request = compat05 ? invocationFromV05(body) : decodeMessage(protocol.InvocationRequest, 'InvocationRequest', body);
        if (traceparent) request.metadata = { ...request.metadata, traceparent };
        let result;
        try {
          result = await runtime.invoke(request, system, actor);
        } catch (err) {
          invocationErrors.inc();
          throw err;
        }
        invocationsOk.inc();
        const response: IInvocationResponse = {
          status: { status: Status.OK },
          system: { name: request.system?.name || system },
          actor: { id: request.actor?.id ?? { name: actor, system } },
        };
        const reply = result.reply?.response;
        if (reply?.value) response.value = reply.value;
        else if (reply) response.noop = {};
        return encodeInvocationResponse(response);
      });
    });

    app.get('/api/v1/system/:system/actors/:actor', (res, req) => {
      const system = param(req, 0);
      const actor = param(req, 1);
      const json = (req.getHeader('accept') ?? '').includes('application/json');
      const ex = this.#exchange(res);
      runtime.readState(system, actor).then(
        (s) => {
          if (json) {
            this.#send(ex, 200, 'application/json', JSON.stringify(stateAsJson(system, s)));
            return;
          }
          const body = protocol.InvocationResponse.encode({
            status: { status: Status.OK },
            system: { name: system },
            actor: { id: s.id, state: { state: s.state, tags: s.tags } },
            ...(s.state ? { value: s.state } : { noop: {} }),
          }).finish();
          this.#send(ex, 200, OCTET, body);
        },
        (err) => this.#fail(ex, err, json ? undefined : encodeInvocation),
      );
    });

    app.get('/api/v1/cluster', (res) => {
      const info = this.#opts.cluster?.() ?? { strategy: 'none' };
      this.#send(this.#exchange(res), 200, 'application/json', JSON.stringify(info));
    });

    const up = JSON.stringify({ status: 'up' });
    app.get('/health', (res) => this.#send(this.#exchange(res), 200, 'application/json', up));
    app.get('/health/liveness', (res) => this.#send(this.#exchange(res), 200, 'application/json', up));
    app.get('/health/readiness', (res) => {
      const r = this.#opts.health.readiness();
      this.#send(this.#exchange(res), r.ready ? 200 : 503, 'application/json', JSON.stringify(r.body));
    });
    app.get('/metrics', (res) => {
      const ex = this.#exchange(res);
      if (!this.#opts.metricsEnabled) this.#fail(ex, new SpawnError('SPAWN_ERR_ROUTE_NOT_FOUND', 'metrics are disabled (SPAWN_DISABLE_METRICS)'));
      else
        this.#opts.metrics.registry.render().then(
          (text) => this.#send(ex, 200, 'text/plain; version=0.0.4', text),
          (err) => this.#fail(ex, err),
        );
    });

    app.any('/*', (res, req) => {
      const url = req.getUrl();
      const method = req.getMethod().toUpperCase();
      const ex = this.#exchange(res);
      const known = KNOWN_ROUTES.find((r) => r.pattern.test(url)) ?? (INTROSPECT_ROUTES.some((r) => r.test(url)) ? { method: 'GET' } : undefined);
      const err = known
        ? new SpawnError('SPAWN_ERR_METHOD_NOT_ALLOWED', `${method} ${url} is not supported; use ${known.method}`)
        : new SpawnError('SPAWN_ERR_ROUTE_NOT_FOUND', `no route for ${method} ${url}`);
      this.#fail(ex, err, url.startsWith('/api/') && !url.startsWith('/api/v1/introspect/') ? encodeInvocation : undefined);
    });
  }

  /** Reads a protobuf body, runs `handle`, and answers with its bytes or an error body. */
  #protobufRoute(res: HttpResponse, req: HttpRequest, encodeError: Encode, handle: (body: Buffer) => Uint8Array | Promise<Uint8Array>): void {
    const ex = this.#exchange(res);
    const typeError = checkContentType(req.getHeader('content-type'));
    if (typeError) {
      discardBody(ex, () => this.#fail(ex, typeError, encodeError, true));
      return;
    }
    readBody(
      ex,
      req.getHeader('content-length'),
      this.#opts.maxBodyBytes,
      (body) => {
        let out: Uint8Array | Promise<Uint8Array>;
        try {
          out = handle(body);
        } catch (err) {
          this.#fail(ex, err, encodeError);
          return;
        }
        if (out instanceof Uint8Array) this.#send(ex, 200, OCTET, out);
        else
          out.then(
            (bytes) => this.#send(ex, 200, OCTET, bytes),
            (err) => this.#fail(ex, err, encodeError),
          );
      },
      (err) => this.#fail(ex, err, encodeError, true),
    );
  }

  #exchange(res: HttpResponse): Exchange {
    const ex: Exchange = { res, aborted: false, done: false };
    this.#inFlight++;
    res.onAborted(() => {
      ex.aborted = true;
      if (!ex.done) this.#inFlight--;
    });
    return ex;
  }

  #fail(ex: Exchange, err: unknown, encodeError?: Encode, closeConnection = false): void {
    const e = asSpawnError(err);
    if (e.httpStatus >= 500) this.#opts.logger.warn('request failed', { code: e.code, error: e.message });
    else if (this.#opts.logger.enabled('debug')) this.#opts.logger.debug('request rejected', { code: e.code, error: e.message });
    if (encodeError) {
      this.#send(ex, e.httpStatus, OCTET, encodeError({ status: Status.ERROR, message: e.statusMessage }), closeConnection);
    } else {
      this.#send(ex, e.httpStatus, 'application/json', JSON.stringify({ status: 'error', code: e.code, message: e.message }), closeConnection);
    }
  }

  #send(ex: Exchange, status: number, contentType: string, body: Uint8Array | string, closeConnection = false): void {
    if (ex.aborted || ex.done) return;
    ex.done = true;
    this.#inFlight--;
    // end(…, true) writes `Connection: close`, sends, then closes the connection.
    const close = closeConnection || this.#draining;
    ex.res.cork(() => {
      // uWS writes "200 OK" itself when no status was set.
      if (status !== 200) ex.res.writeStatus(statusLine(status));
      ex.res.writeHeader('content-type', contentType).end(body, close);
    });
  }
}

const KNOWN_ROUTES = [
  { pattern: /^\/api\/v1\/system\/?$/, method: 'POST' },
  { pattern: /^\/api\/v1\/system\/[^/]+\/actors\/spawn\/?$/, method: 'POST' },
  { pattern: /^\/api\/v1\/system\/[^/]+\/actors\/[^/]+\/invoke\/?$/, method: 'POST' },
  { pattern: /^\/api\/v1\/system\/[^/]+\/actors\/[^/]+\/?$/, method: 'GET' },
  { pattern: /^\/health(\/liveness|\/readiness)?\/?$/, method: 'GET' },
  { pattern: /^\/metrics\/?$/, method: 'GET' },
  { pattern: /^\/api\/v1\/cluster\/?$/, method: 'GET' },
];

function parseRevision(text: string): number | undefined {
  if (text === '') return undefined;
  if (!/^\d+$/.test(text)) {
    throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `query parameter revision must be a non-negative integer (got '${text}')`);
  }
  return Number(text);
}
