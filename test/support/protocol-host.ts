// A small actor host that speaks Spawn's host protocol over plain node:http, for end-to-end
// tests. It knows no actors of its own: every behaviour is chosen by the action name, and
// every call is recorded so tests can check what the host saw.
//
//   add        state.count += payload.by (default 1); replies with the new state
//   checkpoint like add, and asks the proxy to save before replying
//   echo       replies with the payload; state unchanged
//   slow       sleeps payload.ms (default 50), then like add; tracks overlap per actor
//   init/Init/setup/Setup  state.inits += 1
//   tick       state.ticks += 1 (timer action)
//   tag        sets tag payload.key = payload.value
//   get, Get, get_state, getState, GetState  (only reached when the actor registered one) replies {"from":"host"}
//   throw      HTTP 400 with an empty body (what Spawn SDKs do when a handler throws)
//   garbage    HTTP 200 with bytes that are not a protobuf message
//   nocontext  a valid ActorInvocationResponse without updated_context
//   hang       never answers
//   workflow / receive / listen
//              state.last = payload.note, count += 1; replies with payload.reply (or the state)
//              and with the workflow described by payload.workflow (pipe, forward, effects, broadcast)
//              (broadcast.action: the reply's Broadcast carries field 2, the action as
//              eigr/spawn-python-sdk names it: Spawn 0.5 command_name / Python action_name)
//   callback   invokes payload.target.actor synchronously through the proxy during the turn
//   record     after payload.ms (default 0) ms, state.seen[payload.id] += 1, count += 1 (asks for a
//              checkpoint when payload.checkpoint);
//              replies with {id, times}: what the activator tests count messages and duplicates with
//
// Every call is recorded with its invocation metadata and HTTP headers.
// Control routes: GET /_calls (JSON list), POST /_reset, GET /_overlap (max concurrent calls per actor).
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { compat05, protocol, type IActorInvocation, type IActorInvocationResponse, type IContext } from '../../src/hotpath/codec';
import { fromJsonAny, jsonAny } from './protocol';

interface Call {
  actor: string;
  parent: string;
  system: string;
  action: string;
  caller: string | null;
  metadata: Record<string, string>;
  /** The HTTP request's headers (lower-case names). */
  headers: Record<string, string>;
  tags: Record<string, string>;
  state: unknown;
  payload: unknown;
  at: number;
  /** High-resolution wall clock (ms) when the turn started and ended at this host: overlap checks across hosts. */
  start: number;
  end?: number;
}

const calls: Call[] = [];
const inFlight = new Map<string, number>();
const maxOverlap = new Map<string, number>();

type State = { count?: number; inits?: number; ticks?: number } & Record<string, unknown>;

interface WorkflowSpec {
  pipe?: { actor: string; action: string; ref?: string };
  forward?: { actor: string; action: string; ref?: string };
  effects?: Array<{ actor: string; action: string; delayMs?: number; payload?: unknown; metadata?: Record<string, string> }>;
  broadcast?: { topic: string; payload?: unknown; action?: string };
}

/** Replies whose Broadcast names its action in field 2 (the Python SDK's shape). */
const broadcastActions = new WeakMap<IActorInvocationResponse, string>();

function encodeReply(out: IActorInvocationResponse): Uint8Array {
  const action = broadcastActions.get(out);
  const wf = out.workflow;
  if (!action || !wf?.broadcast) return protocol.ActorInvocationResponse.encode(out).finish();
  // The 1.x Broadcast has no field 2: encode this one with the 0.5 message (same numbers).
  const b = wf.broadcast;
  const broadcast = compat05.Broadcast.encode({ channelGroup: b.channelGroup, commandName: action, value: b.value, noop: b.noop }).finish();
  const workflow = protocol.Workflow.encode({ ...wf, broadcast: undefined })
    .uint32((2 << 3) | 2)
    .bytes(broadcast)
    .finish();
  return protocol.ActorInvocationResponse.encode({ ...out, workflow: undefined })
    .uint32((5 << 3) | 2)
    .bytes(workflow)
    .finish();
}

function buildWorkflow(wf: WorkflowSpec, ctx: IContext): NonNullable<IActorInvocationResponse['workflow']> {
  const sys = ctx.self?.system ?? '';
  return {
    pipe: wf.pipe ? { actor: wf.pipe.actor, actionName: wf.pipe.action, registerRef: wf.pipe.ref ?? '' } : undefined,
    forward: wf.forward ? { actor: wf.forward.actor, actionName: wf.forward.action, registerRef: wf.forward.ref ?? '' } : undefined,
    effects: (wf.effects ?? []).map((e) => ({
      request: {
        system: { name: sys },
        actor: { id: { name: e.actor, system: sys } },
        actionName: e.action,
        async: true,
        caller: ctx.self,
        value: jsonAny(e.payload ?? {}),
        metadata: e.metadata ?? {},
        scheduledTo: e.delayMs ? Date.now() + e.delayMs : 0,
      },
    })),
    broadcast: wf.broadcast ? { channelGroup: wf.broadcast.topic, value: jsonAny(wf.broadcast.payload ?? {}) } : undefined,
  };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function reply(ctx: IContext, state: State, value: unknown, extra: Partial<IActorInvocationResponse> = {}): IActorInvocationResponse {
  return {
    actorName: ctx.self?.name ?? '',
    actorSystem: ctx.self?.system ?? '',
    updatedContext: { ...ctx, state: jsonAny(state) },
    value: jsonAny(value),
    ...extra,
  };
}

async function handle(inv: IActorInvocation): Promise<IActorInvocationResponse | 'throw' | 'garbage' | 'hang'> {
  const ctx: IContext = inv.currentContext ?? {};
  const state: State = fromJsonAny<State>(ctx.state) ?? {};
  const payload = fromJsonAny<Record<string, unknown>>(inv.value) ?? {};
  const action = inv.actionName ?? '';
  switch (action) {
    case 'add':
    case 'checkpoint': {
      state.count = (state.count ?? 0) + Number(payload.by ?? 1);
      return reply(ctx, state, state, { checkpoint: action === 'checkpoint' });
    }
    case 'record': {
      if (payload.ms) await new Promise((r) => setTimeout(r, Number(payload.ms)));
      const id = typeof payload.id === 'string' || typeof payload.id === 'number' ? String(payload.id) : '';
      const seen = (state.seen ?? {}) as Record<string, number>;
      seen[id] = (seen[id] ?? 0) + 1;
      state.seen = seen;
      state.count = (state.count ?? 0) + 1;
      return reply(ctx, state, { id, times: seen[id] }, { checkpoint: payload.checkpoint === true });
    }
    case 'echo':
      return { actorName: ctx.self?.name ?? '', actorSystem: ctx.self?.system ?? '', updatedContext: ctx, value: inv.value ?? undefined };
    case 'slow': {
      await new Promise((r) => setTimeout(r, Number(payload.ms ?? 50)));
      state.count = (state.count ?? 0) + 1;
      return reply(ctx, state, state);
    }
    case 'init':
    case 'Init':
    case 'setup':
    case 'Setup':
      state.inits = (state.inits ?? 0) + 1;
      return reply(ctx, state, state);
    case 'tick':
      state.ticks = (state.ticks ?? 0) + 1;
      return reply(ctx, state, state);
    case 'tag':
      return {
        ...reply(ctx, state, state),
        updatedContext: { ...ctx, state: jsonAny(state), tags: { ...(ctx.tags ?? {}), [String(payload.key)]: String(payload.value) } },
      };
    case 'get':
    case 'Get':
    case 'get_state':
    case 'getState':
    case 'GetState':
      return reply(ctx, state, { from: 'host' });
    case 'throw':
    case 'garbage':
    case 'hang':
      return action;
    case 'nocontext':
      return { actorName: ctx.self?.name ?? '', actorSystem: ctx.self?.system ?? '', value: jsonAny({ oops: true }) };
    case 'workflow':
    case 'receive':
    case 'listen': {
      // Records the payload in the state, then returns the workflow the payload describes.
      state.last = payload.note ?? payload;
      state.count = (state.count ?? 0) + 1;
      const wf = payload.workflow as WorkflowSpec | undefined;
      const out = reply(ctx, state, payload.reply ?? state, wf ? { workflow: buildWorkflow(wf, ctx) } : {});
      if (wf?.broadcast?.action) broadcastActions.set(out, wf.broadcast.action);
      return out;
    }
    case 'callback': {
      // Calls another actor synchronously through the proxy while this turn runs.
      const target = payload.target as { actor: string; action: string; proxy: string };
      const sys = ctx.self?.system ?? '';
      const res = await fetch(`${target.proxy}/api/v1/system/${sys}/actors/${target.actor}/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: protocol.InvocationRequest.encode({
          system: { name: sys },
          actor: { id: { name: target.actor, system: sys } },
          actionName: target.action,
          caller: ctx.self,
          value: jsonAny(payload.next ?? {}),
        }).finish(),
      });
      const inner = protocol.InvocationResponse.decode(new Uint8Array(await res.arrayBuffer()));
      return reply(ctx, state, { inner: inner.status?.message ?? '', innerStatus: inner.status?.status ?? 0, innerValue: fromJsonAny(inner.value) ?? null });
    }
    default:
      return reply(ctx, state, { unknownAction: action });
  }
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method === 'GET' && req.url === '/_calls') {
      res.setHeader('content-type', 'application/json').end(JSON.stringify(calls));
      return;
    }
    if (req.method === 'GET' && req.url === '/_overlap') {
      res.setHeader('content-type', 'application/json').end(JSON.stringify(Object.fromEntries(maxOverlap)));
      return;
    }
    if (req.method === 'POST' && req.url === '/_reset') {
      calls.length = 0;
      maxOverlap.clear();
      res.end('{}');
      return;
    }
    if (req.method !== 'POST' || req.url !== '/api/v1/actors/actions') {
      res.statusCode = 404;
      res.end();
      return;
    }
    const inv = protocol.ActorInvocation.decode(await readBody(req));
    const key = `${inv.actor?.system}/${inv.actor?.parent || ''}/${inv.actor?.name}`;
    const now = (inFlight.get(key) ?? 0) + 1;
    inFlight.set(key, now);
    maxOverlap.set(key, Math.max(maxOverlap.get(key) ?? 0, now));
    const call: Call = {
      actor: inv.actor?.name ?? '',
      parent: inv.actor?.parent ?? '',
      system: inv.actor?.system ?? '',
      action: inv.actionName ?? '',
      caller: inv.caller?.name ?? null,
      metadata: inv.currentContext?.metadata ?? {},
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
      tags: inv.currentContext?.tags ?? {},
      state: fromJsonAny(inv.currentContext?.state) ?? null,
      payload: fromJsonAny(inv.value) ?? null,
      at: Date.now(),
      start: performance.timeOrigin + performance.now(),
    };
    calls.push(call);
    let out;
    try {
      out = await handle(inv);
    } finally {
      inFlight.set(key, (inFlight.get(key) ?? 1) - 1);
      call.end = performance.timeOrigin + performance.now();
    }
    if (out === 'hang') return;
    if (out === 'throw') {
      res.statusCode = 400;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/octet-stream');
    if (out === 'garbage') {
      // 0xff.. is never a valid protobuf tag stream: field 0 / bad wire types.
      res.end(Buffer.concat([Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), randomBytes(32)]));
      return;
    }
    res.end(encodeReply(out));
  } catch (err) {
    res.statusCode = 500;
    res.end(String(err));
  }
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  process.stdout.write(JSON.stringify({ event: 'listening', port }) + '\n');
});
process.on('SIGTERM', () => process.exit(0));
