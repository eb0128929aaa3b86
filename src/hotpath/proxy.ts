// Composition root of one proxy process: store, host transport, runtime and server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Health, ProxyMetrics, createLogger, startTracing, stopTracing, tracesUrl, type Logger, type ProxyConfig } from '../control';
import { InstrumentedStateStore, createStateStore, type StateStore } from '../storage';
import { ClusterNode } from './cluster';
import { HttpHostClient } from './host';
import { configureNative } from './native';
import { ActorRuntime } from './runtime';
import { LocalBroadcastBus, NatsBroadcastBus, type BroadcastBus } from './workflow';
import { HttpServer } from './server';

export interface RunningProxy {
  port: number;
  runtime: ActorRuntime;
  store: StateStore;
  logger: Logger;
  /**
   * Graceful stop within PROXY_SHUTDOWN_TIMEOUT_MS: not ready, refuse new work (every reply
   * closes its connection), write dirty state, finish queued turns, save all state, stop
   * accepting and close idle connections. Resolves with what was left undone at the
   * deadline (empty after a complete drain).
   */
  stop(): Promise<string[]>;
}

/** Before closing the connections still open, for requests and replies already on their way. */
const CLOSE_GRACE_MS = 150;

/** Polls `done` every 5 ms until it holds or `ms` passes. */
async function waitUntil(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
}

/** True when `p` settles (either way) within `ms`. */
async function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    p.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms))),
  ]);
  clearTimeout(timer);
  return settled;
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
  const traces = tracesUrl(config.tracing.endpoint, config.tracing.tracesEndpoint);
  if (traces) {
    await startTracing({ url: traces, serviceName: config.tracing.serviceName, serviceVersion: proxyVersion() }, logger);
    const u = new URL(traces);
    logger.info('traces on', { url: `${u.protocol}//${u.host}${u.pathname}`, service: config.tracing.serviceName });
  }
  configureNative(config.nativeAddon);
  const store = new InstrumentedStateStore(createStateStore(config.storage, logger), metrics);
  await store.init();
  health.add({ name: `store:${store.kind}`, check: () => store.health() });

  const bus: BroadcastBus =
    config.pubsub.adapter === 'nats'
      ? new NatsBroadcastBus({
          servers: config.pubsub.natsServers,
          prefix: config.pubsub.natsPrefix,
          logger,
          ...(config.cluster.strategy === 'nats' ? { queue: `${config.cluster.prefix}-broadcast` } : {}),
        })
      : new LocalBroadcastBus();

  // Set below: what a member does when its lease is lost (drop every activation, join again).
  let onFenced: (reason: string) => void = () => undefined;
  let cluster: ClusterNode | undefined;
  if (config.cluster.strategy === 'nats') {
    cluster = await ClusterNode.start(
      { servers: config.cluster.natsServers, prefix: config.cluster.prefix, memberName: config.cluster.memberName, leaseMs: config.cluster.leaseMs },
      logger,
      (reason) => onFenced(reason),
      metrics,
    );
    const member = cluster;
    health.add({ name: 'cluster', check: () => member.fenced });
  }

  const compat05 = config.protocolCompat === '0.5';
  const host = new HttpHostClient({
    address: config.host.address,
    port: config.host.port,
    connections: config.host.connections,
    compat05,
    metrics,
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
    ...(cluster
      ? {
          ownership: cluster,
          remote: cluster,
          onRegistered: (registered: Record<string, string[]>) =>
            void cluster.registered(registered).catch((err: Error) => logger.warn('cluster: publishing the registered actors failed', { error: err.message })),
        }
      : {}),
  });
  let ownedTimer: NodeJS.Timeout | undefined;
  let stopping: Promise<string[]> | undefined;
  if (cluster) {
    const member = cluster;
    // A member joined (or left, or registered other actors): actors that placement now puts
    // on another member move there once idle; busy ones are looked at again shortly.
    let retries = 0;
    let again: NodeJS.Timeout | undefined;
    const handOff = (): void => {
      again = undefined;
      if (stopping) return;
      const busy = runtime.handOff((system, type, actor) => member.prefersElsewhere(system, type, actor));
      if (busy > 0 && retries++ < 40) (again = setTimeout(handOff, 250)).unref();
    };
    member.onMembersChanged(() => {
      retries = 0;
      clearTimeout(again);
      handOff();
    });
    // A member whose lease expired (paused, cut off from NATS, NATS down past the lease) may
    // have lost its actors to others: it runs nothing until it has dropped every activation,
    // then joins again and takes calls like a newcomer.
    onFenced = (reason) => {
      logger.error('cluster lease lost: dropping every activation, then joining again', { member: member.id, reason });
      void (async () => {
        await runtime.dropActivations('cluster lease lost');
        while (!stopping) {
          try {
            await member.rejoin();
            return;
          } catch (err) {
            logger.warn('cluster: joining again failed; retrying', { member: member.id, error: (err as Error).message });
            await new Promise((r) => setTimeout(r, 1000));
          }
        }
      })();
    };
    member.serve((req, ctx) => runtime.invokeForwarded(req, ctx));
    ownedTimer = setInterval(() => member.setOwned(runtime.activeBySystem()), 1000);
    ownedTimer.unref();
  }
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
    ...(config.http.adminToken ? { adminToken: config.http.adminToken } : {}),
    cluster: () =>
      cluster ? { strategy: 'nats', member: cluster.id, fenced: cluster.fenced ?? null, members: [...cluster.members.values()] } : { strategy: 'none' },
  });
  const port = await server.listen(config.http.bind, config.http.port);
  runtime.startScheduler();

  const stop = (): Promise<string[]> =>
    (stopping ??= (async () => {
      const until = Date.now() + config.shutdownTimeoutMs;
      const left = (): number => Math.max(0, until - Date.now());
      health.startDraining();
      // New connections are refused from now on (a refused connect tells the client its
      // request was never sent); requests on open connections are answered, with
      // `Connection: close`, so no caller sees a reset for a request it sent. Closing the
      // listener now, while clients still use their keep-alive connections, leaves hardly any
      // connection in its accept queue (those the kernel resets when it closes).
      server.stopListening();
      server.startDraining();
      // Cluster: the others stop placing actors here; calls for actors not active here go to them.
      if (cluster) await settlesWithin(cluster.startDraining(), left());
      const pending = await runtime.drain(left());
      clearInterval(ownedTimer);
      // A request uWS has not parsed yet, a reply still being written: a moment for them.
      await new Promise((r) => setTimeout(r, Math.min(CLOSE_GRACE_MS, left())));
      // Requests still open here may be waiting on another member: NATS stays up for them,
      // and for the invocations other members forwarded here, which are answered (by
      // forwarding them on: nothing activates here any more) before this member leaves.
      await waitUntil(() => server.inFlight === 0, left());
      if (server.inFlight > 0) pending.push(`${server.inFlight} HTTP requests not answered`);
      if (cluster) {
        if (!(await settlesWithin(cluster.stopServing(), left()))) pending.push('answering invocations forwarded by other members');
        if (!(await settlesWithin(cluster.close(), left()))) pending.push('leaving the cluster');
      }
      server.close();
      for (const [what, closing] of [
        ['broadcast bus', () => bus.close()],
        ['host connections', () => host.close()],
        [`${store.kind} store`, () => store.close()],
        ['trace exporter', () => stopTracing()],
      ] as const) {
        if (!(await settlesWithin(closing(), left()))) pending.push(`closing the ${what}`);
      }
      return pending;
    })());

  return { port, runtime, store, logger, stop };
}
