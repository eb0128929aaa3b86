// What the bench's scenarios are made of: child processes that print their port, closed-loop
// loads (autocannon, bench/load.ts) and open-loop paced loads (bench/paced.ts), each in a
// process of its own, and the Spawn requests they send.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { protocol, type IActor } from '../src/hotpath/codec';
import type { LoadResult, LoadSpec } from './load';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const SYS = 'bench';
export const PAYLOAD = { type_url: 'type.googleapis.com/bench.Payload', value: randomBytes(200) };

/** A closed-loop load's result (autocannon: latencies in whole ms). */
export interface Load extends LoadResult {
  /** CPU time of the serving processes per request (µs; 10 ms tick resolution over the whole load). */
  cpuMicrosPerRequest?: number;
}

/** An open-loop load's result (bench/paced.ts: latencies in ms with µs resolution). */
export interface PacedLoad extends Load {
  rate: number;
  p90: number;
  p999: number;
  max: number;
  maxQueue: number;
}

export interface Target {
  port: number;
  requests: Array<{ path: string; body: Uint8Array }>;
  /** The processes that serve it, whose CPU time a row reports per request. */
  serving?: Child[];
}

export interface Child {
  port: number;
  proc: ChildProcess;
}

const children: ChildProcess[] = [];

/**
 * CPU pinning for throughput (BENCH_PIN, default on with 2 or more cores): load generators on
 * CPU 0, the processes under test on the others, so the scheduler cannot hand a row the load
 * generator's core one time and take it away the next, and a ratio compares what the servers
 * themselves cost. Latency rows lift it (unpin()): two processes that hand every request to
 * each other on one CPU wait for each other's time slices, which adds tens of milliseconds
 * at low load that no deployment would see.
 */
const PIN = (process.env.BENCH_PIN ?? '1') !== '0' && os.cpus().length >= 2;
const LOADER_CPUS = '0';
const SERVER_CPUS = `1-${os.cpus().length - 1}`;
export const pinning = PIN ? { loader: LOADER_CPUS, servers: SERVER_CPUS } : undefined;

let pinActive = PIN;

function pinned(cpus: string, argv: string[]): [string, string[]] {
  return pinActive ? ['taskset', ['-c', cpus, ...argv]] : [argv[0]!, argv.slice(1)];
}

function setAffinity(proc: ChildProcess, cpus: string): void {
  if (proc.exitCode === null && proc.pid) execFileSync('taskset', ['-a', '-p', '-c', cpus, String(proc.pid)], { stdio: 'ignore' });
}

/** Lets every process started so far (and from now on) run on any CPU. */
export function unpin(): void {
  if (!pinActive) return;
  pinActive = false;
  for (const c of children) setAffinity(c, `0-${os.cpus().length - 1}`);
}

/** Pins again what unpin() freed: the load generator to its CPU, everything else to the servers'. */
export function repin(): void {
  if (!PIN || pinActive) return;
  pinActive = true;
  for (const c of children) setAffinity(c, c === loader ? LOADER_CPUS : SERVER_CPUS);
}

/** Starts `node [args] script` and resolves with the port it prints as {"event":"listening","port":N}. */
export function start(script: string, env: Record<string, string> = {}, args: string[] = []): Promise<Child> {
  const [cmd, argv] = pinned(SERVER_CPUS, [process.execPath, ...args, script]);
  const proc = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line) resolve({ port: (JSON.parse(line) as { port: number }).port, proc });
    });
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

export async function stop(p: Child): Promise<void> {
  if (p.proc.exitCode !== null) return;
  const exited = new Promise((r) => p.proc.once('exit', r));
  p.proc.kill('SIGTERM');
  await exited;
}

export function killAll(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  loader = undefined;
}

let loader: ChildProcess | undefined;
let nextLoad = 1;
const loads = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void }>();

/** The long-lived autocannon process (bench/load.ts), pinned to the load generator's core. */
function loaderProcess(): ChildProcess {
  if (loader && loader.exitCode === null) return loader;
  const [cmd, argv] = pinned(LOADER_CPUS, [process.execPath, join(DIST, 'bench', 'load.js')]);
  const proc = spawn(cmd, argv, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  children.push(proc);
  proc.on('message', (msg: { id: number; result?: LoadResult; error?: string }) => {
    const p = loads.get(msg.id);
    loads.delete(msg.id);
    if (msg.result) p?.resolve(msg.result);
    else p?.reject(new Error(`load failed: ${msg.error}`));
  });
  proc.once('exit', (code) => {
    for (const p of loads.values()) p.reject(new Error(`the load generator exited with ${code}`));
    loads.clear();
  });
  loader = proc;
  return proc;
}

function warnIfFailed(r: Load): void {
  if (r.non2xx || r.errors) process.stderr.write(`  warning: ${r.non2xx} non-2xx, ${r.errors} errors\n`);
}

/**
 * Closed loop (autocannon): `connections` clients, each sending its next request when the last
 * is answered. With target.serving, also the CPU time those processes spent per request.
 */
export async function load(target: Target, opts: { seconds?: number; amount?: number; connections: number; distinct?: boolean }): Promise<Load> {
  const { seconds, ...rest } = opts;
  const spec: LoadSpec = { url: `http://127.0.0.1:${target.port}`, duration: seconds ?? 5, ...rest, requests: target.requests };
  const before = target.serving && cpuMicros(target.serving);
  const id = nextLoad++;
  const r: Load = await new Promise<LoadResult>((resolve, reject) => {
    loads.set(id, { resolve, reject });
    loaderProcess().send({ id, spec });
  });
  const after = target.serving && cpuMicros(target.serving);
  if (before !== undefined && after !== undefined && r.total > 0) r.cpuMicrosPerRequest = (after - before) / r.total;
  warnIfFailed(r);
  return r;
}

/** Open loop at `rate` requests per second (bench/paced.ts, a process per run). */
export function paced(target: Target, opts: { rate: number; seconds: number; connections: number }): PacedLoad {
  const file = join(os.tmpdir(), `spawn-bench-paced-${process.pid}.json`);
  const spec = {
    url: `http://127.0.0.1:${target.port}`,
    rate: Math.round(opts.rate),
    duration: opts.seconds,
    connections: opts.connections,
    requests: target.requests.map((r) => ({ path: r.path, body: Buffer.from(r.body).toString('base64') })),
  };
  writeFileSync(file, JSON.stringify(spec));
  try {
    const [cmd, argv] = pinned(LOADER_CPUS, [process.execPath, join(DIST, 'bench', 'paced.js'), file]);
    const r = JSON.parse(
      execFileSync(cmd, argv, { maxBuffer: 1 << 20 })
        .toString()
        .trim()
        .split('\n')
        .pop()!,
    ) as PacedLoad;
    warnIfFailed(r);
    return r;
  } finally {
    rmSync(file, { force: true });
  }
}

export function invokeBody(actor: string, action: string, extra: Record<string, unknown> = {}): Uint8Array {
  return protocol.InvocationRequest.encode({
    system: { name: SYS },
    actor: { id: { name: actor, system: SYS } },
    actionName: action,
    value: PAYLOAD,
    ...extra,
  }).finish();
}

export const invokePath = (actor: string): string => `/api/v1/system/${SYS}/actors/${actor}/invoke`;

/** One request per actor `<prefix><i>` for action, with extra InvocationRequest fields. */
export function spreadOver(port: number, n: number, prefix: string, action: string, extra: Record<string, unknown> = {}): Target {
  return {
    port,
    requests: Array.from({ length: n }, (_, i) => ({ path: invokePath(`${prefix}${i}`), body: invokeBody(`${prefix}${i}`, action, extra) })),
  };
}

export async function register(port: number, actors: IActor[]): Promise<void> {
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

/** n NAMED actors `<prefix><i>` with actions echo and bump. */
export function actors(n: number, prefix: string, stateful: boolean, snapshotMs = 1000): IActor[] {
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

/** The proxy, state in memory unless env says otherwise, calling the HTTP host at hostPort. */
export function proxyWith(env: Record<string, string>, hostPort: number, nodeArgs: string[] = []): Promise<Child> {
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

/** CPU time (user + system) the processes have used, in µs; undefined where /proc is not there. */
function cpuMicros(procs: Child[]): number | undefined {
  let total = 0;
  for (const p of procs) {
    try {
      // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (USER_HZ = 100 on Linux).
      const fields = readFileSync(`/proc/${p.proc.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10_000;
    } catch {
      return undefined;
    }
  }
  return total;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
