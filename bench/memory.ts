// Memory per activated idle actor: activates N actors in one process (memory store, an
// in-process host that answers at once) and reports heap and RSS growth per actor, the time
// of a full GC with them all alive, and the longest GC pause while invocations replace states.
// With STATE_BYTES > 0 every reply carries a new state of that size (a view into a larger
// reply buffer, as a decoded host response is).
// Usage: node --expose-gc dist/bench/memory.js N [STATE_BYTES]
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { ProxyMetrics, createLogger, loadConfig } from '../src/control';
import { ActorRuntime, configureNative } from '../src/hotpath';
import { LocalBroadcastBus } from '../src/hotpath/workflow';
import type { HostClient } from '../src/hotpath/host';
import { MemoryStateStore } from '../src/storage';

const n = Number(process.argv[2] ?? 100_000);
const stateBytes = Number(process.argv[3] ?? 0);
const maybeGc = (globalThis as { gc?: () => void }).gc;
if (!maybeGc) throw new Error('run with --expose-gc');
const gc: () => void = maybeGc;

const host: HostClient = {
  description: 'in-process host',
  transport: 'http',
  invoke: async (inv) => {
    if (stateBytes === 0) return { response: { updatedContext: inv.currentContext } };
    const reply = Buffer.allocUnsafe(stateBytes + 64).fill(inv.actionName === 'echo' ? 1 : 2);
    return {
      response: {
        updatedContext: { ...inv.currentContext, state: { type_url: 'type.googleapis.com/bench.State', value: reply.subarray(32, 32 + stateBytes) } },
      },
    };
  },
  close: async () => {},
};

async function main(): Promise<void> {
  // SPAWN_NATIVE picks the state table (bench/run.ts runs this with 1 and 0).
  configureNative(loadConfig().nativeAddon);
  const runtime = new ActorRuntime({
    store: new MemoryStateStore(),
    host,
    logger: createLogger('error'),
    metrics: new ProxyMetrics(),
    hostTimeoutMs: 60_000,
    invokeTimeoutMs: 60_000,
    defaults: { deactivateMs: 3_600_000, snapshotMs: 3_600_000 },
    scheduler: { pollMs: 60_000, maxLateMs: 0 },
    bus: new LocalBroadcastBus(),
  });
  runtime.register({
    actorSystem: {
      name: 'mem',
      registry: {
        actors: { tmpl: { id: { name: 'tmpl', parent: 'tmpl' }, settings: { kind: 2, stateful: false }, actions: [{ name: 'echo' }, { name: 'churn' }] } },
      },
    },
  });
  const names = Array.from({ length: n }, (_, i) => `actor-${i}`);
  // Spawn first (registry entries are not activation cost), then measure activation alone.
  for (let i = 0; i < n; i += 1000)
    await runtime.spawn('mem', { actors: names.slice(i, i + 1000).map((name) => ({ name, system: 'mem', parent: 'tmpl' })) }, undefined);
  gc();
  await new Promise((r) => setTimeout(r, 50));
  gc();
  const before = process.memoryUsage();
  for (let i = 0; i < n; i += 500) {
    await Promise.all(
      names.slice(i, i + 500).map((name) => runtime.invoke({ system: { name: 'mem' }, actor: { id: { name } }, actionName: 'echo' }, 'mem', name)),
    );
  }
  gc();
  await new Promise((r) => setTimeout(r, 50));
  gc();
  const after = process.memoryUsage();
  let t0 = performance.now();
  for (let i = 0; i < 5; i++) gc();
  const fullGcMs = (performance.now() - t0) / 5;

  // Churn: invocations on random actors, each replacing the actor's state; the longest GC pause.
  let maxPause = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) maxPause = Math.max(maxPause, e.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  const churn = Math.min(200_000, 2 * n);
  t0 = performance.now();
  for (let i = 0; i < churn; i += 500) {
    await Promise.all(
      Array.from({ length: 500 }, (_, j) => names[((i + j) * 2654435761) % n]!).map((name) =>
        runtime.invoke({ system: { name: 'mem' }, actor: { id: { name } }, actionName: 'churn' }, 'mem', name),
      ),
    );
  }
  const churnUsPerInvoke = ((performance.now() - t0) * 1000) / churn;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  process.stdout.write(
    JSON.stringify({
      actors: n,
      active: runtime.activeCount,
      heapPerActor: (after.heapUsed - before.heapUsed) / n,
      rssPerActor: (after.rss - before.rss) / n,
      heapMiB: after.heapUsed / 2 ** 20,
      rssMiB: after.rss / 2 ** 20,
      stateBytes,
      fullGcMs,
      churnMaxGcPauseMs: maxPause,
      churnUsPerInvoke,
    }) + '\n',
  );
  process.exit(0);
}

void main();
