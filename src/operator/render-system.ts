// What an ActorSystem becomes: the proxies' shared configuration (a ConfigMap), their
// ServiceAccount and RBAC, a Service in front of every proxy of the system (what activators
// call), and the decision where the statestore key comes from. Pure: the operator and
// `spawn-proxy render` run the same code.
import type { V1ConfigMap, V1Role, V1RoleBinding, V1Secret, V1Service, V1ServiceAccount } from '@kubernetes/client-node';
import { STATESTORE_TYPES, specSchema, type ActorSystem, type SecretKeyRef } from './crds';
import {
  GENERATED_KEY,
  PROXY_PORT_NAME,
  generatedKeySecretName,
  hashOf,
  ownedBy,
  proxyConfigMapName,
  proxyServiceAccountName,
  systemLabels,
  systemProxySelector,
  systemServiceName,
} from './names';
import { validate } from './schema';
import { numericDefault } from './sidecar-settings';

/** A resource that cannot be turned into objects as it stands: `reason` is a condition reason. */
export class SpecError extends Error {
  constructor(
    readonly reason: string,
    readonly problems: readonly string[],
  ) {
    super(problems.join('; '));
    this.name = 'SpecError';
  }
}

/** Where the proxies read their statestore key (and an earlier one) from. */
export interface StatestoreKeys {
  current: SecretKeyRef;
  previous?: SecretKeyRef;
}

/**
 * The credentials Secret's `encryptionKey` when it has one (Spawn's way); otherwise the key
 * the operator generates once. A generated key that `encryptionKey` later replaced stays
 * readable as the previous key (then `npm run statestore -- rekey` moves every row over).
 */
export function statestoreKeys(system: ActorSystem, credentialsHaveKey: boolean, generatedExists: boolean): StatestoreKeys {
  const generated = { name: generatedKeySecretName(system.metadata.name), key: GENERATED_KEY };
  if (!credentialsHaveKey) return { current: generated };
  const current = { name: system.spec.statestore.credentialsSecretRef, key: 'encryptionKey' };
  return generatedExists ? { current, previous: generated } : { current };
}

export function natsEnabled(system: ActorSystem): boolean {
  const nats = system.spec.cluster?.features?.nats;
  return nats !== undefined && nats.enabled !== false;
}

/** The ActorSystem's spec checked against its CRD schema (the API server's rules and ours). */
export function checkActorSystem(system: ActorSystem): void {
  const problems = validate(specSchema('ActorSystem'), system.spec);
  if (problems.length > 0) throw new SpecError('InvalidSpec', problems);
}

/** The variables every proxy of the system gets from the shared ConfigMap. */
export function proxyConfigData(system: ActorSystem): Record<string, string> {
  const { statestore } = system.spec;
  const data: Record<string, string> = { PROXY_DATABASE_TYPE: STATESTORE_TYPES[statestore.type] ?? statestore.type };
  if (statestore.pool?.size !== undefined) data.PROXY_DATABASE_POOL_SIZE = String(statestore.pool.size);
  if (statestore.ssl !== undefined) data.PROXY_DATABASE_SSL = String(statestore.ssl);
  if (statestore.ssl_verify !== undefined) data.PROXY_DATABASE_SSL_VERIFY = String(statestore.ssl_verify);
  const nats = system.spec.cluster?.features?.nats;
  if (nats?.url && natsEnabled(system)) {
    data.PROXY_CLUSTER_STRATEGY = 'nats';
    data.SPAWN_INTERNAL_NATS_HOSTS = nats.url;
    data.PROXY_CLUSTER_PREFIX = clusterPrefix(system);
    // Broadcasts must reach every pod of the system: they go over the same NATS.
    data.SPAWN_PUBSUB_ADAPTER = 'nats';
    data.SPAWN_PUBSUB_NATS_HOSTS = nats.url;
  }
  return data;
}

/** One cluster per ActorSystem on a NATS that several systems or namespaces may share (a subject token). */
function clusterPrefix(system: ActorSystem): string {
  return `spawn-${system.metadata.namespace ?? 'default'}-${system.metadata.name}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Changes whenever what the proxies read from the system changes (pod template annotation). */
export function proxyConfigHash(system: ActorSystem, keys: StatestoreKeys): string {
  return hashOf({ data: proxyConfigData(system), keys, credentials: system.spec.statestore.credentialsSecretRef, nats: system.spec.cluster?.features?.nats });
}

/** The port of the system's Service; it forwards to each pod's named proxy port, whatever number a host set. */
const SYSTEM_SERVICE_PORT = numericDefault('PROXY_HTTP_PORT');

/** The system's proxies as an in-cluster URL: the Service every ActorHost pod of the system is behind. */
export function systemProxyUrl(system: string, namespace: string): string {
  return `http://${systemServiceName(system)}.${namespace}.svc:${SYSTEM_SERVICE_PORT}`;
}

interface SystemObjects {
  configMap: V1ConfigMap;
  serviceAccount: V1ServiceAccount;
  role: V1Role;
  roleBinding: V1RoleBinding;
  service: V1Service;
}

export function renderActorSystem(system: ActorSystem, keys: StatestoreKeys): SystemObjects {
  checkActorSystem(system);
  const name = system.metadata.name;
  const namespace = system.metadata.namespace;
  const meta = (objectName: string) => ({ name: objectName, namespace, labels: systemLabels(name), ...ownedBy(system) });
  const secrets = [...new Set([keys.current.name, keys.previous?.name, system.spec.statestore.credentialsSecretRef].filter((s): s is string => !!s))].sort();
  return {
    configMap: { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(proxyConfigMapName(name)), data: proxyConfigData(system) },
    serviceAccount: {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta(proxyServiceAccountName(name)),
      // The proxy does not call the Kubernetes API: no token in its pods.
      automountServiceAccountToken: false,
    },
    role: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: meta(proxyServiceAccountName(name)),
      // Read access to the system's own configuration and nothing else (Spawn grants its pods
      // every Secret and ConfigMap of the namespace, and pod create/delete).
      rules: [
        { apiGroups: [''], resources: ['configmaps'], resourceNames: [proxyConfigMapName(name)], verbs: ['get'] },
        { apiGroups: [''], resources: ['secrets'], resourceNames: secrets, verbs: ['get'] },
      ],
    },
    roleBinding: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta(proxyServiceAccountName(name)),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: proxyServiceAccountName(name) },
      subjects: [{ kind: 'ServiceAccount', name: proxyServiceAccountName(name), namespace }],
    },
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(systemServiceName(name)),
      // Every proxy of the system, across its ActorHosts. With the NATS cluster any of them
      // serves any actor of the system; without it each serves only its own host's actors.
      spec: {
        type: 'ClusterIP',
        selector: systemProxySelector(name),
        ports: [{ name: PROXY_PORT_NAME, port: SYSTEM_SERVICE_PORT, targetPort: PROXY_PORT_NAME, protocol: 'TCP' }],
      },
    },
  };
}

/**
 * The generated statestore key Secret: created once, never updated, and not owned by the
 * ActorSystem, so deleting the system does not make the stored state unreadable (a new system
 * of the same name adopts it again).
 */
export function generatedKeySecret(system: ActorSystem, keyBase64: string): V1Secret {
  const name = system.metadata.name;
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      name: generatedKeySecretName(name),
      namespace: system.metadata.namespace,
      labels: systemLabels(name),
      annotations: {
        'spawn-eigr.io/generated':
          'statestore key, generated once by spawn-operator; kept when the ActorSystem is deleted: the state in the database is encrypted with it',
      },
    },
    data: { [GENERATED_KEY]: Buffer.from(keyBase64, 'utf8').toString('base64') },
  };
}
