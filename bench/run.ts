// npm run bench: load tests against real processes, each row a ratio to a physical
// reference measured in the same run (absolute numbers drift on shared machines).
//
//   references  uWS echo; two hops (uWS -> undici Pool -> node:http echo)
//   proxy       invoke through an HTTP host (256 actors, and one hot actor), get_state
//               answered by the proxy, async invoke, invoke with snapshots to SQLite and
//               PostgreSQL, cold activation of distinct actors, p99 at half of peak load,
//               memory per activated idle actor
//
// --profile: a CPU profile of the proxy under the invoke scenario (npm run profile).
// --gate: the short CI mode. Runs the references and the gated rows, compares each ratio
// with bench/floors.json and exits 1 when one falls below its floor.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { nativeStatus } from '../src/hotpath';
import { protocol, type IActor } from '../src/hotpath/codec';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const GATE = process.argv.includes('--gate');
const PROFILE = process.argv.includes('--profile');
const DURATION = Number(process.env.BENCH_DURATION ?? (GATE ? 4 : 10));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ACTORS = 256;
const SYS = 'bench';
const PAYLOAD = { type_url: 'type.googleapis.com/bench.Payload', value: randomBytes(200) };

interface Load {
  rps: number;
  total: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}
interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  reference: string;
  ratio: number;
  note?: string;
}

const children: ChildProcess[] = [];
function start(script: string, env: Record<string, string> = {}, args: string[] = []): Promise<{ port: number; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [...args, script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line) resolve({ port: (JSON.parse(line) as { port: number }).port, proc });
    });
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}
async function stop(p: { proc: ChildProcess }): Promise<void> {
  if (p.proc.exitCode !== null) return;
  const exited = new Promise((r) => p.proc.once('exit', r));
  p.proc.kill('SIGTERM');
  await exited;
}

function load(
  port: number,
  requests: Array<{ path: string; body: Uint8Array }>,
  opts: { amount?: number; connections?: number; distinct?: boolean } = {},
): Load {
  const spec = {
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION,
    ...opts,
    requests: requests.map((r) => ({ path: r.path, body: Buffer.from(r.body).toString('base64') })),
  };
  const file = join(os.tmpdir(), `spawn-bench-load-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(spec));
  const out = execFileSync(process.execPath, [join(DIST, 'bench', 'load.js'), file], { maxBuffer: 1 << 20 }).toString();
  rmSync(file, { force: true });
  const result = JSON.parse(out.trim().split('\n').pop()!) as Load;
  if (result.non2xx || result.errors) process.stderr.write(`  warning: ${result.non2xx} non-2xx, ${result.errors} errors\n`);
  return result;
}

function invokeBody(actor: string, action: string, extra: Record<string, unknown> = {}): Uint8Array {
  return protocol.InvocationRequest.encode({
    system: { name: SYS },
    actor: { id: { name: actor, system: SYS } },
    actionName: action,
    value: PAYLOAD,
    ...extra,
  }).finish();
}
const invokePath = (actor: string): string => `/api/v1/system/${SYS}/actors/${actor}/invoke`;

async function register(port: number, actors: IActor[]): Promise<void> {
  const registry: Record<string, IActor> = {};
  for (const a of actors) registry[a.id!.name!] = a;
  const res = await request(`http://127.0.0.1:${port}/api/v1/system`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: Buffer.from(protocol.RegistrationRequest.encode({ actorSystem: { name: SYS, registry: { actors: registry } } }).finish()),
  });
  await res.body.dump();
  if (res.statusCode !== 200) throw new Error(`registration failed: HTTP ${res.statusCode}`);
}

function actors(n: number, prefix: string, stateful: boolean, snapshotMs = 1000): IActor[] {
  return Array.from({ length: n }, (_, i) => ({
    id: { name: `${prefix}${i}`, system: SYS },
    settings: {
      kind: 1,
      stateful,
      snapshotStrategy: { timeout: { timeout: snapshotMs } },
      deactivationStrategy: { timeout: { timeout: 600_000 } },
    },
    actions: [{ name: 'echo' }, { name: 'bump' }],
  }));
}

const rows: Row[] = [];
function row(name: string, r: Load, reference: string, ref: Load, note?: string): void {
  rows.push({ name, rps: Math.round(r.rps), p50: r.p50, p99: r.p99, reference, ratio: r.rps / ref.rps, ...(note ? { note } : {}) });
  process.stderr.write(`  ${name}: ${Math.round(r.rps)} req/s (${(r.rps / ref.rps).toFixed(2)}x ${reference})\n`);
}

async function proxyWith(env: Record<string, string>, hostPort: number, nodeArgs: string[] = []): Promise<{ port: number; proc: ChildProcess }> {
  return start(
    join(DIST, 'bin', 'proxy.js'),
    {
      PROXY_HTTP_PORT: '0',
      USER_FUNCTION_PORT: String(hostPort),
      SPAWN_PROXY_LOGGER_LEVEL: 'error',
      PROXY_DATABASE_TYPE: 'memory',
      ...env,
    },
    nodeArgs,
  );
}

/** npm run profile: a CPU profile of the proxy under the invoke scenario, and its top functions. */
async function profile(): Promise<void> {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const host = await start(join(DIST, 'bench', 'servers', 'bench-host.js'));
  const proxy = await proxyWith({}, host.port, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', 'proxy-invoke.cpuprofile']);
  await register(proxy.port, actors(ACTORS, 'a', false));
  const spread = Array.from({ length: ACTORS }, (_, i) => ({ path: invokePath(`a${i}`), body: invokeBody(`a${i}`, 'echo') }));
  const r = load(proxy.port, spread);
  await stop(proxy);
  await stop(host);
  const file = join(dir, 'proxy-invoke.cpuprofile');
  const p = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    samples: number[];
    timeDeltas: number[];
  };
  const byNode = new Map<number, number>();
  p.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    const t = byNode.get(n.id) ?? 0;
    total += t;
    const k = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|dist)\//, '')}:${n.callFrame.lineNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + t);
  }
  process.stdout.write(`invoke under profile: ${Math.round(r.rps)} req/s\nprofile: ${file} (open in Chrome DevTools > Performance, or speedscope)\n\ntop self time:\n`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) process.stdout.write(`${((100 * v) / total).toFixed(1).padStart(6)}%  ${k}\n`);
}

async function main(): Promise<void> {
  const conditions = {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    connections: CONNECTIONS,
    pipelining: 1,
    payloadBytes: PAYLOAD.value.length,
    durationSeconds: DURATION,
    actors: ACTORS,
    note: 'load generator, proxy, host and references share the same cores',
  };
  process.stderr.write(`bench: ${JSON.stringify(conditions)}\n`);
  const echoBody = randomBytes(200);

  // References.
  const uws = await start(join(DIST, 'bench', 'servers', 'uws-echo.js'));
  const uwsRef = load(uws.port, [{ path: '/', body: echoBody }]);
  rows.push({ name: 'reference: uWS echo', rps: Math.round(uwsRef.rps), p50: uwsRef.p50, p99: uwsRef.p99, reference: '-', ratio: 1 });
  await stop(uws);
  const echo = await start(join(DIST, 'bench', 'servers', 'node-echo.js'));
  const twoHop = await start(join(DIST, 'bench', 'servers', 'two-hop.js'), { UPSTREAM_PORT: String(echo.port) });
  const twoHopRef = load(twoHop.port, [{ path: '/', body: echoBody }]);
  rows.push({ name: 'reference: two hops (uWS -> undici -> node:http)', rps: Math.round(twoHopRef.rps), p50: twoHopRef.p50, p99: twoHopRef.p99, reference: '-', ratio: 1 });
  await stop(twoHop);
  await stop(echo);

  // The proxy with an HTTP host, state in memory.
  const host = await start(join(DIST, 'bench', 'servers', 'bench-host.js'));
  const proxy = await proxyWith({}, host.port);
  await register(proxy.port, actors(ACTORS, 'a', false));
  const spread = Array.from({ length: ACTORS }, (_, i) => ({ path: invokePath(`a${i}`), body: invokeBody(`a${i}`, 'echo') }));
  load(proxy.port, spread, { amount: 20_000 }); // warm-up: activations, JIT
  const invoke = load(proxy.port, spread);
  row('invoke, HTTP host, 256 actors', invoke, 'two hops', twoHopRef);
  const getState = load(proxy.port, Array.from({ length: ACTORS }, (_, i) => ({ path: invokePath(`a${i}`), body: invokeBody(`a${i}`, 'get_state') })));
  row('get_state (answered by the proxy)', getState, 'uWS echo', uwsRef);
  if (!GATE) {
    const hot = load(proxy.port, [{ path: invokePath('a0'), body: invokeBody('a0', 'echo') }]);
    row('invoke, one hot actor', hot, 'two hops', twoHopRef, 'one actor takes one turn at a time: bounded by one host round trip');
    const asyncLoad = load(proxy.port, Array.from({ length: ACTORS }, (_, i) => ({ path: invokePath(`a${i}`), body: invokeBody(`a${i}`, 'echo', { async: true }) })));
    row('async invoke, 256 actors', asyncLoad, 'two hops', twoHopRef);
    await new Promise((r) => setTimeout(r, 1000)); // let queued async turns finish
    // Fewer connections offer less load (closed loop): report where that lands against peak.
    const moderate = load(proxy.port, spread, { connections: 6 });
    row('invoke at moderate load, 6 connections (p99 matters)', moderate, 'two hops', twoHopRef, `${Math.round((100 * moderate.rps) / invoke.rps)}% of peak`);
    const cold = actors(20_000, 'cold', true);
    await register(proxy.port, cold);
    const coldLoad = load(proxy.port, cold.map((a) => ({ path: invokePath(a.id!.name!), body: invokeBody(a.id!.name!, 'echo') })), { amount: 20_000, distinct: true });
    row('cold activation, 20k distinct stateful actors', coldLoad, 'two hops', twoHopRef, 'each request activates a new actor');
  }
  await stop(proxy);

  if (!GATE) {
    // Actors holding a 1 KiB state, sent to the host on every call: kept in the native state
    // table (off the V8 heap) and in its JavaScript twin (SPAWN_NATIVE=0).
    const kib = { type_url: PAYLOAD.type_url, value: randomBytes(1024) };
    for (const [table, env] of [['native', {}], ['JS', { SPAWN_NATIVE: '0' }]] as const) {
      const p = await proxyWith(env, host.port);
      await register(p.port, actors(ACTORS, 'k', false));
      const bump = Array.from({ length: ACTORS }, (_, i) => ({ path: invokePath(`k${i}`), body: invokeBody(`k${i}`, 'bump', { value: kib }) }));
      const echo = Array.from({ length: ACTORS }, (_, i) => ({ path: invokePath(`k${i}`), body: invokeBody(`k${i}`, 'echo') }));
      load(p.port, bump, { amount: 20_000 });
      row(`invoke, 1 KiB state unchanged, ${table} state table`, load(p.port, echo), 'two hops', twoHopRef);
      row(`invoke, 1 KiB state changed every call, ${table} state table`, load(p.port, bump), 'two hops', twoHopRef);
      await stop(p);
    }
  }

  // The same invoke load with the host on the host channel (one WebSocket) instead of HTTP.
  const channelProxy = await proxyWith({ USER_FUNCTION_PORT: '1' }, 1);
  const channelHost = await start(join(DIST, 'bench', 'servers', 'channel-host.js'), { PROXY_URL: `http://127.0.0.1:${channelProxy.port}` });
  load(channelProxy.port, spread, { amount: 20_000 });
  row('invoke, host channel, 256 actors', load(channelProxy.port, spread), 'two hops', twoHopRef);
  await stop(channelProxy);
  await stop(channelHost);

  if (!GATE) {
    // Snapshots to SQLite: every invocation changes the state (bump); snapshots every 100 ms.
    const dir = mkdtempSync(join(os.tmpdir(), 'spawn-bench-'));
    const sqlite = await proxyWith({ PROXY_DATABASE_TYPE: 'sqlite', PROXY_DATA_DIR: dir }, host.port);
    await register(sqlite.port, actors(ACTORS, 's', true, 100));
    const bump = Array.from({ length: ACTORS }, (_, i) => ({ path: invokePath(`s${i}`), body: invokeBody(`s${i}`, 'bump') }));
    load(sqlite.port, bump, { amount: 5000 });
    row('invoke with snapshots to SQLite (100 ms)', load(sqlite.port, bump), 'two hops', twoHopRef);
    await stop(sqlite);
    rmSync(dir, { recursive: true, force: true });

    // Snapshots to PostgreSQL, in a database of its own.
    const db = `spawn_bench_${process.pid}`;
    try {
      execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-c', `CREATE DATABASE ${db}`], { stdio: 'ignore' });
      const pg = await proxyWith(
        {
          PROXY_DATABASE_TYPE: 'postgres',
          PROXY_DATABASE_NAME: db,
          PROXY_DATABASE_USERNAME: 'postgres',
          PROXY_DATABASE_SECRET: '',
          SPAWN_STATESTORE_KEY: randomBytes(32).toString('base64'),
        },
        host.port,
      );
      await register(pg.port, actors(ACTORS, 'p', true, 100));
      const bumpPg = Array.from({ length: ACTORS }, (_, i) => ({ path: invokePath(`p${i}`), body: invokeBody(`p${i}`, 'bump') }));
      load(pg.port, bumpPg, { amount: 5000 });
      row('invoke with snapshots to PostgreSQL (100 ms)', load(pg.port, bumpPg), 'two hops', twoHopRef);
      await stop(pg);
    } catch (err) {
      process.stderr.write(`  PostgreSQL row skipped: ${(err as Error).message}\n`);
    } finally {
      try {
        execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-c', `DROP DATABASE IF EXISTS ${db}`], { stdio: 'ignore' });
      } catch {
        // PostgreSQL is not running: nothing to drop.
      }
    }
  }
  const fanouts: Array<Record<string, number | string>> = [];
  if (!GATE) {
    for (const adapter of ['native', 'nats'] as const) {
      try {
        fanouts.push(await fanout(adapter, host.port));
      } catch (err) {
        process.stderr.write(`  fan-out (${adapter}) skipped: ${(err as Error).message}\n`);
      }
    }
  }
  await stop(host);

  const memory: Array<Record<string, number>> = [];
  if (!GATE) {
    // Idle actors without state at each size; then 256 B states in the native state table
    // (off the V8 heap) and in its JavaScript twin (SPAWN_NATIVE=0), at the largest size.
    const sizes = (process.env.BENCH_MEMORY_ACTORS ?? '100000,1000000').split(',').map(Number);
    const runs: Array<[number, number, string]> = sizes.map((n) => [n, 0, '1']);
    runs.push([Math.max(...sizes), 256, '1'], [Math.max(...sizes), 256, '0']);
    for (const [n, stateBytes, nativeFlag] of runs) {
      const out = execFileSync(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=8192', join(DIST, 'bench', 'memory.js'), String(n), String(stateBytes)],
        { maxBuffer: 1 << 20, env: { ...process.env, SPAWN_NATIVE: nativeFlag } },
      ).toString();
      const m = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
      memory.push({ ...m, nativeTable: nativeFlag === '1' && nativeStatus().loaded ? 1 : 0 });
    }
  }

  // The state store's own rows: snapshot writes per second per adapter (batched), and
  // whether a piscina pool frees the main thread when sealing a batch (bench/micro/).
  const storage: Record<string, string> = {};
  if (!GATE) {
    for (const [name, args] of [
      ['snapshot writes per adapter (2000 actors, batches of 100, 256 B states)', ['snapshot-writes.js', '2000', '100', '256']],
      ['sealing a snapshot batch: piscina pool vs inline', ['snapshot-pool.js']],
      ['native routines against their JavaScript twins', ['native.js', '1000000']],
    ] as const) {
      try {
        storage[name] = execFileSync(process.execPath, ['--expose-gc', join(DIST, 'bench', 'micro', args[0]), ...args.slice(1)], { maxBuffer: 1 << 22 }).toString().trim();
      } catch (err) {
        storage[name] = `failed: ${(err as Error).message.split('\n')[0]}`;
      }
    }
  }

  print(conditions, memory, storage, fanouts);
  const results = { at: new Date().toISOString(), gate: GATE, conditions, rows, memory, storage, fanouts };
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', GATE ? 'gate.json' : 'latest.json'), JSON.stringify(results, null, 2) + '\n');

  if (GATE) {
    const floors = JSON.parse(readFileSync(join(ROOT, 'bench', 'floors.json'), 'utf8')) as Record<string, number>;
    let failed = false;
    for (const [name, floor] of Object.entries(floors)) {
      const r = rows.find((x) => x.name === name);
      if (!r) {
        process.stdout.write(`gate: no row named '${name}'\n`);
        failed = true;
        continue;
      }
      const ok = r.ratio >= floor;
      failed ||= !ok;
      process.stdout.write(`gate: ${ok ? 'ok  ' : 'FAIL'} ${name}: ${r.ratio.toFixed(3)} (floor ${floor})\n`);
    }
    process.exitCode = failed ? 1 : 0;
  }
}

/**
 * Broadcast fan-out: one publisher broadcasts to SUBSCRIBERS actors per message; counts
 * the deliveries the host receives. Reports subscribers x messages per second.
 */
async function fanout(adapter: 'native' | 'nats', hostPort: number): Promise<Record<string, number | string>> {
  const SUBSCRIBERS = 100;
  const MESSAGES = Number(process.env.BENCH_FANOUT_MESSAGES ?? 1000);
  const env: Record<string, string> = adapter === 'nats' ? { SPAWN_PUBSUB_ADAPTER: 'nats', SPAWN_PUBSUB_NATS_PREFIX: `spawnbench${process.pid}` } : {};
  const proxy = await proxyWith(env, hostPort);
  const subs: IActor[] = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    id: { name: `sub${i}`, system: SYS },
    settings: { kind: 1, stateful: false, deactivationStrategy: { timeout: { timeout: 600_000 } } },
    actions: [{ name: 'echo' }],
    metadata: { channelGroup: [{ topic: 'fan', action: 'echo' }] },
  }));
  await register(proxy.port, [...subs, { id: { name: 'pub', system: SYS }, settings: { kind: 1, stateful: false }, actions: [{ name: 'publish' }] }]);
  const count = async (): Promise<number> => Number(await (await request(`http://127.0.0.1:${hostPort}/_count`)).body.text());
  const before = await count();
  const t0 = Date.now();
  load(proxy.port, [{ path: invokePath('pub'), body: invokeBody('pub', 'publish') }], { amount: MESSAGES, connections: 8 });
  const want = before + MESSAGES * (SUBSCRIBERS + 1);
  while ((await count()) < want) {
    if (Date.now() - t0 > 120_000) throw new Error('deliveries did not complete within 120 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (Date.now() - t0) / 1000;
  await stop(proxy);
  const perSecond = Math.round((MESSAGES * SUBSCRIBERS) / seconds);
  process.stderr.write(`  broadcast fan-out (${adapter}): ${SUBSCRIBERS} subscribers x ${MESSAGES} messages in ${seconds.toFixed(2)} s = ${perSecond} deliveries/s\n`);
  return { adapter, subscribers: SUBSCRIBERS, messages: MESSAGES, seconds, deliveriesPerSecond: perSecond };
}

function print(
  conditions: Record<string, unknown>,
  memory: Array<Record<string, number>>,
  storage: Record<string, string>,
  fanouts: Array<Record<string, number | string>>,
): void {
  const out: string[] = [];
  out.push(`Node ${conditions.node}, ${conditions.cpus} cores (${conditions.cpuModel}), autocannon ${CONNECTIONS} connections, pipelining 1, ${PAYLOAD.value.length} B payload, ${DURATION} s per row; all processes share the cores.`);
  out.push('');
  out.push('| scenario | req/s | p50 ms | p99 ms | ratio | reference |');
  out.push('|---|---:|---:|---:|---:|---|');
  for (const r of rows) {
    out.push(`| ${r.name}${r.note ? ` (${r.note})` : ''} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.reference === '-' ? '-' : r.ratio.toFixed(2)} | ${r.reference} |`);
  }
  if (memory.length) {
    out.push('');
    out.push('| activated idle actors | state | heap per actor (B) | RSS per actor (B) | heap total (MiB) | full GC (ms) | longest GC pause, state churn (ms) | µs per churn invocation |');
    out.push('|---:|---|---:|---:|---:|---:|---:|---:|');
    for (const m of memory) {
      const state = m.stateBytes ? `${m.stateBytes} B, ${m.nativeTable ? 'native table' : 'JS table'}` : 'none';
      out.push(
        `| ${m.actors} | ${state} | ${Math.round(m.heapPerActor!)} | ${Math.round(m.rssPerActor!)} | ${m.heapMiB!.toFixed(0)} | ${m.fullGcMs!.toFixed(0)} | ${m.churnMaxGcPauseMs!.toFixed(1)} | ${m.churnUsPerInvoke!.toFixed(1)} |`,
      );
    }
  }
  if (fanouts.length) {
    out.push('');
    out.push('| broadcast transport | subscribers | messages | seconds | deliveries/s (subscribers x messages / s) |');
    out.push('|---|---:|---:|---:|---:|');
    for (const f of fanouts) out.push(`| ${f.adapter} | ${f.subscribers} | ${f.messages} | ${Number(f.seconds).toFixed(2)} | ${f.deliveriesPerSecond} |`);
  }
  for (const [name, text] of Object.entries(storage)) {
    out.push('');
    out.push(`${name}:`);
    out.push('```');
    out.push(text);
    out.push('```');
  }
  process.stdout.write(out.join('\n') + '\n');
}

(PROFILE ? profile() : main())
  .catch((err) => {
    process.stderr.write(`bench failed: ${(err as Error).stack}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  });
