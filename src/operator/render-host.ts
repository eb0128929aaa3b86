// What an ActorHost becomes: a Deployment whose pods run the user's host next to the
// spawn-proxy sidecar, a Service, a PodDisruptionBudget and, with an autoscaler, an HPA.
// Pure: the operator and `spawn-proxy render` run the same code. The sidecar's env is built
// from the proxy's configuration schema and then read back through loadConfig(), so an env
// the proxy would refuse is refused here, with the proxy's own message.
import type {
  V1Affinity,
  V1Container,
  V1Deployment,
  V1EnvVar,
  V1PodDisruptionBudget,
  V1Service,
  V1ServicePort,
  V1Toleration,
  V1Volume,
  V2HorizontalPodAutoscaler,
  V2MetricSpec,
} from '@kubernetes/client-node';
import { loadConfig } from '../control';
import { specSchema, type ActorHost, type ActorSystem } from './crds';
import {
  CONFIG_HASH,
  DEFAULT_SYSTEM,
  HOST_CONTAINER,
  PROXY_CONTAINER,
  PROXY_PORT_NAME,
  SYSTEM_ANNOTATION,
  TMP_VOLUME,
  hostLabels,
  hostSelector,
  ownedBy,
  proxyConfigMapName,
  proxyServiceAccountName,
} from './names';
import { SpecError, checkActorSystem, natsEnabled, proxyConfigData, proxyConfigHash, type StatestoreKeys } from './render-system';
import { validate } from './schema';
import { numericDefault, settingText, tunableEntries } from './sidecar-settings';

export interface RenderOptions {
  /** The spawn-proxy image for sidecars that name none. */
  proxyImage: string;
}

interface HostObjects {
  deployment: V1Deployment;
  service: V1Service;
  podDisruptionBudget: V1PodDisruptionBudget;
  /** Present only with `spec.autoscaler`. */
  horizontalPodAutoscaler?: V2HorizontalPodAutoscaler;
}

/** The name of the ActorSystem an ActorHost belongs to: `spec.actorSystem`, Spawn's annotation, or spawn-system. */
export function hostSystemName(host: ActorHost): string {
  const fromSpec = host.spec?.actorSystem;
  const fromAnnotation = host.metadata.annotations?.[SYSTEM_ANNOTATION];
  if (fromSpec && fromAnnotation && fromSpec !== fromAnnotation) {
    throw new SpecError('InvalidSpec', [`spec.actorSystem (${fromSpec}) and annotation ${SYSTEM_ANNOTATION} (${fromAnnotation}) name different systems`]);
  }
  return fromSpec ?? fromAnnotation ?? DEFAULT_SYSTEM;
}

const DEFAULT_HOST_RESOURCES = { requests: { cpu: '100m', memory: '128Mi' } };
const DEFAULT_PROXY_RESOURCES = { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } };
/** Spare seconds between the proxy's own shutdown deadline and the kubelet's SIGKILL. */
const GRACE_MARGIN_S = 5;

interface Derived {
  system: string;
  proxyPort: number;
  hostPort: number;
  graceSeconds: number;
  metrics: boolean;
}

/** Everything about a host that the schema alone cannot check, gathered into one SpecError. */
function derive(host: ActorHost, system: ActorSystem): Derived {
  const problems = validate(specSchema('ActorHost'), host.spec);
  if (problems.length > 0) throw new SpecError('InvalidSpec', problems);
  const spec = host.spec;
  const settings = spec.sidecar?.settings ?? {};
  const annotations = Object.keys(host.metadata.annotations ?? {}).filter((a) => a.startsWith('spawn-eigr.io/') && a !== SYSTEM_ANNOTATION);
  for (const a of annotations) {
    problems.push(`annotation ${a}: Spawn's sidecar annotations are not read; use spec.sidecar.settings (variables by name, README.md)`);
  }
  const proxyPort = (settings.PROXY_HTTP_PORT as number | undefined) ?? numericDefault('PROXY_HTTP_PORT');
  const ports = spec.host.ports ?? [];
  let hostPort = settings.USER_FUNCTION_PORT as number | undefined;
  if (hostPort === undefined) {
    if (ports.length === 0) hostPort = numericDefault('USER_FUNCTION_PORT');
    else if (ports.length === 1) hostPort = ports[0]!.containerPort;
    else {
      problems.push('host.ports has several ports: set spec.sidecar.settings.USER_FUNCTION_PORT to the one the host serves actions on');
      hostPort = ports[0]!.containerPort;
    }
  }
  if (hostPort === proxyPort) {
    problems.push(
      `the host's port (USER_FUNCTION_PORT ${hostPort}) must differ from the proxy's (PROXY_HTTP_PORT ${proxyPort}): both containers share the pod's network`,
    );
  }
  const seen = new Set<number>();
  const names = new Set<string>([PROXY_PORT_NAME]);
  for (const [i, p] of ports.entries()) {
    if (p.containerPort === proxyPort) problems.push(`host.ports[${i}]: ${p.containerPort} is the proxy's port (PROXY_HTTP_PORT)`);
    if (seen.has(p.containerPort)) problems.push(`host.ports[${i}]: port ${p.containerPort} is listed twice`);
    seen.add(p.containerPort);
    const name = servicePortName(p);
    if (names.has(name)) problems.push(`host.ports[${i}]: the name ${name} is taken`);
    names.add(name);
  }
  const volumes = new Set((spec.volumes ?? []).map((v) => v.name));
  if (volumes.has(TMP_VOLUME)) problems.push(`volumes: the name ${TMP_VOLUME} is the proxy's`);
  for (const [i, m] of (spec.host.volumeMounts ?? []).entries()) {
    if (!volumes.has(m.name)) problems.push(`host.volumeMounts[${i}]: no volume named ${m.name} in spec.volumes`);
  }
  const shutdownMs = (settings.PROXY_SHUTDOWN_TIMEOUT_MS as number | undefined) ?? numericDefault('PROXY_SHUTDOWN_TIMEOUT_MS');
  const shutdownS = Math.ceil(shutdownMs / 1000);
  const graceSeconds = spec.terminationGracePeriodSeconds ?? shutdownS + GRACE_MARGIN_S;
  if (graceSeconds <= shutdownS) {
    problems.push(
      `terminationGracePeriodSeconds (${graceSeconds}) must exceed the proxy's shutdown timeout (PROXY_SHUTDOWN_TIMEOUT_MS ${shutdownMs} ms): give at least ${shutdownS + 1}`,
    );
  }
  const most = spec.autoscaler ? spec.autoscaler.max : (spec.replicas ?? 1);
  if (most > 1 && !natsEnabled(system)) {
    problems.push(
      `${spec.autoscaler ? 'autoscaler.max' : 'replicas'} ${most}: more than one pod needs the ActorSystem's cluster (spec.cluster.features.nats of ActorSystem ${system.metadata.name}); without it every pod would serve the same actors on its own`,
    );
  }
  if (problems.length > 0) throw new SpecError('InvalidSpec', problems);
  return { system: system.metadata.name, proxyPort, hostPort, graceSeconds, metrics: settings.SPAWN_DISABLE_METRICS !== true };
}

function servicePortName(p: { name?: string; containerPort: number }): string {
  return p.name ?? `host-${p.containerPort}`;
}

const secretRef = (name: string, key: string, optional = false): V1EnvVar['valueFrom'] => ({ secretKeyRef: { name, key, ...(optional ? { optional } : {}) } });

/** The sidecar's env (besides the shared ConfigMap): what the operator sets, the system's secrets, then the host's settings. */
function proxyEnv(host: ActorHost, system: ActorSystem, keys: StatestoreKeys, d: Derived): V1EnvVar[] {
  const credentials = system.spec.statestore.credentialsSecretRef;
  const env: V1EnvVar[] = [
    { name: 'PROXY_HTTP_BIND', value: '0.0.0.0' },
    { name: 'PROXY_HTTP_PORT', value: String(d.proxyPort) },
    { name: 'USER_FUNCTION_HOST', value: '127.0.0.1' },
    { name: 'USER_FUNCTION_PORT', value: String(d.hostPort) },
    { name: 'PROXY_NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    { name: 'PROXY_CLUSTER_MEMBER_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    { name: 'PROXY_DATABASE_HOST', valueFrom: secretRef(credentials, 'host') },
    { name: 'PROXY_DATABASE_PORT', valueFrom: secretRef(credentials, 'port', true) },
    { name: 'PROXY_DATABASE_NAME', valueFrom: secretRef(credentials, 'database', true) },
    { name: 'PROXY_DATABASE_USERNAME', valueFrom: secretRef(credentials, 'username') },
    { name: 'PROXY_DATABASE_SECRET', valueFrom: secretRef(credentials, 'password') },
    { name: 'SPAWN_STATESTORE_KEY', valueFrom: secretRef(keys.current.name, keys.current.key) },
  ];
  if (keys.previous) env.push({ name: 'SPAWN_STATESTORE_KEY_PREVIOUS', valueFrom: secretRef(keys.previous.name, keys.previous.key) });
  const settings = host.spec.sidecar?.settings ?? {};
  const set = new Set(env.map((e) => e.name));
  for (const e of tunableEntries()) {
    const value = settings[e.env];
    if (value !== undefined && !set.has(e.env)) env.push({ name: e.env, value: settingText(value) });
  }
  return env;
}

/** Placeholder values for what only the cluster knows (Secrets, the pod), valid for the proxy's parser. */
function placeholder(e: V1EnvVar): string | undefined {
  const ref = e.valueFrom?.secretKeyRef;
  if (e.valueFrom?.fieldRef) return 'pod-0';
  if (!ref) return undefined;
  if (e.name.startsWith('SPAWN_STATESTORE_KEY')) return Buffer.alloc(32, 1).toString('base64');
  if (e.name === 'PROXY_DATABASE_PORT') return '5432';
  return ref.optional ? undefined : 'placeholder';
}

/** Reads the sidecar's env the way the proxy will, and refuses what it would refuse. */
function checkProxyAccepts(configMap: Record<string, string>, env: V1EnvVar[]): void {
  const vars: Record<string, string> = { ...configMap };
  for (const e of env) {
    const v = e.value ?? placeholder(e);
    if (v !== undefined) vars[e.name] = v;
  }
  try {
    loadConfig(vars);
  } catch (err) {
    throw new SpecError('InvalidSpec', [`the proxy would refuse its configuration: ${(err as Error).message}`]);
  }
}

function hostEnv(host: ActorHost, d: Derived): V1EnvVar[] {
  const own = host.spec.host.env ?? [];
  const names = new Set(own.map((e) => e.name));
  // What SDKs read to find the proxy and their own port; the user's env wins.
  const defaults: V1EnvVar[] = [
    { name: 'USER_FUNCTION_PORT', value: String(d.hostPort) },
    { name: 'PROXY_HTTP_HOST', value: '127.0.0.1' },
    { name: 'PROXY_HTTP_PORT', value: String(d.proxyPort) },
    { name: 'SPAWN_PROXY_INTERFACE', value: '127.0.0.1' },
    { name: 'SPAWN_PROXY_PORT', value: String(d.proxyPort) },
    // Spawn's name for the system; SDKs may read it (the proxy takes the system from the registration).
    { name: 'PROXY_ACTOR_SYSTEM_NAME', value: d.system },
    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
  ];
  return [...defaults.filter((e) => !names.has(e.name)), ...(own as V1EnvVar[])];
}

export function renderActorHost(host: ActorHost, system: ActorSystem, keys: StatestoreKeys, options: RenderOptions): HostObjects {
  checkActorSystem(system);
  const d = derive(host, system);
  const spec = host.spec;
  const name = host.metadata.name;
  const namespace = host.metadata.namespace;
  const labels = hostLabels(d.system, name);
  const selector = hostSelector(name);
  // A fresh metadata object per resource: the apply layer annotates each one.
  const meta = () => ({ name, namespace, labels: { ...labels }, ...ownedBy(host) });
  const configData = proxyConfigData(system);
  const env = proxyEnv(host, system, keys, d);
  checkProxyAccepts(configData, env);

  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path, port: PROXY_PORT_NAME, scheme: 'HTTP' },
    periodSeconds,
    failureThreshold,
    timeoutSeconds: 2,
  });
  const proxy: V1Container = {
    name: PROXY_CONTAINER,
    image: spec.sidecar?.image ?? options.proxyImage,
    imagePullPolicy: 'IfNotPresent',
    ports: [{ name: PROXY_PORT_NAME, containerPort: d.proxyPort, protocol: 'TCP' }],
    envFrom: [{ configMapRef: { name: proxyConfigMapName(d.system) } }],
    env,
    // Start-up includes the store's migrations: up to two minutes before liveness counts.
    startupProbe: probe('/health/liveness', 2, 60),
    livenessProbe: probe('/health/liveness', 10, 3),
    readinessProbe: probe('/health/readiness', 5, 2),
    resources: spec.sidecar?.resources ?? DEFAULT_PROXY_RESOURCES,
    securityContext: {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    volumeMounts: [{ name: TMP_VOLUME, mountPath: '/tmp' }],
  };
  const hostContainer: V1Container = {
    name: HOST_CONTAINER,
    image: spec.host.image,
    env: hostEnv(host, d),
    resources: spec.host.resources ?? DEFAULT_HOST_RESOURCES,
    ...(spec.host.ports?.length
      ? { ports: spec.host.ports.map((p) => ({ containerPort: p.containerPort, protocol: p.protocol ?? 'TCP', ...(p.name ? { name: p.name } : {}) })) }
      : {}),
    ...(spec.host.volumeMounts?.length ? { volumeMounts: spec.host.volumeMounts.map((m) => ({ ...m })) } : {}),
  };

  const podAnnotations: Record<string, string> = {
    'kubectl.kubernetes.io/default-container': HOST_CONTAINER,
    [CONFIG_HASH]: proxyConfigHash(system, keys),
  };
  if (d.metrics) {
    podAnnotations['prometheus.io/scrape'] = 'true';
    podAnnotations['prometheus.io/port'] = String(d.proxyPort);
    podAnnotations['prometheus.io/path'] = '/metrics';
  }
  const affinity = spec.affinity ?? {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 100, podAffinityTerm: { labelSelector: { matchLabels: selector }, topologyKey: 'kubernetes.io/hostname' } },
      ],
    },
  };

  const deployment: V1Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(),
    spec: {
      // With an autoscaler the HPA owns the replica count (the operator's apply leaves it alone).
      ...(spec.autoscaler ? {} : { replicas: spec.replicas ?? 1 }),
      selector: { matchLabels: selector },
      // Without a cluster two pods of one host would serve the same actors on their own: never
      // run old and new side by side then. With the cluster, roll one pod at a time, keeping capacity.
      strategy: natsEnabled(system) ? { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } : { type: 'Recreate' },
      template: {
        metadata: { labels, annotations: podAnnotations },
        spec: {
          serviceAccountName: proxyServiceAccountName(d.system),
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: d.graceSeconds,
          affinity: affinity as V1Affinity,
          ...(spec.topology?.nodeSelector ? { nodeSelector: spec.topology.nodeSelector } : {}),
          ...(spec.topology?.tolerations ? { tolerations: spec.topology.tolerations as V1Toleration[] } : {}),
          ...(spec.host.pullSecretsRef ? { imagePullSecrets: [{ name: spec.host.pullSecretsRef }] } : {}),
          containers: [hostContainer, proxy],
          volumes: [...((spec.volumes ?? []) as V1Volume[]), { name: TMP_VOLUME, emptyDir: { sizeLimit: '64Mi' } }],
        },
      },
    },
  };

  const servicePorts: V1ServicePort[] = [
    { name: PROXY_PORT_NAME, port: d.proxyPort, targetPort: PROXY_PORT_NAME, protocol: 'TCP' },
    ...(spec.host.ports ?? []).map((p) => ({ name: servicePortName(p), port: p.containerPort, targetPort: p.containerPort, protocol: p.protocol ?? 'TCP' })),
  ];
  const service: V1Service = { apiVersion: 'v1', kind: 'Service', metadata: meta(), spec: { type: 'ClusterIP', selector, ports: servicePorts } };

  const podDisruptionBudget: V1PodDisruptionBudget = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(),
    // One pod at a time: a node drain never takes the whole host down, and never blocks on a single pod.
    spec: { maxUnavailable: 1, selector: { matchLabels: selector } },
  };

  const objects: HostObjects = { deployment, service, podDisruptionBudget };
  if (spec.autoscaler) {
    const a = spec.autoscaler;
    const metrics: V2MetricSpec[] = [
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: a.averageCpuUtilizationPercentage ?? 80 } } },
    ];
    if (a.averageMemoryUtilizationValue !== undefined) {
      metrics.push({ type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: a.averageMemoryUtilizationValue } } });
    }
    objects.horizontalPodAutoscaler = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta(),
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name }, minReplicas: a.min ?? 1, maxReplicas: a.max, metrics },
    };
  }
  return objects;
}
