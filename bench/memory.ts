// Memory per activated idle actor: activates N actors in one process (memory store, an
// in-process host that answers at once) and reports heap and RSS growth per actor.
// Usage: node --expose-gc dist/bench/memory.js N
import { ProxyMetrics, createLogger, loadConfig } from '../src/control';
import { ActorRuntime } from '../src/hotpath';
import { LocalBroadcastBus } from '../src/hotpath/workflow';
import type { HostClient } from '../src/hotpath/host';
import { MemoryStateStore } from '../src/storage';

const n = Number(process.argv[2] ?? 100_000);
const maybeGc = (globalThis as { gc?: () => void }).gc;
if (!maybeGc) throw new Error('run with --expose-gc');
const gc: () => void = maybeGc;

const host: HostClient = {
  description: 'in-process host',
  invoke: async (inv) => ({ response: { updatedContext: inv.currentContext } }),
  close: async () => {},
};

async function main(): Promise<void> {
  const config = loadConfig({});
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
  void config;
  runtime.register({
    actorSystem: {
      name: 'mem',
      registry: { actors: { tmpl: { id: { name: 'tmpl', parent: 'tmpl' }, settings: { kind: 2, stateful: false }, actions: [{ name: 'echo' }] } } },
    },
  });
  const names = Array.from({ length: n }, (_, i) => `actor-${i}`);
  // Spawn first (registry entries are not activation cost), then measure activation alone.
  for (let i = 0; i < n; i += 1000) runtime.spawn('mem', { actors: names.slice(i, i + 1000).map((name) => ({ name, system: 'mem', parent: 'tmpl' })) }, undefined);
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
  process.stdout.write(
    JSON.stringify({
      actors: n,
      active: runtime.activeCount,
      heapPerActor: (after.heapUsed - before.heapUsed) / n,
      rssPerActor: (after.rss - before.rss) / n,
      heapMiB: after.heapUsed / 2 ** 20,
      rssMiB: after.rss / 2 ** 20,
    }) + '\n',
  );
  process.exit(0);
}

void main();
