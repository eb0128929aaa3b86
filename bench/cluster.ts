// npm run bench:cluster: what the cluster costs, one run, on a private nats-server (with its
// monitoring port, for message counts) and one PostgreSQL database:
//
//   forwarding   invoke entering at a member that does not own the actor ÷ invoke entering
//                at its owner (two members, each with its own host; owners computed with the
//                cluster's own rendezvous hashing from GET /api/v1/cluster), alternating
//                slices, median ratio
//   cold         cold activations per second (distinct stateful actors, each request
//                activates one) on a two-member cluster ÷ on a single proxy, same store
//   membership   messages per second through NATS of an idle three-member cluster
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { rendezvous, type MemberInfo } from '../src/control/cluster';
import {
  DIST,
  ROOT,
  SYS,
  actors,
  invokeBody,
  invokePath,
  killAll,
  load,
  median,
  proxyWith,
  register,
  spreadOver,
  start,
  stop,
  type Child,
  type Target,
} from './harness';
import { PG, createPgDatabase, dropPgDatabase, uniqueName } from './micro/db';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SLICE = Number(process.env.BENCH_SLICE ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const ACTORS = 256;
const COLD = Number(process.env.BENCH_COLD_ACTORS ?? 5000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function untilOpen(port: number): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const open = await new Promise<boolean>((r) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), r(true)));
      s.once('error', () => r(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function json<T>(url: string): Promise<T> {
  const res = await request(url);
  return (await res.body.json()) as T;
}

async function clusterView(member: Child): Promise<MemberInfo[]> {
  return (await json<{ members: MemberInfo[] }>(`http://127.0.0.1:${member.port}/api/v1/cluster`)).members;
}

async function untilMembers(member: Child, n: number): Promise<MemberInfo[]> {
  const until = Date.now() + 20_000;
  for (;;) {
    const view = await clusterView(member);
    if (view.length === n && view.every((m) => (m.systems[SYS]?.length ?? 0) > 0)) return view;
    if (Date.now() > until) throw new Error(`member on ${member.port} did not see ${n} members`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function targetFor(port: number, names: string[], serving: Child[]): Target {
  return { port, requests: names.map((n) => ({ path: invokePath(n), body: invokeBody(n, 'echo') })), serving };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-bench-nats-'));
  const natsPort = await freePort();
  const monitorPort = await freePort();
  const nats: ChildProcess = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(natsPort), '-m', String(monitorPort), '-js', '-sd', dir], {
    stdio: 'ignore',
  });
  const db = uniqueName('spawn_bench_cluster');
  await createPgDatabase(db);
  const results: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length };
  try {
    await untilOpen(natsPort);
    const store = {
      PROXY_DATABASE_TYPE: 'postgres',
      PROXY_DATABASE_NAME: db,
      PROXY_DATABASE_USERNAME: PG.user,
      PROXY_DATABASE_SECRET: PG.password,
      PROXY_DATABASE_HOST: PG.host,
      PROXY_DATABASE_PORT: String(PG.port),
      SPAWN_STATESTORE_KEY: randomBytes(32).toString('base64'),
    };
    const clustered = (name: string): Record<string, string> => ({
      ...store,
      PROXY_CLUSTER_STRATEGY: 'nats',
      SPAWN_INTERNAL_NATS_HOSTS: `nats://127.0.0.1:${natsPort}`,
      PROXY_CLUSTER_PREFIX: `bench${process.pid}`,
      PROXY_CLUSTER_MEMBER_NAME: name,
    });
    const bench = join(DIST, 'bench', 'servers', 'bench-host.js');

    // --- forwarding ---------------------------------------------------------------------
    const hosts = [await start(bench), await start(bench)];
    const members = [await proxyWith(clustered('m0'), hosts[0]!.port), await proxyWith(clustered('m1'), hosts[1]!.port)];
    for (const m of members) await register(m.port, [...actors(ACTORS, 'a', false), ...actors(COLD, 'cold', true)]);
    const view = await untilMembers(members[0]!, 2);
    const self = view.find((m) => m.id.startsWith('m0-'))!;
    const names = Array.from({ length: ACTORS }, (_, i) => `a${i}`);
    const local = names.filter((n) => rendezvous(`${SYS}\u0000${n}`, view)?.id === self.id);
    const remote = names.filter((n) => !local.includes(n));
    const serving = [...members, ...hosts];
    const atOwner = targetFor(members[0]!.port, local, serving);
    const elsewhere = targetFor(members[0]!.port, remote, serving);
    // Activations (on their owners) and JIT first.
    for (const t of [atOwner, elsewhere]) await load(t, { amount: 20_000, connections: CONNECTIONS });
    const rounds: Array<{ owner: number; forwarded: number; ratio: number }> = [];
    for (let i = 0; i < ROUNDS; i++) {
      const a = await load(atOwner, { seconds: SLICE, connections: CONNECTIONS });
      const b = await load(elsewhere, { seconds: SLICE, connections: CONNECTIONS });
      rounds.push({ owner: a.rps, forwarded: b.rps, ratio: b.rps / a.rps });
    }
    const forwarding = {
      ownerRps: median(rounds.map((r) => r.owner)),
      forwardedRps: median(rounds.map((r) => r.forwarded)),
      ratio: median(rounds.map((r) => r.ratio)),
      actorsAtOwner: local.length,
      actorsElsewhere: remote.length,
      rounds,
    };
    process.stderr.write(
      `  invoke entering at a non-owner: ${forwarding.forwardedRps} req/s; at the owner: ${forwarding.ownerRps} req/s (${forwarding.ratio.toFixed(2)}x; goal >= 0.5x)\n`,
    );
    results.forwarding = forwarding;

    // --- cold activations: two members, then one proxy on the same store --------------------
    const coldCluster = await load(
      { ...spreadOver(members[0]!.port, COLD, 'cold', 'echo'), serving },
      { amount: COLD, connections: CONNECTIONS, distinct: true },
    );
    for (const m of members) await stop(m);
    const single = await proxyWith(store, hosts[0]!.port);
    await register(single.port, actors(COLD, 'solo', true));
    const coldSingle = await load(
      { ...spreadOver(single.port, COLD, 'solo', 'echo'), serving: [single, hosts[0]!] },
      { amount: COLD, connections: CONNECTIONS, distinct: true },
    );
    await stop(single);
    const cold = { clusterRps: coldCluster.rps, singleRps: coldSingle.rps, ratio: coldCluster.rps / coldSingle.rps, actors: COLD };
    process.stderr.write(`  cold activations: ${cold.clusterRps}/s on two members, ${cold.singleRps}/s on one proxy (${cold.ratio.toFixed(2)}x)\n`);
    results.cold = cold;

    // --- membership traffic of an idle three-member cluster -----------------------------------
    const idleHosts = [await start(bench), await start(bench), await start(bench)];
    const idle: Child[] = [];
    for (let i = 0; i < 3; i++) idle.push(await proxyWith(clustered(`idle${i}`), idleHosts[i]!.port));
    for (const m of idle) await register(m.port, actors(ACTORS, 'a', false));
    for (const m of idle) await untilMembers(m, 3);
    await new Promise((r) => setTimeout(r, 2000));
    const varz = async (): Promise<{ in_msgs: number; out_msgs: number }> => json(`http://127.0.0.1:${monitorPort}/varz`);
    const before = await varz();
    const seconds = 10;
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const after = await varz();
    const membership = {
      members: 3,
      inMsgsPerSecond: (after.in_msgs - before.in_msgs) / seconds,
      outMsgsPerSecond: (after.out_msgs - before.out_msgs) / seconds,
      leaseMs: 10_000,
    };
    process.stderr.write(
      `  idle three-member cluster: ${membership.inMsgsPerSecond.toFixed(1)} messages/s into NATS, ${membership.outMsgsPerSecond.toFixed(1)} out (default 10 s lease)\n`,
    );
    results.membership = membership;
    for (const m of idle) await stop(m);
    for (const h of [...hosts, ...idleHosts]) await stop(h);
  } finally {
    killAll();
    nats.kill('SIGTERM');
    await dropPgDatabase(db).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'cluster.json'), JSON.stringify(results, null, 2) + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench:cluster failed: ${(err as Error).stack}\n`);
  killAll();
  process.exit(1);
});
