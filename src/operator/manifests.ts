// The install manifests in deploy/ (`npm run manifests` writes them, CI checks they are
// current): the CRDs, the operator's RBAC and Deployment, and example resources for the
// TypeScript example host (with an HTTP activator in front of it). Everything is rendered from code, so the CRDs carry the proxy's
// current settings and the operator's RBAC matches what the reconcilers call.
import type { V1ClusterRole, V1Deployment } from '@kubernetes/client-node';
import { API_VERSION, customResourceDefinitions, GROUP, type Activator, type ActorHost, type ActorSystem } from './crds';
import { DEFAULT_PROXY_IMAGE } from './names';
import { toYaml } from './render';

const OPERATOR_NAMESPACE = 'spawn-operator';
const OPERATOR_NAME = 'spawn-operator';
export const LEASE_NAME = 'spawn-operator';

interface ManifestFile {
  /** Path under deploy/. */
  path: string;
  /** What the file is, for its header comment. */
  about: string;
  objects: object[];
}

/** The operator's permissions: exactly the verbs the reconcilers and informers use. */
export function operatorClusterRole(): V1ClusterRole {
  const owned = ['get', 'list', 'watch', 'create', 'patch', 'delete'];
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: OPERATOR_NAME, labels: { 'app.kubernetes.io/name': OPERATOR_NAME } },
    rules: [
      { apiGroups: [GROUP], resources: ['actorsystems', 'actorhosts', 'activators'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: [GROUP], resources: ['actorsystems/status', 'actorhosts/status', 'activators/status'], verbs: ['get', 'patch'] },
      { apiGroups: [''], resources: ['configmaps', 'serviceaccounts', 'services'], verbs: owned },
      // Secrets: read the referenced credentials, create the generated key once. Never list,
      // watch or change them.
      { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'create'] },
      { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: owned },
      { apiGroups: ['apps'], resources: ['deployments'], verbs: owned },
      { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: owned },
      { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: owned },
    ],
  };
}

function operatorDeployment(image: string): V1Deployment {
  const labels = { 'app.kubernetes.io/name': OPERATOR_NAME };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: OPERATOR_NAME, namespace: OPERATOR_NAMESPACE, labels },
    spec: {
      // Two replicas: one leads (a Lease), the other takes over within the lease duration.
      replicas: 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: OPERATOR_NAME,
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'operator',
              image,
              command: ['node', 'dist/bin/operator.js'],
              // $(VAR) is expanded by the kubelet from the env below (the downward API).
              args: [
                '--proxy-image',
                image,
                '--lease-name',
                LEASE_NAME,
                '--lease-namespace',
                '$(POD_NAMESPACE)',
                '--identity',
                '$(POD_NAME)',
                '--health-port',
                '8081',
              ],
              env: [
                { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
              ],
              ports: [{ name: 'health', containerPort: 8081 }],
              livenessProbe: { httpGet: { path: '/healthz', port: 'health' }, periodSeconds: 10 },
              readinessProbe: { httpGet: { path: '/healthz', port: 'health' }, periodSeconds: 10 },
              resources: { requests: { cpu: '50m', memory: '96Mi' }, limits: { memory: '256Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
            },
          ],
        },
      },
    },
  };
}

/**
 * Example resources for examples/typescript-host: a credentials Secret to edit, an ActorSystem,
 * an ActorHost, and an HTTP Activator (a webhook: POST /orders places an order).
 */
export function exampleResources(namespace = 'default'): object[] {
  const system: ActorSystem = {
    apiVersion: API_VERSION,
    kind: 'ActorSystem',
    metadata: { name: 'shop', namespace },
    spec: { statestore: { type: 'Postgres', credentialsSecretRef: 'shop-postgres', pool: { size: 10 } } },
  };
  const host: ActorHost = {
    apiVersion: API_VERSION,
    kind: 'ActorHost',
    metadata: { name: 'typescript-host', namespace },
    spec: {
      actorSystem: 'shop',
      replicas: 1,
      host: {
        image: 'spawn-typescript-host:0.1.0',
        sdk: 'typescript',
        ports: [{ name: 'actions', containerPort: 8090 }],
      },
      sidecar: { settings: { SPAWN_PROXY_LOGGER_LEVEL: 'info', PROXY_SHUTDOWN_TIMEOUT_MS: 25000 } },
    },
  };
  const credentials = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'shop-postgres', namespace },
    type: 'Opaque',
    // Spawn's keys. Replace with your database's; add encryptionKey to bring your own state key.
    stringData: { host: 'postgres.default.svc', port: '5432', database: 'shop', username: 'spawn', password: 'change-me' },
  };
  const webhook: Activator = {
    apiVersion: API_VERSION,
    kind: 'Activator',
    metadata: { name: 'order-webhook', namespace, annotations: { 'spawn-eigr.io/actor-system': 'shop' } },
    spec: {
      activator: { type: 'http', replicas: 1, settings: { port: 8080 } },
      bindings: {
        sources: [{ name: 'place-order', path: '/orders', method: 'POST' }],
        sinks: [{ name: 'orders', actor: 'orders', action: 'place' }],
      },
    },
  };
  return [credentials, system, host, webhook];
}

export function manifestFiles(image = DEFAULT_PROXY_IMAGE): ManifestFile[] {
  const sa = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: OPERATOR_NAME, namespace: OPERATOR_NAMESPACE } };
  return [
    {
      path: 'crds.yaml',
      about: 'The CustomResourceDefinitions ActorSystem, ActorHost and Activator (spawn-eigr.io/v1).',
      objects: customResourceDefinitions(),
    },
    {
      path: 'operator.yaml',
      about: `The operator: namespace ${OPERATOR_NAMESPACE}, its RBAC (cluster-wide for the resources, a Role for its leader Lease) and its Deployment (image ${image}).`,
      objects: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: OPERATOR_NAMESPACE } },
        sa,
        operatorClusterRole(),
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'ClusterRoleBinding',
          metadata: { name: OPERATOR_NAME },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: OPERATOR_NAME },
          subjects: [{ kind: 'ServiceAccount', name: OPERATOR_NAME, namespace: OPERATOR_NAMESPACE }],
        },
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'Role',
          metadata: { name: `${OPERATOR_NAME}-leader`, namespace: OPERATOR_NAMESPACE },
          rules: [{ apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] }],
        },
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'RoleBinding',
          metadata: { name: `${OPERATOR_NAME}-leader`, namespace: OPERATOR_NAMESPACE },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${OPERATOR_NAME}-leader` },
          subjects: [{ kind: 'ServiceAccount', name: OPERATOR_NAME, namespace: OPERATOR_NAMESPACE }],
        },
        operatorDeployment(image),
      ],
    },
    {
      path: 'examples/typescript-host.yaml',
      about:
        'examples/typescript-host on Kubernetes: a credentials Secret (edit it), the ActorSystem "shop", the ActorHost "typescript-host" and the HTTP Activator "order-webhook".',
      objects: exampleResources(),
    },
  ];
}

/** Each file's text: a header saying where it comes from, then its objects as YAML documents. */
export function renderManifestFiles(image?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of manifestFiles(image)) {
    out[f.path] = `# ${f.about}\n# Generated by \`npm run manifests\` from src/operator/: change the code, not this file.\n---\n${toYaml(f.objects)}`;
  }
  return out;
}
