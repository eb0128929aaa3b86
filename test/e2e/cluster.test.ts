// Three proxies form one actor system on a NATS server this test starts (so it can stop it),
// each with its own host, all on one PostgreSQL store. Calls enter at random members. The
// checker: no two hosts ever run turns of one actor at overlapping times, and every
// acknowledged checkpointed update is in the store.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { Status } from '../../src/hotpath/codec';
import { postgres } from '../storage/backends';
import { freePort, actor, eventually, get, invoke, register, startHost, startProxy, type HostCall, type TestHost, type TestProxy } from '../support/harness';
import { fromJsonAny } from '../support/protocol';

const SYS = 'cluster-sys';
const KEY = Buffer.alloc(32, 5).toString('base64');
// 5 s, not less: a member of a loaded CI machine must not lose its lease by a stall alone.
const LEASE_MS = 5000;

/** A private nats-server with JetStream. */
async function startNats(t: Test): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-nats-'));
  const port = await freePort();
  const proc: ChildProcess = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir], { stdio: 'ignore' });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  t.teardown(async () => {
    proc.kill('SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });
  const until = Date.now() + 10_000;
  for (;;) {
    const open = await new Promise<boolean>((r) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), r(true)));
      s.once('error', () => r(false));
    });
    if (open) break;
    if (Date.now() > until) throw new Error('nats-server did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

interface Member {
  host: TestHost;
  proxy: TestProxy;
}

const NAMES = Array.from({ length: 200 }, (_, i) => `c${i}`);
const ACTORS = NAMES.map((n) => actor(n, { snapshotMs: 200, actions: ['add', 'checkpoint'] }));

async function startMember(t: Test, env: Record<string, string>): Promise<Member> {
  const host = await startHost(t);
  const proxy = await startProxy(t, { ...env, USER_FUNCTION_PORT: String(host.port), SPAWN_PROXY_LOGGER_LEVEL: 'info' });
  await register(proxy, SYS, ACTORS);
  return { host, proxy };
}

interface LoadStats {
  acked: Map<string, number[]>;
  failures: Map<string, number>;
  /** Per call that failed at least once: ms from its first failure to its success. */
  unavailableMs: number[];
  unanswered: number;
}

/** Clients call checkpoint on random actors at random live members until stop() (retrying retryable errors). */
function load(
  members: () => Member[],
  clients: number,
  phase: { name: string; failures: Map<string, number>; samples: string[] },
): { stop(): Promise<LoadStats> } {
  const stats: LoadStats = { acked: new Map(NAMES.map((n) => [n, []])), failures: new Map(), unavailableMs: [], unanswered: 0 };
  let running = true;
  const client = async (): Promise<void> => {
    while (running) {
      const name = NAMES[Math.floor(Math.random() * NAMES.length)]!;
      let firstFailure = 0;
      for (let attempt = 0; running && attempt < 200; attempt++) {
        const live = members();
        const m = live[Math.floor(Math.random() * live.length)]!;
        // A call counts in the phase it started in (a call caught by the kill -9 fails at its deadline, later).
        const startedIn = phase.name;
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
        stats.failures.set(code, (stats.failures.get(code) ?? 0) + 1);
        if (startedIn === 'graceful leave') {
          phase.failures.set(code, (phase.failures.get(code) ?? 0) + 1);
          if (phase.samples.length < 5) phase.samples.push(r instanceof Error ? r.message : (r.response.status?.message ?? ''));
        }
        firstFailure ||= Date.now();
        await new Promise((res) => setTimeout(res, 50));
      }
    }
  };
  const all = Array.from({ length: clients }, () => client());
  return {
    stop: async () => {
      running = false;
      await Promise.all(all);
      return stats;
    },
  };
}

/** Turns of one actor on different hosts that overlap in time. */
function overlaps(hosts: Array<{ id: string; calls: HostCall[] }>): string[] {
  const byActor = new Map<string, Array<{ host: string; start: number; end: number }>>();
  for (const h of hosts) {
    for (const c of h.calls) {
      if (c.system !== SYS) continue;
      let list = byActor.get(c.actor);
      if (!list) byActor.set(c.actor, (list = []));
      list.push({ host: h.id, start: c.start, end: c.end ?? Infinity });
    }
  }
  const out: string[] = [];
  for (const [name, list] of byActor) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      if (cur.host !== prev.host && cur.start < prev.end)
        out.push(`${name}: ${prev.host} [${prev.start.toFixed(1)}, ${prev.end.toFixed(1)}] and ${cur.host} from ${cur.start.toFixed(1)}`);
    }
  }
  return out;
}

async function readBack(t: Test, db: Record<string, string>): Promise<Map<string, number>> {
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

function report(t: Test, stats: LoadStats, back: Map<string, number>, overlapList: string[]): void {
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
  t.comment(
    `acknowledged ${acked}; failed attempts by code ${JSON.stringify(Object.fromEntries(stats.failures))}; unavailable p50 ${pct(50)} ms, p99 ${pct(99)} ms (${sorted.length} calls waited)`,
  );
  t.ok(acked > 0, 'calls were acknowledged');
  t.same(overlapList.slice(0, 5), [], 'no two members ran turns of one actor at the same time');
  t.equal(missing, 0, 'acknowledged checkpointed updates missing from the store');
}

t.test('cluster of three: steady load, then a member killed with -9', async (t) => {
  const nats = await startNats(t);
  const db = { ...(await postgres('js').create(t)), SPAWN_STATESTORE_KEY: KEY };
  const env = {
    ...db,
    PROXY_CLUSTER_STRATEGY: 'nats',
    SPAWN_INTERNAL_NATS_HOSTS: nats.url,
    PROXY_CLUSTER_PREFIX: `t${process.pid}`,
    PROXY_CLUSTER_LEASE_MS: String(LEASE_MS),
  };
  const members: Member[] = [];
  for (let i = 0; i < 3; i++) members.push(await startMember(t, env));
  for (const m of members) {
    const seen = await eventually(async () => {
      const c = JSON.parse((await get(`${m.proxy.url}/api/v1/cluster`)).body.toString()) as { members: Array<{ systems: Record<string, string[]> }> };
      return c.members.length === 3 && c.members.every((x) => x.systems[SYS]?.length === NAMES.length) ? c : undefined;
    }, 10_000);
    t.equal(seen.members.length, 3, 'a member sees all three members and what their hosts registered');
  }

  let live = [...members];
  const phase = { name: 'steady', failures: new Map<string, number>(), samples: [] as string[] };
  const running = load(() => live, 6, phase);
  await new Promise((r) => setTimeout(r, 2500));
  // (b) kill -9 one member: its actors are served elsewhere once its lease has expired.
  const victim = members[2]!;
  live = members.slice(0, 2);
  await victim.proxy.stop('SIGKILL');
  await new Promise((r) => setTimeout(r, LEASE_MS + 3000));
  // (d, one member) a graceful leave under load: its actors move to the last member.
  phase.name = 'graceful leave';
  live = members.slice(0, 1);
  const leaveCode = await members[1]!.proxy.stop('SIGTERM');
  t.equal(leaveCode, 0, 'the leaving member drains and exits 0');
  if (leaveCode !== 0) t.comment(`the leaving member's log:\n${members[1]!.proxy.logs().split('\n').slice(-40).join('\n')}`);
  await new Promise((r) => setTimeout(r, 1500));
  const stats = await running.stop();
  t.same(Object.fromEntries(phase.failures), {}, `no call started during the graceful leave failed ${phase.samples.join(' | ')}`);

  const hosts = await Promise.all(members.map(async (m, i) => ({ id: `member${i}`, calls: await m.host.calls() })));
  report(t, stats, await readBack(t, db), overlaps(hosts));
  const served = await Promise.all(members.map(async (m) => (await m.host.calls()).length));
  t.ok(
    served.every((n) => n > 0),
    `every member ran turns (${served.join(', ')})`,
  );
  for (const m of live) await m.proxy.stop();
});
