// Composition root of one proxy process: store, host transport, runtime and server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Health, ProxyMetrics, createLogger, type Logger, type ProxyConfig } from '../control';
import { createStateStore, type StateStore } from '../storage';
import { HttpHostClient } from './host';
import { ActorRuntime } from './runtime';
import { LocalBroadcastBus, NatsBroadcastBus, type BroadcastBus } from './workflow';
import { HttpServer } from './server';

export interface RunningProxy {
  port: number;
  runtime: ActorRuntime;
  store: StateStore;
  logger: Logger;
  /** Graceful stop: not ready, refuse new work, finish queued turns, save all state. */
  stop(): Promise<void>;
}

export function proxyVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export async function startProxy(config: ProxyConfig, logger: Logger = createLogger(config.logLevel)): Promise<RunningProxy> {
  const metrics = new ProxyMetrics();
  const health = new Health();
  const store = createStateStore(config);
  await store.init();
  health.add({ name: `store:${store.kind}`, check: () => store.health() });

  const bus: BroadcastBus =
    config.pubsub.adapter === 'nats'
      ? new NatsBroadcastBus({ servers: config.pubsub.natsServers, prefix: config.pubsub.natsPrefix, logger })
      : new LocalBroadcastBus();

  const compat05 = config.protocolCompat === '0.5';
  const host = new HttpHostClient({
    address: config.host.address,
    port: config.host.port,
    connections: config.host.connections,
    compat05,
  });
  const runtime = new ActorRuntime({
    store,
    host,
    logger,
    metrics,
    hostTimeoutMs: config.host.timeoutMs,
    invokeTimeoutMs: config.invocation.timeoutMs,
    defaults: { deactivateMs: config.actors.defaultDeactivateMs, snapshotMs: config.actors.defaultSnapshotMs },
    scheduler: config.scheduler,
    bus,
  });
  await bus.start((msg) => runtime.deliverBroadcast(msg));
  const server = new HttpServer({
    runtime,
    logger,
    metrics,
    health,
    maxBodyBytes: config.http.maxBodyBytes,
    compat05,
    metricsEnabled: config.metricsEnabled,
    version: proxyVersion(),
  });
  const port = await server.listen(config.http.bind, config.http.port);
  runtime.startScheduler();

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      health.startDraining();
      await runtime.drain();
      await bus.close();
      server.close();
      await host.close();
      await store.close();
    })());

  return { port, runtime, store, logger, stop };
}
