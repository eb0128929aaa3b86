// For the operator (src/operator/render-activator.ts, reconciling an Activator into a
// Deployment that runs bin/activator): what that workload's container needs. Variable names
// come from the activator's configuration schema, and the environment is read back with
// resolveActivator() — what bin/activator runs — so a bad resource fails at reconcile time
// (SPAWN_ERR_CONFIG naming the field) instead of in a crash-looping pod.
import type { Env } from '../control';
import type { ActivatorPlugin } from './activator';
import { ACTIVATOR_SCHEMA } from './config-schema';
import { PLUGINS } from './plugins';
import { resolveActivator } from './run';
import { SYSTEM_ANNOTATION, configWithResource, type ActivatorSpec } from './spec';

export type EnvVar =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly valueFrom: { readonly secretKeyRef: { readonly name: string; readonly key: string } } };

export interface ActivatorWorkload {
  /** The activator bin/activator resolves from `env`. */
  readonly spec: ActivatorSpec;
  /** Pods of the Deployment (`spec.activator.replicas`). */
  readonly replicas: number;
  /** Container entry point, relative to the package root (the image's working directory). */
  readonly command: readonly string[];
  readonly env: readonly EnvVar[];
  /** `http`: /metrics, /health and, for an HTTP activator, its routes (a Service for those). */
  readonly port: { readonly name: string; readonly containerPort: number };
  readonly livenessPath: string;
  readonly readinessPath: string;
  /** Pod annotations for Prometheus scraping (none with metrics off). */
  readonly annotations: Readonly<Record<string, string>>;
  /** SPAWN_ACTIVATOR_SHUTDOWN_TIMEOUT_MS: the pod's grace period must exceed it. */
  readonly shutdownTimeoutMs: number;
}

export interface WorkloadOptions {
  /** The actor system of sinks that name none (the operator's reading of the resource). */
  readonly system: string;
  /** Where the actor system's proxies answer (the ActorSystem's Service), e.g. http://shop-proxy.shop.svc:9001. */
  readonly proxyUrl: string;
}

const S = ACTIVATOR_SCHEMA;

/**
 * The container of an Activator resource (the whole object: apiVersion, kind, metadata,
 * spec). Throws SPAWN_ERR_CONFIG when bin/activator would refuse it.
 *
 * The resource travels in SPAWN_ACTIVATOR_SPEC (its spec, name, namespace and the actor-system
 * annotation: what bin/activator reads of it); secrets are referenced, never copied:
 * `activator.externalConnectorRef` (Spawn's connector Secret) gives the broker `url`
 * (SPAWN_ACTIVATOR_AMQP_URL, or SPAWN_ACTIVATOR_NATS_URL for nats and cron), and
 * `settings.credentialsSecretRef` gives `username` and `password` (RabbitMQ).
 */
export function activatorWorkload(resource: unknown, opts: WorkloadOptions, plugins: readonly ActivatorPlugin[] = PLUGINS): ActivatorWorkload {
  const fixed: Record<string, string> = { [S.system.env]: opts.system, [S.proxyUrl.env]: opts.proxyUrl, [S.httpBind.env]: '0.0.0.0' };
  // The port is fixed here (probes and a Service name it): an HTTP activator's `settings.port`, else the default.
  fixed[S.httpPort.env] = String(configWithResource(resource, fixed as Env).httpPort);

  const r = resource as { apiVersion?: unknown; kind?: unknown; metadata?: Record<string, unknown>; spec?: unknown };
  const whole = r.spec !== undefined;
  const md = whole ? (r.metadata ?? {}) : {};
  const system = (md.annotations as Record<string, unknown> | undefined)?.[SYSTEM_ANNOTATION];
  // Not every annotation: kubectl's last-applied-configuration would carry the whole object again.
  const carried = whole
    ? {
        apiVersion: r.apiVersion,
        kind: r.kind,
        metadata: { name: md.name, namespace: md.namespace, ...(system !== undefined ? { annotations: { [SYSTEM_ANNOTATION]: system } } : {}) },
        spec: r.spec,
      }
    : { spec: resource };

  const env: EnvVar[] = [{ name: S.specJson.env, value: JSON.stringify(carried) }];
  for (const [name, value] of Object.entries(fixed)) env.push({ name, value });
  // Read back as bin/activator will: the spec and configuration below are the pod's.
  const plain: Record<string, string> = {};
  for (const e of env) if ('value' in e) plain[e.name] = e.value;
  const { spec, config } = resolveActivator(plain, plugins);

  const secretRef = (name: string, secret: string, key: string): EnvVar => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
  if (spec.externalConnectorRef) {
    env.push(secretRef(spec.type === 'amqp' ? S.amqp.url.env : S.nats.servers.env, spec.externalConnectorRef, 'url'));
  }
  if (spec.credentialsSecretRef && spec.type === 'amqp') {
    env.push(secretRef(S.amqp.username.env, spec.credentialsSecretRef, 'username'));
    env.push(secretRef(S.amqp.password.env, spec.credentialsSecretRef, 'password'));
  }
  return {
    spec,
    replicas: spec.workload.replicas,
    command: ['node', 'dist/bin/activator.js'],
    env,
    port: { name: 'http', containerPort: config.httpPort },
    livenessPath: '/health/liveness',
    readinessPath: '/health/readiness',
    annotations: config.metricsEnabled
      ? { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(config.httpPort), 'prometheus.io/path': '/metrics' }
      : {},
    shutdownTimeoutMs: config.shutdownTimeoutMs,
  };
}
