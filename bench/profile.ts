// npm run profile: a CPU profile of the proxy under the invoke load (HTTP host, 256 actors),
// written to bench/results/ for Chrome DevTools (Performance > Load profile) or speedscope,
// and a summary: self time per function and per component.
//   PROFILE_SCENARIO=get_state npm run profile    the default action, answered by the proxy
//   PROFILE_SCENARIO=channel npm run profile      invoke through a host-channel host
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, actors, killAll, load, proxyWith, register, spreadOver, start, stop } from './harness';

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

async function main(): Promise<void> {
  const scenario = process.env.PROFILE_SCENARIO ?? 'invoke';
  if (!['invoke', 'get_state', 'channel'].includes(scenario)) throw new Error(`PROFILE_SCENARIO must be invoke, get_state or channel (got '${scenario}')`);
  const seconds = Number(process.env.BENCH_DURATION ?? 10);
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const name = `proxy-${scenario}.cpuprofile`;
  const profiled = ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name];
  let proxy;
  let host;
  if (scenario === 'channel') {
    proxy = await proxyWith({ USER_FUNCTION_PORT: '1' }, 1, profiled);
    host = await start(join(DIST, 'bench', 'servers', 'channel-host.js'), { PROXY_URL: `http://127.0.0.1:${proxy.port}` });
  } else {
    host = await start(join(DIST, 'bench', 'servers', 'bench-host.js'));
    proxy = await proxyWith({}, host.port, profiled);
    await register(proxy.port, actors(256, 'a', false));
  }
  const r = await load(spreadOver(proxy.port, 256, 'a', scenario === 'get_state' ? 'get_state' : 'echo'), { seconds, connections: 50 });
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
  .finally(killAll);
