// What an Activator becomes: a Deployment running bin/activator (the proxy's image) that
// invokes actors through the ActorSystem's Service, and, for an HTTP source (webhooks), a
// Service in front of it. Pure: the operator and `spawn-proxy render` run the same code. The
// container is src/activators' own description (activatorWorkload), which reads its env back
// the way bin/activator will, so a resource the activator would refuse is refused here.
import type { V1Container, V1Deployment, V1EnvVar, V1Service } from '@kubernetes/client-node';
import { activatorWorkload, type ActivatorWorkload } from '../activators';
import { SpawnError } from '../errors';
import { specSchema, type Activator } from './crds';
import { ACTIVATOR_CONTAINER, DEFAULT_SYSTEM, SYSTEM_ANNOTATION, TMP_VOLUME, activatorLabels, activatorSelector, ownedBy } from './names';
import type { RenderOptions } from './render-host';
import { SpecError, systemProxyUrl } from './render-system';
import { validate } from './schema';

interface ActivatorObjects {
  deployment: V1Deployment;
  /** Present only for an HTTP activator. */
  service?: V1Service;
  system: string;
  proxyUrl: string;
}

/** The ActorSystem an Activator invokes: Spawn's annotation, else spawn-system (as bin/activator reads it). */
export function activatorSystemName(activator: Activator): string {
  return activator.metadata.annotations?.[SYSTEM_ANNOTATION]?.trim() || DEFAULT_SYSTEM;
}

const DEFAULT_RESOURCES = { requests: { cpu: '50m', memory: '96Mi' }, limits: { memory: '256Mi' } };
/** Spare seconds between the activator's own shutdown deadline and the kubelet's SIGKILL. */
const GRACE_MARGIN_S = 5;
const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

function workload(activator: Activator, system: string, proxyUrl: string): ActivatorWorkload {
  const problems = validate(specSchema('Activator'), activator.spec);
  if (problems.length > 0) throw new SpecError('InvalidSpec', problems);
  let w: ActivatorWorkload;
  try {
    w = activatorWorkload(activator, { system, proxyUrl });
  } catch (err) {
    if (err instanceof SpawnError && err.code === 'SPAWN_ERR_CONFIG') throw new SpecError('InvalidSpec', [`bin/activator would refuse it: ${err.message}`]);
    throw err;
  }
  if (w.port.containerPort === 0) problems.push('activator.settings.port 0 (a free port): give a fixed port, probes and the Service point at it');
  if (w.spec.type === 'http' && !DNS_LABEL.test(activator.metadata.name)) {
    problems.push(
      `metadata.name ${activator.metadata.name}: an HTTP activator's Service needs a DNS label (lower case letters, digits and '-', 63 at most, a letter first)`,
    );
  }
  if (problems.length > 0) throw new SpecError('InvalidSpec', problems);
  return w;
}

export function renderActivator(activator: Activator, options: RenderOptions): ActivatorObjects {
  const name = activator.metadata.name;
  const namespace = activator.metadata.namespace ?? 'default';
  const system = activatorSystemName(activator);
  const proxyUrl = systemProxyUrl(system, namespace);
  const w = workload(activator, system, proxyUrl);
  const labels = activatorLabels(system, name);
  const selector = activatorSelector(name);
  const meta = () => ({ name, namespace: activator.metadata.namespace, labels: { ...labels }, ...ownedBy(activator) });

  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path, port: w.port.name, scheme: 'HTTP' },
    periodSeconds,
    failureThreshold,
    timeoutSeconds: 2,
  });
  const container: V1Container = {
    name: ACTIVATOR_CONTAINER,
    // bin/activator ships in the proxy's image.
    image: options.proxyImage,
    imagePullPolicy: 'IfNotPresent',
    command: [...w.command],
    env: w.env.map(
      (e): V1EnvVar => ('value' in e ? { name: e.name, value: e.value } : { name: e.name, valueFrom: { secretKeyRef: { ...e.valueFrom.secretKeyRef } } }),
    ),
    ports: [{ name: w.port.name, containerPort: w.port.containerPort, protocol: 'TCP' }],
    // Its HTTP server listens once the source is connected: allow a slow broker five minutes.
    startupProbe: probe(w.livenessPath, 5, 60),
    livenessProbe: probe(w.livenessPath, 10, 3),
    readinessProbe: probe(w.readinessPath, 5, 2),
    resources: DEFAULT_RESOURCES,
    securityContext: {
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    volumeMounts: [{ name: TMP_VOLUME, mountPath: '/tmp' }],
  };
  const deployment: V1Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(),
    spec: {
      replicas: w.replicas,
      selector: { matchLabels: selector },
      template: {
        metadata: { labels, ...(Object.keys(w.annotations).length > 0 ? { annotations: { ...w.annotations } } : {}) },
        spec: {
          // The activator does not call the Kubernetes API, and finds the proxy by URL: no
          // token, and no docker-link variables (a Service named spawn-activator-http would
          // otherwise set SPAWN_ACTIVATOR_HTTP_PORT).
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          terminationGracePeriodSeconds: Math.ceil(w.shutdownTimeoutMs / 1000) + GRACE_MARGIN_S,
          containers: [container],
          volumes: [{ name: TMP_VOLUME, emptyDir: { sizeLimit: '16Mi' } }],
        },
      },
    },
  };
  const objects: ActivatorObjects = { deployment, system, proxyUrl };
  if (w.spec.type === 'http') {
    objects.service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(),
      spec: {
        type: 'ClusterIP',
        selector,
        ports: [{ name: w.port.name, port: w.port.containerPort, targetPort: w.port.name, protocol: 'TCP' }],
      },
    };
  }
  return objects;
}
