// For the operator (src/operator, reconciling an Activator into a Deployment or DaemonSet
// that runs bin/activator): what that workload's container needs. The resource is validated
// here exactly as bin/activator will read it, so a bad resource fails at reconcile time
// (SPAWN_ERR_CONFIG naming the field) instead of in a crash-looping pod.
import type { Env } from '../control';
import type { ActivatorPlugin } from './activator';
import { PLUGINS } from './plugins';
import { configWithResource, parseActivatorResource, type ActivatorSpec } from './spec';

export type EnvVar =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly valueFrom: { readonly secretKeyRef: { readonly name: string; readonly key: string; readonly optional: boolean } } };

export interface ActivatorWorkload {
  /** The resource as bin/activator reads it. */
  readonly spec: ActivatorSpec;
  /** `spec.activator.kind`: a Deployment of `replicas`, or a DaemonSet. */
  readonly kind: 'Deployment' | 'DaemonSet';
  readonly replicas: number;
  /** Container entry point, relative to the package root (the image's working directory). */
  readonly command: readonly string[];
  readonly args: readonly string[];
  readonly env: readonly EnvVar[];
  /** `http`: /metrics, /health and, for an HTTP activator, its routes (a Service for those). */
  readonly ports: ReadonlyArray<{ readonly name: string; readonly containerPort: number }>;
  readonly livenessPath: string;
  readonly readinessPath: string;
  /** Pod annotations for Prometheus scraping. */
  readonly annotations: Readonly<Record<string, string>>;
}

export interface WorkloadOptions {
  /** Where the actor system's proxies answer (a Service of the ActorSystem), e.g. http://spawn-system.spawn-system.svc:9001. */
  readonly proxyUrl: string;
  /** Port of the activator's HTTP server (default: `settings.port` of an HTTP activator, else 9090). */
  readonly port?: number;
  /** Extra variables (log level, timeouts); they win over the resource's settings. */
  readonly env?: Readonly<Record<string, string>>;
}

const DEFAULT_PORT = 9090;

function secretRef(name: string, secret: string, key: string): EnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secret, key, optional: true } } };
}

/**
 * The container of an Activator resource (the whole object: apiVersion, kind, metadata,
 * spec). Throws SPAWN_ERR_CONFIG when bin/activator would refuse it.
 *
 * The resource travels whole in SPAWN_ACTIVATOR_SPEC; secrets are referenced, never copied:
 * `activator.externalConnectorRef` (Spawn's connector Secret) gives the broker `url`
 * (SPAWN_ACTIVATOR_AMQP_URL, or SPAWN_ACTIVATOR_NATS_URL for nats and cron), and
 * `settings.credentialsSecretRef` gives `username` and `password` (RabbitMQ).
 */
export function activatorWorkload(resource: unknown, opts: WorkloadOptions, plugins: readonly ActivatorPlugin[] = PLUGINS): ActivatorWorkload {
  const fixed: Record<string, string> = { SPAWN_PROXY_URL: opts.proxyUrl, SPAWN_ACTIVATOR_HTTP_BIND: '0.0.0.0', ...(opts.env ?? {}) };
  const probe = configWithResource(resource, fixed as Env);
  const port = opts.port ?? (parseActivatorResource(resource, probe, plugins).type === 'http' ? probe.httpPort : DEFAULT_PORT);
  fixed.SPAWN_ACTIVATOR_HTTP_PORT = String(port);
  const config = configWithResource(resource, fixed as Env);
  const spec = parseActivatorResource(resource, config, plugins);

  const r = resource as { apiVersion?: unknown; kind?: unknown; metadata?: Record<string, unknown>; spec?: unknown };
  const whole = r.spec !== undefined;
  const md = whole ? (r.metadata ?? {}) : {};
  const carried = whole
    ? { apiVersion: r.apiVersion, kind: r.kind, metadata: { name: md.name, namespace: md.namespace, annotations: md.annotations }, spec: r.spec }
    : { spec: resource };

  const env: EnvVar[] = [{ name: 'SPAWN_ACTIVATOR_SPEC', value: JSON.stringify(carried) }];
  for (const [name, value] of Object.entries(fixed)) env.push({ name, value });
  if (spec.externalConnectorRef) {
    env.push(secretRef(spec.type === 'amqp' ? 'SPAWN_ACTIVATOR_AMQP_URL' : 'SPAWN_ACTIVATOR_NATS_URL', spec.externalConnectorRef, 'url'));
  }
  if (spec.credentialsSecretRef && spec.type === 'amqp') {
    env.push(secretRef('SPAWN_ACTIVATOR_AMQP_USERNAME', spec.credentialsSecretRef, 'username'));
    env.push(secretRef('SPAWN_ACTIVATOR_AMQP_PASSWORD', spec.credentialsSecretRef, 'password'));
  }
  return {
    spec,
    kind: spec.workload.kind === 'daemonset' ? 'DaemonSet' : 'Deployment',
    replicas: spec.workload.replicas,
    command: ['node', 'dist/bin/activator.js'],
    args: [],
    env,
    ports: [{ name: 'http', containerPort: port }],
    livenessPath: '/health/liveness',
    readinessPath: '/health/readiness',
    annotations: { 'prometheus.io/scrape': String(config.metricsEnabled), 'prometheus.io/port': String(port), 'prometheus.io/path': '/metrics' },
  };
}
