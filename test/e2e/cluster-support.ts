// What the cluster scenarios share: a private nats-server the test can stop and start again,
// a TCP relay per member that the test can cut (a member cut off from NATS but not from the
// database), members (a proxy with its own host), a load of checkpointed calls entering at
// random live members, and the checker: no two hosts ran turns of one actor at overlapping
// times, and every acknowledged checkpointed update is in the store.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { Status } from '../../src/hotpath/codec';
import {
  actor,
  eventually,
  freePort,
  killedOnExit,
  get,
  invoke,
  register,
  startHost,
  startProxy,
  type HostCall,
  type TestHost,
  type TestProxy,
} from '../support/harness';
import { fromJsonAny } from '../support/protocol';

export const SYS = 'cluster-sys';
export const KEY = Buffer.alloc(32, 5).toString('base64');
export const NAMES = Array.from({ length: 200 }, (_, i) => `c${i}`);
const ACTORS = NAMES.map((n) => actor(n, { snapshotMs: 200, actions: ['add', 'checkpoint'] }));

async function portOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((r) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), r(true)));
    s.once('error', () => r(false));
  });
}

export interface Nats {
  url: string;
  port: number;
  /** Stops the server (SIGTERM); its JetStream data stays for start(). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
}

/** A private nats-server with JetStream, stopped in the test's teardown. */
export async function startNats(t: Test): Promise<Nats> {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-nats-'));
  const port = await freePort();
  let proc: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const start = async (): Promise<void> => {
    const p = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir], { stdio: 'ignore' });
    proc = p;
    killedOnExit(p);
    exited = new Promise<void>((r) => p.once('exit', () => r()));
    const until = Date.now() + 10_000;
    while (!(await portOpen(port))) {
      if (Date.now() > until) throw new Error('nats-server did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async (): Promise<void> => {
    proc?.kill('SIGTERM');
    await exited;
  };
  t.teardown(async () => {
    proc?.kill('SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });
  await start();
  return { url: `nats://127.0.0.1:${port}`, port, stop, start };
}

export interface Relay {
  url: string;
  /** Drops every connection through the relay and refuses new ones until restore(). */
  cut(): void;
  restore(): void;
}

/** A TCP relay to `port` on loopback: the member's only way to NATS. */
export async function startRelay(t: Test, port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let cut = false;
  const server = createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = connect(port, '127.0.0.1');
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
  const relayPort = await new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    server.close();
  });
  return {
    url: `nats://127.0.0.1:${relayPort}`,
    cut: () => {
      cut = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore: () => {
      cut = false;
    },
  };
}

export interface Member {
  name: string;
  host: TestHost;
  proxy: TestProxy;
}

/** A proxy of the cluster with its own host, its actors registered. */
export async function startMember(t: Test, name: string, env: Record<string, string>): Promise<Member> {
  const host = await startHost(t);
  const proxy = await startProxy(t, { ...env, USER_FUNCTION_PORT: String(host.port), SPAWN_PROXY_LOGGER_LEVEL: 'info', PROXY_CLUSTER_MEMBER_NAME: name });
  await register(proxy, SYS, ACTORS);
  return { name, host, proxy };
}

/** Resolves once `member` sees `count` members, each with every actor registered. */
export async function untilMembers(member: Member, count: number, ms = 15_000): Promise<number> {
  const seen = await eventually(async () => {
    const c = JSON.parse((await get(`${member.proxy.url}/api/v1/cluster`)).body.toString()) as { members?: Array<{ systems: Record<string, string[]> }> };
    return c.members?.length === count && c.members.every((x) => x.systems[SYS]?.length === NAMES.length) ? c : undefined;
  }, ms);
  return seen.members!.length;
}

export interface LoadStats {
  acked: Map<string, number[]>;
  /** Failed attempts by the phase the call started in, then by error code. */
  failures: Map<string, Map<string, number>>;
  /** A few failure messages per phase. */
  samples: Map<string, string[]>;
  /** Per call that failed at least once: ms from its first failure to its success. */
  unavailableMs: number[];
}

export interface Load {
  /** The phase calls started from now on count in. */
  phase: string;
  stop(): Promise<LoadStats>;
}

/** Clients call checkpoint on random actors at random live members until stop(), retrying failures. */
export function load(members: () => Member[], clients: number): Load {
  const stats: LoadStats = { acked: new Map(NAMES.map((n) => [n, []])), failures: new Map(), samples: new Map(), unavailableMs: [] };
  let running = true;
  const handle: Load = { phase: 'steady', stop: async () => stats };
  const client = async (): Promise<void> => {
    while (running) {
      const name = NAMES[Math.floor(Math.random() * NAMES.length)]!;
      let firstFailure = 0;
      for (let attempt = 0; running && attempt < 400; attempt++) {
        const live = members();
        const m = live[Math.floor(Math.random() * live.length)]!;
        // A call counts in the phase it started in (a call caught by a kill -9 fails at its deadline, later).
        const startedIn = handle.phase;
        const r = await invoke(m.proxy, { system: SYS, actor: name, action: 'checkpoint', metadata: { 'request-timeout': '8000' } }).catch((e: Error) => e);
        if (!(r instanceof Error) && r.response.status?.status === Status.OK) {
          stats.acked.get(name)!.push(fromJsonAny<{ count: number }>(r.response.value)!.count);
          if (firstFailure) stats.unavailableMs.push(Date.now() - firstFailure);
          break;
        }
        const code =
          r instanceof Error
            ? `client:${(r as NodeJS.ErrnoException).code ?? r.message}`
            : (/^(SPAWN_ERR_[A-Z_]+)/.exec(r.response.status?.message ?? '')?.[1] ?? `HTTP ${r.status}`);
        let byCode = stats.failures.get(startedIn);
        if (!byCode) stats.failures.set(startedIn, (byCode = new Map()));
        byCode.set(code, (byCode.get(code) ?? 0) + 1);
        let samples = stats.samples.get(startedIn);
        if (!samples) stats.samples.set(startedIn, (samples = []));
        if (samples.length < 3) samples.push(`${m.name}: ${r instanceof Error ? r.message : (r.response.status?.message ?? '')}`);
        firstFailure ||= Date.now();
        await new Promise((res) => setTimeout(res, 50));
      }
    }
  };
  const all = Array.from({ length: clients }, () => client());
  handle.stop = async () => {
    running = false;
    await Promise.all(all);
    return stats;
  };
  return handle;
}

interface Turn {
  host: string;
  start: number;
  end: number;
}

/** Turns of one actor on different hosts that overlap in time. */
export function overlaps(hosts: Array<{ id: string; calls: HostCall[] }>, late: (turn: Turn) => boolean = () => false): { overlaps: string[]; late: string[] } {
  const byActor = new Map<string, Turn[]>();
  for (const h of hosts) {
    for (const c of h.calls) {
      if (c.system !== SYS) continue;
      let list = byActor.get(c.actor);
      if (!list) byActor.set(c.actor, (list = []));
      list.push({ host: h.id, start: c.start, end: c.end ?? Infinity });
    }
  }
  const out = { overlaps: [] as string[], late: [] as string[] };
  for (const [name, list] of byActor) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      // Against every earlier turn still running, not only the one before.
      for (let j = i - 1; j >= 0; j--) {
        const prev = list[j]!;
        const cur = list[i]!;
        if (cur.host === prev.host || cur.start >= prev.end) continue;
        const text = `${name}: ${prev.host} [${prev.start.toFixed(1)}, ${prev.end.toFixed(1)}] and ${cur.host} from ${cur.start.toFixed(1)}`;
        (late(cur) || late(prev) ? out.late : out.overlaps).push(text);
      }
    }
  }
  return out;
}

/** Every actor's count as the store holds it, read by a fresh proxy outside the cluster. */
export async function readBack(t: Test, db: Record<string, string>): Promise<Map<string, number>> {
  const reader = await startProxy(t, { ...db, PROXY_DATABASE_TYPE: 'postgres' });
  await register(
    reader,
    SYS,
    ACTORS.map((a) => ({ ...a, settings: { ...a.settings, stateful: true } })),
  );
  const out = new Map<string, number>();
  for (const n of NAMES) {
    const r = await get(`${reader.url}/api/v1/system/${SYS}/actors/${n}`, { accept: 'application/json' });
    out.set(n, (JSON.parse(r.body.toString()) as { state?: { json?: { count?: number } } }).state?.json?.count ?? 0);
  }
  await reader.stop();
  return out;
}

/** Comments the figures; fails on an overlap or on an acknowledged update missing from the store (or acknowledged twice). */
export function report(t: Test, stats: LoadStats, back: Map<string, number>, found: { overlaps: string[]; late: string[] }): void {
  let acked = 0;
  let missing = 0;
  for (const [name, values] of stats.acked) {
    acked += values.length;
    const unique = new Set(values);
    missing += values.length - unique.size;
    for (const v of unique) if (v > (back.get(name) ?? 0)) missing++;
  }
  const sorted = [...stats.unavailableMs].sort((a, b) => a - b);
  const pct = (p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
  const byPhase = Object.fromEntries([...stats.failures].map(([phase, codes]) => [phase, Object.fromEntries(codes)]));
  t.comment(
    `acknowledged ${acked}; failed attempts by phase and code ${JSON.stringify(byPhase)}; unavailable p50 ${pct(50)} ms, p99 ${pct(99)} ms (${sorted.length} calls waited); late turns of a paused member ${found.late.length}`,
  );
  t.ok(acked > 0, 'calls were acknowledged');
  t.same(found.overlaps.slice(0, 5), [], 'no two members ran turns of one actor at the same time');
  t.equal(missing, 0, 'acknowledged checkpointed updates missing from the store (or acknowledged twice)');
}

/** The phase's failed attempts, for a test that requires none. */
export function failuresIn(stats: LoadStats, phase: string): { codes: Record<string, number>; samples: string } {
  return { codes: Object.fromEntries(stats.failures.get(phase) ?? []), samples: (stats.samples.get(phase) ?? []).join(' | ') };
}

export async function hostCalls(members: Member[]): Promise<Array<{ id: string; calls: HostCall[] }>> {
  return Promise.all(members.map(async (m) => ({ id: m.name, calls: await m.host.calls() })));
}
