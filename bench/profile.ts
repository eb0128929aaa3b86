// npm run profile: a CPU profile of the proxy under the invoke load (HTTP host, 256 actors),
// written to bench/results/ for Chrome DevTools (Performance > Load profile) or speedscope,
// and a summary: self time per function and per component.
//   PROFILE_SCENARIO=get_state npm run profile    the default action, answered by the proxy
//   PROFILE_SCENARIO=channel npm run profile      invoke through a host-channel host
//   PROFILE_TOOL=clinic-doctor npm run profile    Clinic.js Doctor (event-loop delay, CPU, memory,
//   PROFILE_TOOL=clinic-flame npm run profile     handles; its diagnosis) or Flame (a flame graph)
//                                                 instead of the V8 profile: an HTML report in
//                                                 bench/results/clinic/
// Clinic is not a dependency (694 packages, 154 MB for a tool run by hand): it runs through
// `npx clinic@13.0.0`, fetched into npm's cache on first use (install scripts off: the one it
// has, es5-ext's postinstall, only prints a message); NO_INSIGHT=1 keeps it offline after.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, actors, killAll, load, proxyWith, register, spreadOver, start, stop, type Child } from './harness';

const CLINIC = 'clinic@13.0.0';
/** Process group of the clinic run, killed if the profile fails. */
let clinicGroup: number | undefined;
const TOOLS = ['cpu-prof', 'clinic-doctor', 'clinic-flame'] as const;
type Tool = (typeof TOOLS)[number];

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Which part of the process a profile node belongs to. */
function component(url: string, fn: string): string {
  if (!url) return fn; // (idle), (garbage collector), (program), native frames such as writev
  if (url.includes('/node_modules/')) return url.split('/node_modules/')[1]!.split('/')[0]!;
  if (url.includes('/dist/src/')) return `ours: ${url.split('/dist/src/')[1]!.split('/').slice(0, 2).join('/').replace(/\.js$/, '')}`;
  if (url.startsWith('node:')) return 'node internals (streams, events, timers)';
  if (url.startsWith('wasm')) return 'wasm (undici llhttp)';
  return url;
}

/**
 * The proxy under `npx clinic <doctor|flame>`: clinic starts it and passes its stdout through
 * (the listening line); SIGINT makes the proxy drain and exit, then clinic writes its report.
 */
function clinicProxy(kind: 'doctor' | 'flame', dest: string, env: Record<string, string>): Promise<Child & { report: Promise<string> }> {
  const args = ['--yes', '--ignore-scripts', CLINIC, kind, '--open=false', '--dest', dest, '--', process.execPath, join(DIST, 'bin', 'proxy.js')];
  const proc: ChildProcess = spawn('npx', args, {
    env: { ...process.env, NO_INSIGHT: '1', PROXY_HTTP_PORT: '0', SPAWN_PROXY_LOGGER_LEVEL: 'error', PROXY_DATABASE_TYPE: 'memory', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group (npx, clinic, the proxy): signalled as one, as Ctrl-C would.
    detached: true,
  });
  clinicGroup = proc.pid;
  let out = '';
  const report = new Promise<string>((resolve, reject) => {
    proc.once('exit', (code) => {
      const m = /Generated HTML file is (\S+)/.exec(out);
      if (m) resolve(m[1]!);
      else reject(new Error(`clinic ${kind} exited with ${code} without a report:\n${out.slice(-2000)}`));
    });
  });
  report.catch(() => undefined);
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer): void => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('"listening"'));
      if (line) resolve({ port: (JSON.parse(line) as { port: number }).port, proc, report });
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`clinic ${kind} exited with ${code} before the proxy listened:\n${out.slice(-2000)}`)));
  });
}

async function main(): Promise<void> {
  const scenario = process.env.PROFILE_SCENARIO ?? 'invoke';
  if (!['invoke', 'get_state', 'channel'].includes(scenario)) throw new Error(`PROFILE_SCENARIO must be invoke, get_state or channel (got '${scenario}')`);
  const tool = (process.env.PROFILE_TOOL ?? 'cpu-prof') as Tool;
  if (!TOOLS.includes(tool)) throw new Error(`PROFILE_TOOL must be ${TOOLS.join(', ')} (got '${tool}')`);
  const seconds = Number(process.env.BENCH_DURATION ?? 10);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const name = `proxy-${scenario}.cpuprofile`;
  const profiled = ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name];
  const clinic = tool === 'cpu-prof' ? undefined : tool === 'clinic-doctor' ? 'doctor' : 'flame';
  const startProxy = (env: Record<string, string>, hostPort: number): Promise<Child & { report?: Promise<string> }> =>
    clinic ? clinicProxy(clinic, join(dir, 'clinic'), { ...env, USER_FUNCTION_PORT: String(hostPort) }) : proxyWith(env, hostPort, profiled);
  let proxy;
  let host;
  if (scenario === 'channel') {
    proxy = await startProxy({ USER_FUNCTION_PORT: '1' }, 1);
    host = await start(join(DIST, 'bench', 'servers', 'channel-host.js'), { PROXY_URL: `http://127.0.0.1:${proxy.port}` });
  } else {
    host = await start(join(DIST, 'bench', 'servers', 'bench-host.js'));
    proxy = await startProxy({}, host.port);
    await register(proxy.port, actors(256, 'a', false));
  }
  const r = await load(spreadOver(proxy.port, 256, 'a', scenario === 'get_state' ? 'get_state' : 'echo'), { seconds, connections: 50 });
  if (proxy.report) {
    process.kill(-proxy.proc.pid!, 'SIGINT');
    const report = await proxy.report;
    clinicGroup = undefined;
    await stop(host);
    process.stdout.write(`${scenario} under clinic ${clinic}: ${Math.round(r.rps)} req/s\nreport: ${report}\n`);
    return;
  }
  await stop(proxy);
  await stop(host);

  const file = join(dir, name);
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byNode = new Map<number, number>();
  p.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byComponent = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    const t = byNode.get(n.id) ?? 0;
    total += t;
    const { functionName, url, lineNumber } = n.callFrame;
    const fn = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|dist)\//, '')}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
    const c = component(url, functionName);
    byComponent.set(c, (byComponent.get(c) ?? 0) + t);
  }
  const top = (m: Map<string, number>, n: number): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(6)}%  ${k}`)
      .join('\n');
  process.stdout.write(
    `${scenario} under profile: ${Math.round(r.rps)} req/s\nprofile: ${file} (open in Chrome DevTools > Performance, or speedscope)\n\n` +
      `self time by component:\n${top(byComponent, 15)}\n\ntop self time by function:\n${top(byFunction, 20)}\n`,
  );
}

main()
  .catch((err) => {
    process.stderr.write(`profile failed: ${(err as Error).stack}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    killAll();
    try {
      if (clinicGroup) process.kill(-clinicGroup, 'SIGKILL');
    } catch {
      // already gone
    }
  });
