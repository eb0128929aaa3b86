// bin/activator's process: the configuration and spec resolved from the environment (and
// flags), then one source, the dispatcher, the proxy client and the HTTP server for
// /metrics, /health and the HTTP source's routes.
import type { Env, Logger } from '../control';
import { SpawnError } from '../errors';
import type { Activator, ActivatorPlugin } from './activator';
import { loadActivatorConfig, type ActivatorConfig } from './config-schema';
import { Dispatcher } from './dispatcher';
import { ActivatorHttpServer } from './http-server';
import { ProxyInvoker } from './invoker';
import { ActivatorMetrics } from './metrics';
import { PLUGINS } from './plugins';
import { activatorFromEnv, configWithResource, findPlugin, parseActivatorResource, parseResourceText, readResourceFile, type ActivatorSpec } from './spec';

export interface ResolvedActivator {
  readonly config: ActivatorConfig;
  readonly spec: ActivatorSpec;
}

/**
 * What to run: the Activator resource of SPAWN_ACTIVATOR_SPEC_FILE or SPAWN_ACTIVATOR_SPEC
 * (its settings under the environment: a variable that is set wins), or else the one
 * binding the environment describes. Throws SPAWN_ERR_CONFIG naming what is wrong.
 */
export function resolveActivator(env: Env = process.env, plugins: readonly ActivatorPlugin[] = PLUGINS): ResolvedActivator {
  const first = loadActivatorConfig(env);
  if (first.specFile && first.specJson) {
    throw new SpawnError('SPAWN_ERR_CONFIG', 'SPAWN_ACTIVATOR_SPEC_FILE and SPAWN_ACTIVATOR_SPEC are both set: give the Activator resource once');
  }
  const resource = first.specFile ? readResourceFile(first.specFile) : first.specJson ? parseResourceText(first.specJson, 'SPAWN_ACTIVATOR_SPEC') : undefined;
  if (resource === undefined) return { config: first, spec: activatorFromEnv(first, plugins) };
  const config = configWithResource(resource, env);
  return { config, spec: parseActivatorResource(resource, config, plugins) };
}

export interface RunningActivator {
  /** The port of /metrics, /health (and the HTTP source's routes). */
  readonly port: number;
  readonly metrics: ActivatorMetrics;
  /** Stops consuming, lets what is in flight finish within SPAWN_ACTIVATOR_SHUTDOWN_TIMEOUT_MS, closes everything. */
  stop(): Promise<void>;
}

export async function startActivator(resolved: ResolvedActivator, logger: Logger, plugins: readonly ActivatorPlugin[] = PLUGINS): Promise<RunningActivator> {
  const { config, spec } = resolved;
  const metrics = new ActivatorMetrics();
  const invoker = new ProxyInvoker(config.proxyUrl, { connections: config.concurrency, timeoutMs: config.invokeTimeoutMs });
  const dispatcher = new Dispatcher({
    invoker,
    retry: {
      maxRetries: config.maxRetries,
      backoffMs: config.retryBackoffMs,
      maxBackoffMs: config.retryMaxBackoffMs,
      awaitRegistrationMs: config.awaitRegistrationMs,
    },
    mapping: { activator: spec.name, defaultSystem: spec.system, timeoutMs: config.invokeTimeoutMs },
    metrics,
    logger,
  });
  const late: { source?: Activator } = {};
  const server = new ActivatorHttpServer({
    logger,
    ...(config.metricsEnabled ? { metrics: () => metrics.registry.render() } : {}),
    ready: () => late.source?.ready() ?? false,
  });
  const plugin = findPlugin(plugins, spec.type, 'spec.activator.type');
  const source = plugin.create({ spec, config, dispatcher, metrics, logger, routes: server }, spec.bindings);
  late.source = source;
  let port: number;
  try {
    await source.start();
    port = await server.listen(config.httpPort, config.httpBind);
  } catch (err) {
    await source.stop(Date.now()).catch(() => undefined);
    await invoker.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    throw err;
  }
  return {
    port,
    metrics,
    async stop(): Promise<void> {
      const deadline = Date.now() + config.shutdownTimeoutMs;
      server.drain();
      // Messages waiting for a retry go back to their source now; invocations in flight finish.
      dispatcher.stop();
      await source.stop(deadline);
      await invoker.close(deadline);
      await server.close();
    },
  };
}
