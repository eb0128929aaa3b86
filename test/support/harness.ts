// Starts the real proxy (dist/bin/proxy.js) and the test host as child processes and talks
// to them over HTTP. Every process started here is stopped by the test's teardown.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { request } from 'undici';
import {
  protocol,
  type IActor,
  type IAny,
  type IInvocationRequest,
  type IInvocationResponse,
  type InvocationResponse,
  type RegistrationResponse,
} from '../../src/hotpath/codec';

export const ROOT = join(__dirname, '..', '..');
export const DIST = ROOT.endsWith('dist') ? ROOT : join(ROOT, 'dist');

interface Teardown {
  teardown(fn: () => unknown): void;
}

export interface Child {
  port: number;
  proc: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  logs(): string;
  /** Sends `signal` (once: a second signal would make the proxy skip its drain) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Resolves with the exit code when the process exits, without signalling it. */
  exited: Promise<number | null>;
}

/**
 * Every child still running when this test process exits is killed: a test file that tap
 * stops (timeout) runs no teardown, and its proxies and hosts would go on using the CPU of
 * every test after it.
 */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const proc of running) proc.kill('SIGKILL');
});

/** Kills `proc` when this test process exits, if it is still running then. */
export function killedOnExit(proc: ChildProcess): void {
  running.add(proc);
  proc.once('exit', () => running.delete(proc));
}

/** Runs `script` under node until the test ends; resolves once it prints its `{"event":"listening","port":N}` line. */
export function startChild(t: Teardown, script: string, env: Record<string, string>, args: readonly string[] = []): Promise<Child> {
  const proc = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  killedOnExit(proc);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const signalled = new Set<NodeJS.Signals>();
  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    if (proc.exitCode === null && proc.signalCode === null && !signalled.has(signal)) {
      signalled.add(signal);
      proc.kill(signal);
    }
    return exited;
  };
  t.teardown(() => stop('SIGKILL'));
  return new Promise((resolve, reject) => {
    let stdout = '';
    const onData = (d: Buffer): void => {
      stdout += d.toString();
      const line = stdout.split('\n').find((l) => l.includes('"listening"'));
      if (!line) return;
      proc.stdout.off('data', onData);
      const port = (JSON.parse(line) as { port: number }).port;
      resolve({ port, proc, logs: () => stderr, stop, exited });
    };
    proc.stdout.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening:\n${stderr}`)));
  });
}

export interface TestHost extends Child {
  calls(): Promise<HostCall[]>;
  overlap(): Promise<Record<string, number>>;
  reset(): Promise<void>;
}

export interface HostCall {
  actor: string;
  parent: string;
  system: string;
  action: string;
  caller: string | null;
  metadata: Record<string, string>;
  /** The HTTP request's headers, lower-case names. */
  headers: Record<string, string>;
  tags: Record<string, string>;
  state: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
  at: number;
  start: number;
  end?: number;
}

export async function startHost(t: Teardown): Promise<TestHost> {
  const child = await startChild(t, join(DIST, 'test', 'support', 'protocol-host.js'), { PORT: '0' });
  const base = `http://127.0.0.1:${child.port}`;
  return {
    ...child,
    calls: async () => (await (await request(`${base}/_calls`)).body.json()) as HostCall[],
    overlap: async () => (await (await request(`${base}/_overlap`)).body.json()) as Record<string, number>,
    reset: async () => {
      await (await request(`${base}/_reset`, { method: 'POST' })).body.dump();
    },
  };
}

/** An SDK host process that connects to `proxyUrl` over the host channel. */
export function startSdkHost(t: Teardown, proxyUrl: string, env: Record<string, string> = {}): Promise<Child> {
  return startChild(t, join(DIST, 'test', 'support', 'sdk-host.js'), { PROXY_URL: proxyUrl, ...env });
}

export interface TestProxy extends Child {
  url: string;
}

/** Starts the proxy (by default this checkout's dist/bin/proxy.js; `script` runs another copy, e.g. an installed package's). */
export async function startProxy(t: Teardown, env: Record<string, string> = {}, script = join(DIST, 'bin', 'proxy.js')): Promise<TestProxy> {
  const child = await startChild(t, script, {
    PROXY_HTTP_PORT: '0',
    PROXY_DATABASE_TYPE: 'memory',
    SPAWN_PROXY_LOGGER_LEVEL: 'debug',
    ...env,
  });
  return { ...child, url: `http://127.0.0.1:${child.port}` };
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export async function post(url: string, body: Uint8Array, headers: Record<string, string> = {}): Promise<HttpResult> {
  const res = await request(url, {
    method: 'POST',
    body: Buffer.from(body),
    headers: { 'content-type': 'application/octet-stream', ...headers },
  });
  return { status: res.statusCode, headers: res.headers, body: Buffer.from(await res.body.arrayBuffer()) };
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  const res = await request(url, { headers });
  return { status: res.statusCode, headers: res.headers, body: Buffer.from(await res.body.arrayBuffer()) };
}

/** Actor definition shortcuts for registration. */
export function actor(
  name: string,
  opts: {
    kind?: number;
    stateful?: boolean;
    actions?: string[];
    timers?: Array<{ action: string; ms: number }>;
    deactivateMs?: number;
    snapshotMs?: number;
    state?: unknown;
    parent?: string;
    minPool?: number;
    maxPool?: number;
    channels?: Array<{ topic: string; action?: string }>;
  } = {},
): IActor {
  return {
    id: { name, system: '', parent: opts.parent ?? '' },
    settings: {
      kind: opts.kind ?? 1,
      stateful: opts.stateful ?? true,
      snapshotStrategy: { timeout: { timeout: opts.snapshotMs ?? 1000 } },
      deactivationStrategy: { timeout: { timeout: opts.deactivateMs ?? 60_000 } },
      minPoolSize: opts.minPool ?? 0,
      maxPoolSize: opts.maxPool ?? 0,
    },
    actions: (opts.actions ?? ['add']).map((a) => ({ name: a })),
    timerActions: (opts.timers ?? []).map((tm) => ({ seconds: tm.ms, action: { name: tm.action } })),
    state: opts.state === undefined ? { tags: {} } : { tags: {}, state: opts.state as IAny },
    metadata: { channelGroup: (opts.channels ?? []).map((c) => ({ topic: c.topic, action: c.action ?? '' })), tags: {} },
  };
}

export async function register(proxy: TestProxy, system: string, actors: IActor[]): Promise<RegistrationResponse> {
  const registry: Record<string, IActor> = {};
  for (const a of actors) registry[a.id!.name!] = { ...a, id: { ...a.id, system } };
  const res = await post(
    `${proxy.url}/api/v1/system`,
    protocol.RegistrationRequest.encode({
      serviceInfo: { serviceName: 'test', protocolMajorVersion: 1, protocolMinorVersion: 1 },
      actorSystem: { name: system, registry: { actors: registry } },
    }).finish(),
  );
  const decoded = protocol.RegistrationResponse.decode(res.body);
  if (res.status !== 200) throw new Error(`registration failed: HTTP ${res.status} ${decoded.status?.message}`);
  return decoded;
}

export interface Invoke {
  system: string;
  actor: string;
  action: string;
  value?: IAny;
  async?: boolean;
  pooled?: boolean;
  registerRef?: string;
  metadata?: Record<string, string>;
  scheduledTo?: number;
  caller?: { name: string; system: string };
}

export function invocationRequest(i: Invoke): IInvocationRequest {
  return {
    system: { name: i.system },
    actor: { id: { name: i.actor, system: i.system } },
    actionName: i.action,
    ...(i.value ? { value: i.value } : { noop: {} }),
    async: i.async ?? false,
    pooled: i.pooled ?? false,
    registerRef: i.registerRef ?? '',
    metadata: i.metadata ?? {},
    scheduledTo: i.scheduledTo ?? 0,
    caller: i.caller ?? null,
  };
}

export interface InvokeResult {
  status: number;
  response: InvocationResponse;
}

export async function invoke(proxy: TestProxy, i: Invoke): Promise<InvokeResult> {
  const res = await post(
    `${proxy.url}/api/v1/system/${encodeURIComponent(i.system)}/actors/${encodeURIComponent(i.actor)}/invoke`,
    protocol.InvocationRequest.encode(invocationRequest(i)).finish(),
  );
  return { status: res.status, response: protocol.InvocationResponse.decode(res.body) };
}

export async function spawnActors(proxy: TestProxy, system: string, ids: Array<{ name: string; parent: string }>, query = ''): Promise<InvokeResultLike> {
  const res = await post(
    `${proxy.url}/api/v1/system/${system}/actors/spawn${query}`,
    protocol.SpawnRequest.encode({ actors: ids.map((id) => ({ ...id, system })) }).finish(),
  );
  return {
    status: res.status,
    message: protocol.SpawnResponse.decode(res.body).status?.message ?? '',
    ok: (protocol.SpawnResponse.decode(res.body).status?.status as number | undefined) === 1,
  };
}

export interface InvokeResultLike {
  status: number;
  ok: boolean;
  message: string;
}

/** Polls `check` until it returns a value (not undefined) or `ms` pass. */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 5000, every = 25): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export type { IInvocationResponse };

/** A port that was free a moment ago (for servers that must be told their port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
