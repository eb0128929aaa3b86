// An actor system as a TypeScript program sees it: define actors with typed handlers, serve
// them to the proxy over Spawn's HTTP host protocol, and call actors through the proxy.
//
//   const system = new SpawnSystem({ name: 'shop' });
//   system.define({ name: 'counter', state: json<{ n: number }>(), actions: {
//     add: { payload: json<{ by: number }>(), handler: ({ state, payload }) => ({ state: { n: (state?.n ?? 0) + payload.by }, value: 'ok' }) },
//   } });                                       // state and payload typed from the codecs
//   await system.start();                       // host channel (or host server) + registration
//   await system.invoke('counter', 'add', { payload: { by: 2 } });
//
// Transports: the host channel (default: one WebSocket to the proxy carries registration,
// the proxy's invocations and this program's calls; see docs/sdk.md), or Spawn's HTTP
// protocol both ways (transport: 'http', and the automatic fallback when the proxy has no
// channel, e.g. a Spawn proxy).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpawnSdkError } from './errors';
import { HostChannel } from './host-channel';
import {
  protocol,
  type IActor,
  type IActorId,
  type IActorInvocation,
  type IActorInvocationResponse,
  type IAny,
  type IInvocationRequest,
  type IWorkflow,
  type InvocationResponse,
} from './protocol';
import { fromAny, json, toAny, type ValueCodec } from './values';

export type ActorKind = 'named' | 'unnamed' | 'pooled';

/** What a handler receives. */
export interface ActionContext<S, P = unknown> {
  /** The actor's current state (undefined before the first write). */
  state: S | undefined;
  /**
   * The invocation's payload, decoded with the action's `payload` codec (else the system's
   * `values` codec); undefined when the caller sent none. Its type is the codec's: a JSON
   * codec does not check it unless given a parse function (`json(parse)`).
   */
  payload: P;
  tags: Record<string, string>;
  metadata: Record<string, string>;
  /** The actor that called, if an actor did. */
  caller: IActorId | undefined;
  self: IActorId;
}

/** A workflow step list: runs after the reply (see docs/workflows.md). */
export interface WorkflowSteps {
  effects?: Array<{ actor: string; action: string; payload?: unknown; delayMs?: number; metadata?: Record<string, string>; ref?: string }>;
  broadcast?: { channel: string; payload?: unknown };
  pipe?: { actor: string; action: string; ref?: string };
  forward?: { actor: string; action: string; ref?: string };
}

/** What a handler returns; every field is optional. */
export interface ActionResult<S, R = unknown> {
  /** The reply, encoded with the action's `reply` codec (else the system's `values` codec). */
  value?: R;
  state?: S;
  tags?: Record<string, string>;
  workflow?: WorkflowSteps;
  /** Ask the proxy to save the state before replying. */
  checkpoint?: boolean;
}

export type ActionHandler<S, P = unknown, R = unknown> = (ctx: ActionContext<S, P>) => ActionResult<S, R> | void | Promise<ActionResult<S, R> | void>;

/** An action with codecs for its payload and its reply; the handler is typed by them. */
export interface ActionSpec<S, P = unknown, R = unknown> {
  payload?: ValueCodec<P>;
  reply?: ValueCodec<R>;
  handler: ActionHandler<S, P, R>;
}

/**
 * The `actions` of a definition: each is a handler (payload `unknown`), or an ActionSpec
 * whose codecs type its handler. `P` and `R` map action names to payload and reply types;
 * they are inferred from the codecs (two mapped types, because TypeScript infers each
 * type parameter of a mapped type from one property only: P from `payload`, R from `reply`).
 */
export type ActorActions<S, P, R> = {
  [K in keyof P]: ActionHandler<S> | { payload?: ValueCodec<P[K]>; handler: ActionHandler<S, P[K], K extends keyof R ? R[K] : unknown> };
} & { [K in keyof R]: ActionHandler<S> | { reply?: ValueCodec<R[K]> } };

/** Names of a definition's actions. */
export type ActionName<P> = Extract<keyof P, string>;

/**
 * An actor. `S` is its state type (from `state`, else `initialState`); `P` and `R` map its
 * action names to payload and reply types (from each action's codecs). All are inferred:
 * write the codecs, not the type parameters.
 */
export interface ActorDefinition<S = unknown, P = Record<string, unknown>, R = Record<string, unknown>> {
  name: string;
  kind?: ActorKind;
  stateful?: boolean;
  /** How the state is encoded (default JSON): `json<MyState>()`, `protobuf(MyState, 'pkg.MyState')`. */
  state?: ValueCodec<S>;
  initialState?: S;
  snapshotMs?: number;
  deactivateMs?: number;
  /** Broadcast subscriptions; action defaults to "receive". */
  channels?: Array<{ topic: string; action?: ActionName<P> }>;
  /** Actions the proxy runs every `everyMs` while the actor is active. */
  timers?: Array<{ action: ActionName<P>; everyMs: number }>;
  /** POOLED only. */
  pool?: { min: number; max: number };
  actions: ActorActions<S, P, R>;
}

/**
 * Returns `definition` as it is, with its types inferred: for definitions kept in a module
 * of their own and passed to SpawnSystem.define() later.
 */
export function defineActor<S = unknown, P = Record<string, unknown>, R = Record<string, unknown>>(
  definition: ActorDefinition<S, P, R>,
): ActorDefinition<S, P, R> {
  return definition;
}

/** The handler and codecs of `action`, or undefined when the definition has no such action. */
function actionOf(def: ActorDefinition<unknown, unknown, unknown>, action: string): ActionSpec<unknown> | undefined {
  const actions = def.actions as Record<string, ActionHandler<unknown> | ActionSpec<unknown>>;
  if (!Object.hasOwn(actions, action)) return undefined;
  const a = actions[action]!;
  return typeof a === 'function' ? { handler: a } : a;
}

export interface SpawnSystemOptions {
  name: string;
  /** Default http://127.0.0.1:9001 (PROXY_HTTP_HOST / PROXY_HTTP_PORT, as in Spawn's Node SDK). */
  proxyUrl?: string;
  /** Port the host serves actions on (USER_FUNCTION_PORT, default 8090; 0 = any free port). */
  hostPort?: number;
  hostAddress?: string;
  /** Codec for payloads and replies (default JSON). */
  values?: ValueCodec<unknown>;
  /** 'channel' (default; falls back to HTTP when the proxy has no channel) or 'http'. */
  transport?: 'channel' | 'http';
  /** Most invocations of this host's actors running at once over the channel (default 256). */
  maxInFlight?: number;
  /** How long a call over the channel waits for the proxy (default 65 s: past the proxy's own 60 s deadline). */
  callTimeoutMs?: number;
}

export interface InvokeOptions {
  payload?: unknown;
  async?: boolean;
  /** Run later: epoch ms, or a Date. */
  scheduledTo?: number | Date;
  metadata?: Record<string, string>;
  /** Spawn the target from this UNNAMED template first, if it does not exist. */
  ref?: string;
  pooled?: boolean;
  /** The calling actor, when an actor calls another (lets the proxy detect cycles). */
  caller?: IActorId;
}

const ACTIONS_PATH = '/api/v1/actors/actions';

export class SpawnSystem {
  readonly name: string;
  /** Where the proxy is; may be set after listen() when the proxy starts after the host. */
  proxyUrl: string;
  readonly #values: ValueCodec<unknown>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map holds definitions of every state and payload type
  readonly #actors = new Map<string, ActorDefinition<any, any, any>>();
  readonly #hostAddress: string;
  #hostPort: number;
  #server: http.Server | undefined;
  readonly #transport: 'channel' | 'http';
  readonly #maxInFlight: number;
  readonly #callTimeoutMs: number;
  #channel: HostChannel | undefined;

  constructor(options: SpawnSystemOptions) {
    this.name = options.name;
    this.proxyUrl = options.proxyUrl ?? `http://${process.env.PROXY_HTTP_HOST || '127.0.0.1'}:${process.env.PROXY_HTTP_PORT || 9001}`;
    this.#hostPort = options.hostPort ?? Number(process.env.USER_FUNCTION_PORT || 8090);
    this.#hostAddress = options.hostAddress ?? '127.0.0.1';
    this.#values = options.values ?? json();
    this.#transport = options.transport ?? 'channel';
    this.#maxInFlight = options.maxInFlight ?? 256;
    this.#callTimeoutMs = options.callTimeoutMs ?? 65_000;
  }

  /** 'channel' once connected over the host channel, else 'http'. */
  get transport(): 'channel' | 'http' {
    return this.#channel?.connected ? 'channel' : 'http';
  }

  /**
   * Adds an actor. Call before start(). Handler arguments are typed from the definition:
   * the state from `state` (or `initialState`), each payload and reply from the action's codecs.
   */
  define<S = unknown, P = Record<string, unknown>, R = Record<string, unknown>>(definition: ActorDefinition<S, P, R>): this {
    if (this.#actors.has(definition.name)) throw new SpawnSdkError('SPAWN_SDK_DUPLICATE_ACTOR', `actor '${definition.name}' is defined twice`);
    this.#actors.set(definition.name, definition);
    return this;
  }

  /** The port the host serves on (after listen()). */
  get hostPort(): number {
    return this.#hostPort;
  }

  /** Starts the host's action server. */
  async listen(): Promise<number> {
    if (this.#server) return this.#hostPort;
    const server = http.createServer((req, res) => void this.#serve(req, res));
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#hostPort, this.#hostAddress, () => resolve());
    });
    this.#server = server;
    this.#hostPort = (server.address() as AddressInfo).port;
    return this.#hostPort;
  }

  #registration() {
    const actors: Record<string, IActor> = {};
    for (const d of this.#actors.values()) actors[d.name] = this.#toActor(d);
    return {
      serviceInfo: {
        serviceName: this.name,
        serviceRuntime: `node ${process.version}`,
        supportLibraryName: 'spawn-proxy-sdk',
        supportLibraryVersion: '0.1.0',
        protocolMajorVersion: 1,
        protocolMinorVersion: 1,
      },
      actorSystem: { name: this.name, registry: { actors } },
    };
  }

  /** Registers every defined actor with the proxy over HTTP (the proxy calls back at hostPort). */
  async register(): Promise<void> {
    const body = protocol.RegistrationRequest.encode(this.#registration()).finish();
    const { status, bytes } = await this.#post('/api/v1/system', body, 'registration');
    const res = protocol.RegistrationResponse.decode(bytes);
    if (res.status?.status !== protocol.Status.OK) throw SpawnSdkError.fromStatus('registration', res.status?.message ?? '', status);
  }

  /**
   * Connects the host channel and registers over it; with transport 'http', or when the
   * proxy has no channel, listens for HTTP callbacks and registers over HTTP instead.
   */
  async start(): Promise<void> {
    if (this.#transport === 'channel') {
      const ch = new HostChannel({
        url: `${this.proxyUrl.replace(/^http/, 'ws')}/api/v1/host-channel`,
        registration: () => this.#registration(),
        handle: (inv) => this.#handle(inv),
        maxInFlight: this.#maxInFlight,
        callTimeoutMs: this.#callTimeoutMs,
      });
      try {
        await ch.connect();
        this.#channel = ch;
        return;
      } catch (err) {
        ch.stop();
        if ((err as SpawnSdkError).code !== 'SPAWN_SDK_NO_CHANNEL') throw err;
        process.stderr.write(`spawn-sdk: ${(err as Error).message}; using HTTP\n`);
      }
    }
    await this.listen();
    await this.register();
  }

  async stop(): Promise<void> {
    this.#channel?.stop();
    this.#channel = undefined;
    const server = this.#server;
    this.#server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Invokes `action` on `actor` and returns its reply value (undefined for async/scheduled calls). */
  async invoke<T = unknown>(actor: string, action: string, options: InvokeOptions = {}): Promise<T | undefined> {
    const req: IInvocationRequest = {
      system: { name: this.name },
      actor: { id: { name: actor, system: this.name } },
      actionName: action,
      async: options.async ?? false,
      metadata: options.metadata ?? {},
      pooled: options.pooled ?? false,
      registerRef: options.ref ?? '',
      scheduledTo: options.scheduledTo instanceof Date ? options.scheduledTo.getTime() : (options.scheduledTo ?? 0),
      caller: options.caller ?? null,
      ...(options.payload === undefined ? { noop: {} } : { value: this.#any(options.payload) }),
    };
    let res;
    let status = 200;
    if (this.#channel?.connected) {
      res = (await this.#channel.request({ invoke: req }, 'invoked', `invocation of ${actor}.${action}`)) as InvocationResponse;
    } else {
      const path = `/api/v1/system/${encodeURIComponent(this.name)}/actors/${encodeURIComponent(actor)}/invoke`;
      const out = await this.#post(path, protocol.InvocationRequest.encode(req).finish(), `invocation of ${actor}.${action}`);
      status = out.status;
      res = protocol.InvocationResponse.decode(out.bytes);
    }
    if (res.status?.status !== protocol.Status.OK) throw SpawnSdkError.fromStatus(`invocation of ${actor}.${action}`, res.status?.message ?? '', status);
    return fromAny(this.#values, res.value) as T | undefined;
  }

  /** Creates named instances of an UNNAMED actor. */
  async spawn(names: string | string[], template: string): Promise<void> {
    const actors = (Array.isArray(names) ? names : [names]).map((name) => ({ name, system: this.name, parent: template }));
    let res;
    let status = 200;
    if (this.#channel?.connected) {
      res = await this.#channel.request({ spawn: { actors } }, 'spawned', `spawn from ${template}`);
    } else {
      const out = await this.#post(
        `/api/v1/system/${encodeURIComponent(this.name)}/actors/spawn`,
        protocol.SpawnRequest.encode({ actors }).finish(),
        `spawn from ${template}`,
      );
      status = out.status;
      res = protocol.SpawnResponse.decode(out.bytes);
    }
    if (res.status?.status !== protocol.Status.OK) throw SpawnSdkError.fromStatus(`spawn from ${template}`, res.status?.message ?? '', status);
  }

  #any(value: unknown, codec: ValueCodec<unknown> = this.#values): IAny {
    return isAny(value) ? value : toAny(codec, value);
  }

  async #post(path: string, body: Uint8Array, what: string): Promise<{ status: number; bytes: Uint8Array }> {
    let res: Response;
    try {
      res = await fetch(`${this.proxyUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', accept: 'application/octet-stream' },
        body,
      });
    } catch (err) {
      throw new SpawnSdkError('SPAWN_SDK_PROXY_UNREACHABLE', `${what} failed: the proxy at ${this.proxyUrl} is unreachable (${(err as Error).message})`, 0, {
        cause: err,
      });
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length === 0)
      throw new SpawnSdkError('SPAWN_SDK_EMPTY_RESPONSE', `${what} failed: the proxy answered HTTP ${res.status} with no body`, res.status);
    return { status: res.status, bytes };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any definition, whatever its types
  #toActor(d: ActorDefinition<any, any, any>): IActor {
    const kind = { named: 1, unnamed: 2, pooled: 3 }[d.kind ?? 'named'];
    const codec = d.state ?? json();
    return {
      id: { name: d.name, system: this.name, parent: d.kind === 'unnamed' ? d.name : '' },
      settings: {
        kind,
        stateful: d.stateful ?? true,
        snapshotStrategy: { timeout: { timeout: d.snapshotMs ?? 2000 } },
        deactivationStrategy: { timeout: { timeout: d.deactivateMs ?? 10_000 } },
        minPoolSize: d.pool?.min ?? 0,
        maxPoolSize: d.pool?.max ?? 0,
      },
      actions: Object.keys(d.actions).map((name) => ({ name })),
      timerActions: (d.timers ?? []).map((t) => ({ seconds: t.everyMs, action: { name: t.action } })),
      state: { tags: {}, ...(d.initialState !== undefined ? { state: toAny(codec, d.initialState) } : {}) },
      metadata: { channelGroup: (d.channels ?? []).map((c) => ({ topic: c.topic, action: c.action ?? '' })), tags: {} },
    };
  }

  async #serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== ACTIONS_PATH) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const parts: Buffer[] = [];
    for await (const chunk of req) parts.push(chunk as Buffer);
    let out: Uint8Array;
    try {
      out = protocol.ActorInvocationResponse.encode(await this.#handle(protocol.ActorInvocation.decode(Buffer.concat(parts)))).finish();
    } catch (err) {
      // An empty body is how Spawn SDKs report a failed handler; the proxy names it.
      process.stderr.write(`spawn-sdk: action handler failed: ${(err as Error).stack ?? String(err)}\n`);
      res.statusCode = 500;
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': out.length });
    res.end(out);
  }

  async #handle(inv: IActorInvocation): Promise<IActorInvocationResponse> {
    const id = inv.actor ?? {};
    // Pool members and spawned instances carry their template/alias as parent.
    const def = this.#actors.get(id.name ?? '') ?? this.#actors.get(id.parent ?? '');
    const ctx = inv.currentContext ?? {};
    const action = def && actionOf(def, inv.actionName ?? '');
    if (!def || !action) {
      throw new SpawnSdkError('SPAWN_SDK_NO_HANDLER', `no handler for ${id.name}.${inv.actionName} in system '${this.name}'`);
    }
    const codec = def.state ?? json();
    const result =
      (await action.handler({
        state: fromAny(codec, ctx.state),
        payload: fromAny(action.payload ?? this.#values, inv.value),
        tags: ctx.tags ?? {},
        metadata: ctx.metadata ?? {},
        caller: inv.caller ?? undefined,
        self: id,
      })) ?? {};
    const response: IActorInvocationResponse = {
      actorName: id.name ?? '',
      actorSystem: id.system ?? this.name,
      updatedContext: {
        ...ctx,
        state: result.state !== undefined ? toAny(codec, result.state) : ctx.state,
        tags: result.tags ?? ctx.tags ?? {},
      },
      checkpoint: result.checkpoint ?? false,
      ...(result.value === undefined ? { noop: {} } : { value: this.#any(result.value, action.reply) }),
    };
    if (result.workflow) response.workflow = this.#workflow(result.workflow, id);
    return response;
  }

  #workflow(w: WorkflowSteps, self: IActorId): IWorkflow {
    const out: IWorkflow = {};
    if (w.effects?.length) {
      out.effects = w.effects.map((e) => ({
        request: {
          system: { name: this.name },
          actor: { id: { name: e.actor, system: this.name } },
          actionName: e.action,
          async: true,
          caller: self,
          metadata: e.metadata ?? {},
          registerRef: e.ref ?? '',
          scheduledTo: e.delayMs ? Date.now() + e.delayMs : 0,
          ...(e.payload === undefined ? { noop: {} } : { value: this.#any(e.payload) }),
        },
      }));
    }
    if (w.broadcast) {
      out.broadcast = { channelGroup: w.broadcast.channel, ...(w.broadcast.payload === undefined ? { noop: {} } : { value: this.#any(w.broadcast.payload) }) };
    }
    if (w.pipe) out.pipe = { actor: w.pipe.actor, actionName: w.pipe.action, registerRef: w.pipe.ref ?? '' };
    else if (w.forward) out.forward = { actor: w.forward.actor, actionName: w.forward.action, registerRef: w.forward.ref ?? '' };
    return out;
  }
}

function isAny(v: unknown): v is IAny {
  return typeof v === 'object' && v !== null && typeof (v as IAny).type_url === 'string' && (v as IAny).value instanceof Uint8Array;
}
