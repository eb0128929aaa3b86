// Activator tests' support: the real bin/activator as a child process, RabbitMQ and NATS on
// this machine (unique queue/stream names per test, deleted in teardown), private broker
// instances a test may stop and start, and reading what actors saw.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as amqpConnect, type Channel, type ChannelModel, type GetMessage } from 'amqplib';
import { connect as natsConnect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { request } from 'undici';
import { DIST, eventually, freePort, get, startChild, type HostCall, type TestHost, type TestProxy } from '../support/harness';

export const AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';
export const NATS_URL = 'nats://127.0.0.1:4222';

interface Teardown {
  teardown(fn: () => unknown): void;
}

/** A name no other test (or run) uses: letters, digits and '-'. */
export function unique(prefix: string): string {
  return `${prefix}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

export { freePort };

export interface ActivatorProcess {
  port: number;
  proc: ChildProcess;
  logs(): string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
  /** GET /metrics, parsed: series text (`name{labels}`) -> value. */
  metrics(): Promise<Map<string, number>>;
  /** The sum of the series of `name` whose labels include every pair of `labels`. */
  metric(name: string, labels?: Record<string, string>): Promise<number>;
  ready(): Promise<boolean>;
}

/** Runs dist/bin/activator.js with `env` (and `args`) until the test ends; resolves once it listens. */
export async function startActivator(t: Teardown, env: Record<string, string>, args: string[] = []): Promise<ActivatorProcess> {
  const child = await startChild(t, join(DIST, 'bin', 'activator.js'), { SPAWN_ACTIVATOR_HTTP_PORT: '0', SPAWN_ACTIVATOR_LOGGER_LEVEL: 'debug', ...env }, args);
  const base = `http://127.0.0.1:${child.port}`;
  const metrics = async (): Promise<Map<string, number>> => {
    const text = await (await request(`${base}/metrics`)).body.text();
    const out = new Map<string, number>();
    for (const l of text.split('\n')) {
      if (l === '' || l.startsWith('#')) continue;
      const i = l.lastIndexOf(' ');
      out.set(l.slice(0, i), Number(l.slice(i + 1)));
    }
    return out;
  };
  return {
    ...child,
    metrics,
    metric: async (name, labels = {}) => {
      let sum = 0;
      for (const [series, v] of await metrics()) {
        if (series !== name && !series.startsWith(`${name}{`)) continue;
        if (Object.entries(labels).every(([k, val]) => series.includes(`${k}="${val}"`))) sum += v;
      }
      return sum;
    },
    ready: async () => (await request(`${base}/health/readiness`).then(async (r) => (await r.body.dump(), r.statusCode))) === 200,
  };
}

/** Writes `text` to a file in a temporary directory removed at teardown. */
export function tempFile(t: Teardown, name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'spawn-activator-test-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

export function tempDir(t: Teardown): string {
  const dir = mkdtempSync(join(tmpdir(), 'spawn-activator-test-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The state (JSON) of an actor, as the proxy holds it. */
export async function stateOf<T = Record<string, unknown>>(proxy: TestProxy, system: string, actor: string): Promise<T | undefined> {
  const r = await get(`${proxy.url}/api/v1/system/${encodeURIComponent(system)}/actors/${encodeURIComponent(actor)}`, { accept: 'application/json' });
  if (r.status !== 200) return undefined;
  return (JSON.parse(r.body.toString()) as { state: { json?: T } | null }).state?.json;
}

export interface SeenReport {
  /** Ids recorded by the actors at least once. */
  distinct: number;
  /** Recordings beyond the first, summed over ids. */
  duplicates: number;
  missing: string[];
  /** Ids recorded by an actor other than the expected one. */
  misplaced: string[];
}

/**
 * What the `record` action kept: for each actor (`expected` maps message id -> actor), the
 * ids in its state, counted.
 */
export async function seenByActors(proxy: TestProxy, system: string, expected: Map<string, string>): Promise<SeenReport> {
  const byActor = new Map<string, Record<string, number>>();
  for (const a of new Set(expected.values())) byActor.set(a, (await stateOf<{ seen?: Record<string, number> }>(proxy, system, a))?.seen ?? {});
  let distinct = 0;
  let duplicates = 0;
  const missing: string[] = [];
  const misplaced: string[] = [];
  for (const [id, actor] of expected) {
    const n = byActor.get(actor)?.[id] ?? 0;
    if (n === 0) {
      if ([...byActor.values()].some((seen) => (seen[id] ?? 0) > 0)) misplaced.push(id);
      else missing.push(id);
      continue;
    }
    distinct++;
    duplicates += n - 1;
  }
  return { distinct, duplicates, missing, misplaced };
}

/**
 * Waits until the host has seen each of `n` message ids (of `action`), the activator holds
 * nothing in flight and `drained` says the source has nothing left: the end of a run, however
 * many duplicates it took (the acknowledgement count alone would count redeliveries too).
 */
export async function allProcessed(
  host: TestHost,
  act: ActivatorProcess,
  n: number,
  drained: () => Promise<boolean>,
  ms: number,
  action = 'record',
): Promise<void> {
  await eventually(
    async () => {
      if ((await callsById(host, action)).size < n) return undefined;
      if ((await act.metric('spawn_activator_messages_in_flight')) !== 0) return undefined;
      return (await drained()) ? true : undefined;
    },
    ms,
    100,
  );
}

/** Calls the host received for `action`, by payload id. */
export async function callsById(host: TestHost, action: string): Promise<Map<string, HostCall[]>> {
  const out = new Map<string, HostCall[]>();
  for (const c of await host.calls()) {
    if (c.action !== action) continue;
    const id = String((c.payload as { id?: string | number } | null)?.id ?? '');
    out.set(id, [...(out.get(id) ?? []), c]);
  }
  return out;
}

// --- RabbitMQ -------------------------------------------------------------------------------

export interface Amqp {
  conn: ChannelModel;
  ch: Channel;
  /** Queues and exchanges deleted at teardown. */
  queues: string[];
  exchanges: string[];
}

export async function amqp(t: Teardown, url = AMQP_URL): Promise<Amqp> {
  const conn = await amqpConnect(url);
  conn.on('error', () => undefined);
  const ch = await conn.createChannel();
  ch.on('error', () => undefined);
  const a: Amqp = { conn, ch, queues: [], exchanges: [] };
  t.teardown(async () => {
    try {
      const clean = await conn.createChannel();
      clean.on('error', () => undefined);
      for (const q of a.queues) await clean.deleteQueue(q).catch(() => undefined);
      for (const e of a.exchanges) await clean.deleteExchange(e).catch(() => undefined);
    } catch {
      // The broker may be gone (a private one, stopped): nothing to clean there.
    }
    await conn.close().catch(() => undefined);
  });
  return a;
}

/** Publishes persistent JSON messages and waits for the broker to have them (a confirm channel). */
export async function publishAll(
  conn: ChannelModel,
  queue: string,
  messages: Array<{ body: unknown; headers?: Record<string, unknown>; exchange?: string; routingKey?: string; messageId?: string }>,
): Promise<void> {
  const ch = await conn.createConfirmChannel();
  for (const m of messages) {
    ch.publish(m.exchange ?? '', m.routingKey ?? queue, Buffer.from(typeof m.body === 'string' ? m.body : JSON.stringify(m.body)), {
      persistent: true,
      contentType: 'application/json',
      timestamp: Math.floor(Date.now() / 1000),
      ...(m.headers ? { headers: m.headers } : {}),
      ...(m.messageId ? { messageId: m.messageId } : {}),
    });
  }
  await ch.waitForConfirms();
  await ch.close();
}

/** Ready messages in a queue (not those delivered and unacknowledged). */
export async function depth(a: Amqp, queue: string): Promise<number> {
  return (await a.ch.checkQueue(queue)).messageCount;
}

/** Every message of a queue, taken (and acknowledged). */
export async function takeAll(a: Amqp, queue: string): Promise<GetMessage[]> {
  const out: GetMessage[] = [];
  for (;;) {
    const m = await a.ch.get(queue, { noAck: true });
    if (m === false) return out;
    out.push(m);
  }
}

// --- NATS -----------------------------------------------------------------------------------

export async function nats(t: Teardown, servers = NATS_URL): Promise<{ nc: NatsConnection; jsm: JetStreamManager; streams: string[] }> {
  const nc = await natsConnect({ servers });
  const jsm = await jetstreamManager(nc);
  const n = { nc, jsm, streams: [] as string[] };
  t.teardown(async () => {
    for (const s of n.streams) await jsm.streams.delete(s).catch(() => undefined);
    await nc.close().catch(() => undefined);
  });
  return n;
}

// --- Private brokers, and a stable address in front of a restarted proxy --------------------

export interface Relay {
  port: number;
  url: string;
  /** Where new connections go from now on. */
  target(port: number): void;
}

/**
 * A TCP relay to 127.0.0.1:`port`, as a Kubernetes Service is in front of a proxy pod: a
 * proxy killed with -9 leaves its port in TIME_WAIT, so its successor listens elsewhere and
 * the relay points there. A connection whose target refuses is closed at once.
 */
export async function relay(t: Teardown, port: number): Promise<Relay> {
  let to = port;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(to, '127.0.0.1');
    sockets.add(client).add(upstream);
    const close = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const p = (server.address() as net.AddressInfo).port;
  return { port: p, url: `http://127.0.0.1:${p}`, target: (n) => (to = n) };
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export interface PrivateBroker {
  port: number;
  url: string;
  /** Stops it (SIGTERM) and resolves once its port is closed. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory; resolves once it accepts connections. */
  start(): Promise<void>;
}

async function waitPort(port: number, open: boolean, ms: number, what: string): Promise<void> {
  await eventually(async () => ((await portOpen(port)) === open ? true : undefined), ms, 100).catch(() => {
    throw new Error(`${what}: port ${port} did not ${open ? 'open' : 'close'} within ${ms} ms`);
  });
}

/** A private broker process of its own (command and env), restartable on the same port and data. */
function privateBroker(
  t: Teardown,
  what: string,
  port: number,
  url: string,
  command: () => { cmd: string; args: string[]; env: Record<string, string> },
  startMs: number,
): PrivateBroker {
  let proc: ChildProcess | undefined;
  let log = '';
  const start = async (): Promise<void> => {
    const c = command();
    const child = spawn(c.cmd, c.args, { env: { ...process.env, ...c.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: false });
    proc = child;
    child.stdout.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
    child.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
    await waitPort(port, true, startMs, `${what} (log: ${log.slice(-2000)})`);
  };
  const stop = async (): Promise<void> => {
    const p = proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await exited;
    await waitPort(port, false, 30_000, what);
  };
  t.teardown(async () => {
    const p = proc;
    if (p && p.exitCode === null && p.signalCode === null) {
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      const timer = setTimeout(() => p.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
  });
  return { port, url, stop, start };
}

/** A nats-server of this test (JetStream, store in a temporary directory). */
export async function privateNats(t: Teardown): Promise<PrivateBroker> {
  const port = await freePort();
  const dir = tempDir(t);
  const b = privateBroker(
    t,
    'private nats-server',
    port,
    `nats://127.0.0.1:${port}`,
    () => ({ cmd: 'nats-server', args: ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir], env: {} }),
    30_000,
  );
  await b.start();
  return b;
}

/**
 * A RabbitMQ node of this test: its own node name, AMQP and distribution ports, and data
 * directory (so stopping it disturbs no other test). Starting a node takes seconds to tens of
 * seconds on a loaded machine; the deadline is generous.
 */
export async function privateRabbit(t: Teardown): Promise<PrivateBroker> {
  const port = await freePort();
  const dist = await freePort();
  const dir = tempDir(t);
  const node = `spawnact${process.pid}${randomBytes(2).toString('hex')}@localhost`;
  const b = privateBroker(
    t,
    `private rabbitmq-server ${node}`,
    port,
    `amqp://guest:guest@127.0.0.1:${port}`,
    () => ({
      cmd: '/usr/lib/rabbitmq/bin/rabbitmq-server',
      args: [],
      env: {
        RABBITMQ_NODENAME: node,
        RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
        RABBITMQ_NODE_PORT: String(port),
        RABBITMQ_DIST_PORT: String(dist),
        RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
        RABBITMQ_LOG_BASE: join(dir, 'log'),
        RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
        RABBITMQ_PID_FILE: join(dir, 'pid'),
        RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq'),
        RABBITMQ_ADVANCED_CONFIG_FILE: join(dir, 'advanced.config'),
        HOME: process.env.HOME ?? '/root',
      },
    }),
    180_000,
  );
  await b.start();
  return b;
}

export { eventually };
