// The three CRDs (group spawn-eigr.io, version v1, namespaced; spec §7), with Spawn HEAD's
// fields. Fields of Spawn's that we do not support are declared and refused by a CEL rule
// with a message, rather than left out (the API server would prune them silently). README.md
// ("Deploy on Kubernetes") lists every field and what happens to it.
import type { V1CustomResourceDefinition } from '@kubernetes/client-node';
import { describeConfig } from '../control';
import {
  arr,
  bool,
  int,
  notBelow,
  notBoth,
  obj,
  opaque,
  refuseField,
  refuseTrue,
  refuseValues,
  requiredUnlessFalse,
  str,
  stringMap,
  type JSONSchema,
} from './schema';
import { settingsSchema } from './sidecar-settings';

export const GROUP = 'spawn-eigr.io';
const VERSION = 'v1';
export const API_VERSION = `${GROUP}/${VERSION}`;

/** Statestore types Spawn spells (rc.8 and HEAD), and the proxy's PROXY_DATABASE_TYPE for each. */
export const STATESTORE_TYPES: Readonly<Record<string, string>> = {
  Postgres: 'postgres',
  postgres: 'postgres',
  MariaDB: 'mariadb',
  mariadb: 'mariadb',
  MySql: 'mysql',
  MySQL: 'mysql',
  mysql: 'mysql',
  MSSQL: 'mssql',
  mssql: 'mssql',
  CockroachDB: 'cockroachdb',
  cockroachdb: 'cockroachdb',
};

const HOST_SDKS = ['dart', 'elixir', 'go', 'java', 'python', 'rust', 'springboot', 'nodejs', 'typescript'] as const;

// Types of the specs, as the schemas below admit them.
export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  generation?: number;
  resourceVersion?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  deletionTimestamp?: string;
  creationTimestamp?: string;
  ownerReferences?: Array<{ apiVersion: string; kind: string; name: string; uid: string; controller?: boolean; blockOwnerDeletion?: boolean }>;
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  observedGeneration?: number;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

interface ActorSystemSpec {
  statestore: {
    type: string;
    credentialsSecretRef: string;
    pool?: { size?: number };
    ssl?: boolean;
    ssl_verify?: boolean;
  };
  cluster?: {
    features?: {
      nats?: { enabled?: boolean; url?: string };
      erlangMtls?: { enabled?: boolean };
      multiCluster?: { enabled?: boolean; transport?: string };
    };
  };
}

interface ActorSystemStatus {
  observedGeneration?: number;
  conditions?: Condition[];
  /** The Secret and key the proxies read SPAWN_STATESTORE_KEY from. */
  statestoreKey?: SecretKeyRef;
  /** The generated key, kept readable after `encryptionKey` replaced it. */
  previousStatestoreKey?: SecretKeyRef;
}

export interface SecretKeyRef {
  name: string;
  key: string;
}

export interface ActorSystem {
  apiVersion: string;
  kind: 'ActorSystem';
  metadata: ObjectMeta;
  spec: ActorSystemSpec;
  status?: ActorSystemStatus;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: Record<string, unknown>;
}

interface ActorHostSpec {
  actorSystem?: string;
  replicas?: number;
  autoscaler?: { min?: number; max: number; averageCpuUtilizationPercentage?: number; averageMemoryUtilizationValue?: number };
  affinity?: Record<string, unknown>;
  topology?: { nodeSelector?: Record<string, string>; tolerations?: Array<Record<string, unknown>> };
  volumes?: Array<{ name: string } & Record<string, unknown>>;
  terminationGracePeriodSeconds?: number;
  host: {
    image: string;
    embedded?: boolean;
    sdk?: string;
    pullSecretsRef?: string;
    ports?: Array<{ name?: string; containerPort: number; protocol?: string }>;
    env?: EnvVar[];
    resources?: Record<string, unknown>;
    volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean; subPath?: string }>;
  };
  sidecar?: {
    image?: string;
    resources?: Record<string, unknown>;
    settings?: Record<string, string | number | boolean | string[]>;
  };
}

export interface ActorHostStatus {
  observedGeneration?: number;
  conditions?: Condition[];
  actorSystem?: string;
  replicas?: number;
  readyReplicas?: number;
  selector?: string;
}

export interface ActorHost {
  apiVersion: string;
  kind: 'ActorHost';
  metadata: ObjectMeta;
  spec: ActorHostSpec;
  status?: ActorHostStatus;
}

export interface ActivatorStatus {
  observedGeneration?: number;
  conditions?: Condition[];
  actorSystem?: string;
  /** The proxy the activator invokes actors through (SPAWN_PROXY_URL). */
  proxyUrl?: string;
  replicas?: number;
  readyReplicas?: number;
}

export interface Activator {
  apiVersion: string;
  kind: 'Activator';
  metadata: ObjectMeta;
  /** Read by bin/activator itself (src/activators/spec.ts); the CRD checks its outline only. */
  spec: {
    activator: { type: string; kind?: string; replicas?: number; externalConnectorRef?: string; settings?: Record<string, unknown> };
    bindings?: unknown;
  };
  status?: ActivatorStatus;
}

const DNS_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
const DNS_SUBDOMAIN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
const secretName = (description: string): JSONSchema => str(description, { pattern: DNS_SUBDOMAIN, maxLength: 253 });

const NOT_ERLANG = 'spawn-proxy forms its cluster over NATS (spec.cluster.features.nats), not Erlang distribution';

const poolSize = describeConfig().find((e) => e.env === 'PROXY_DATABASE_POOL_SIZE');

const ACTOR_SYSTEM_SPEC: JSONSchema = obj(
  'A group of ActorHosts that share one state store and, over NATS, one cluster.',
  {
    statestore: obj(
      'Where the proxies keep actor state. A database every pod reaches: an embedded store would give each pod its own state.',
      {
        type: str("The database: Postgres, MariaDB, MySql, MSSQL or CockroachDB (any of Spawn's spellings). Spawn's Native (Mnesia) and Sqlite are refused.", {
          enum: Object.keys(STATESTORE_TYPES),
        }),
        credentialsSecretRef: secretName(
          'Secret in this namespace with keys username, password, host and optionally port, database, encryptionKey (Spawn’s keys). Referenced by the pods, never copied.',
        ),
        pool: obj('Connection pool.', {
          size: int('Connections per proxy (PROXY_DATABASE_POOL_SIZE).', {
            ...(poolSize?.min !== undefined ? { minimum: poolSize.min } : {}),
            ...(poolSize?.max !== undefined ? { maximum: poolSize.max } : {}),
          }),
        }),
        ssl: bool('TLS to the database (PROXY_DATABASE_SSL). Default false.'),
        ssl_verify: bool('Verify the database certificate when ssl is on (PROXY_DATABASE_SSL_VERIFY). Default true (Spawn: false).'),
      },
      { required: ['type', 'credentialsSecretRef'] },
    ),
    cluster: obj(
      'How the proxies of this system find each other.',
      {
        kind: str("Spawn's cluster transport (erlang, quic): refused."),
        cookie: str('Erlang cookie: refused.'),
        tls: opaque('rc.8 Erlang distribution TLS: refused.'),
        features: obj('Cluster features.', {
          nats: obj(
            'An existing NATS server (with JetStream) the proxies form their cluster (PROXY_CLUSTER_STRATEGY=nats) and broadcasts over. The operator does not run NATS.',
            {
              enabled: bool('Default true when nats is given.'),
              url: str('NATS server URL(s), comma-separated, e.g. nats://nats.nats.svc:4222.', {
                pattern: '^(nats|tls|ws|wss)://[^,\\s]+(,(nats|tls|ws|wss)://[^,\\s]+)*$',
              }),
              credentialsSecretRef: str(
                "Spawn's NATS credentials Secret: refused, the proxy's NATS connections take no credentials yet (a URL may carry user:password@).",
              ),
            },
            {
              'x-kubernetes-validations': [
                requiredUnlessFalse('url', 'enabled', 'cluster.features.nats.url is required when NATS is enabled (enabled defaults to true)'),
                refuseField(
                  'credentialsSecretRef',
                  "cluster.features.nats.credentialsSecretRef: the proxy's NATS connections take no credentials yet (SPAWN_INTERNAL_NATS_HOSTS has no user or token setting)",
                ),
              ],
            },
          ),
          erlangMtls: obj(
            'Erlang distribution mTLS: refused (only enabled: false is accepted).',
            { enabled: bool('Must be false.'), secretName: str('Refused.'), certManager: opaque('Refused.') },
            {
              'x-kubernetes-validations': [
                refuseTrue('enabled', `cluster.features.erlangMtls: ${NOT_ERLANG}`),
                refuseField('secretName', `cluster.features.erlangMtls.secretName: ${NOT_ERLANG}`),
                refuseField('certManager', `cluster.features.erlangMtls.certManager: ${NOT_ERLANG}`),
              ],
            },
          ),
          multiCluster: obj(
            'Invocations across actor systems over NATS: not implemented by spawn-proxy yet (only enabled: false is accepted).',
            { enabled: bool('Must be false.'), transport: str('nats.', { enum: ['nats'] }) },
            {
              'x-kubernetes-validations': [
                refuseTrue('enabled', 'cluster.features.multiCluster: invocations across actor systems are not implemented by spawn-proxy yet'),
              ],
            },
          ),
        }),
      },
      {
        'x-kubernetes-validations': [
          refuseField('kind', `cluster.kind: ${NOT_ERLANG}; remove cluster.kind`),
          refuseField('cookie', `cluster.cookie: ${NOT_ERLANG}`),
          refuseField('tls', `cluster.tls: ${NOT_ERLANG}`),
        ],
      },
    ),
    externalInvocation: opaque("Spawn v1.4.3's cross-system invocation connector: refused (see cluster.features.multiCluster)."),
  },
  {
    required: ['statestore'],
    'x-kubernetes-validations': [
      refuseField('externalInvocation', 'externalInvocation: invocations across actor systems are not implemented by spawn-proxy yet'),
    ],
  },
);

const port = (description: string): JSONSchema => int(description, { minimum: 1, maximum: 65535 });

const volumeSource = opaque;
const VOLUME: JSONSchema = obj(
  "A pod volume (the kinds Spawn's schema allows).",
  {
    name: str('Volume name.', { pattern: DNS_LABEL, maxLength: 63 }),
    configMap: volumeSource('ConfigMap volume.'),
    secret: volumeSource('Secret volume.'),
    emptyDir: volumeSource('emptyDir volume.'),
    persistentVolumeClaim: volumeSource('PersistentVolumeClaim volume.'),
    hostPath: volumeSource('hostPath volume.'),
    projected: volumeSource('Projected volume.'),
    downwardAPI: volumeSource('Downward API volume.'),
  },
  { required: ['name'] },
);

function actorHostSpecSchema(): JSONSchema {
  return obj(
    'An actor host (the SDK process, your image) and its spawn-proxy sidecar, run as a Deployment.',
    {
      actorSystem: str(
        'Name of the ActorSystem (same namespace) this host belongs to. Spawn’s annotation spawn-eigr.io/actor-system is read too; default spawn-system.',
        { pattern: DNS_SUBDOMAIN, maxLength: 253 },
      ),
      replicas: int('Pods, when there is no autoscaler. More than 1 needs the ActorSystem’s NATS cluster.', { minimum: 0 }),
      autoscaler: obj(
        'A HorizontalPodAutoscaler (autoscaling/v2) on CPU and memory instead of fixed replicas.',
        {
          min: int('Fewest pods (default 1).', { minimum: 1 }),
          max: int('Most pods.', { minimum: 1 }),
          averageCpuUtilizationPercentage: int('Target CPU utilisation, % of the requests (default 80).', { minimum: 1 }),
          averageMemoryUtilizationValue: int('Target memory utilisation, % of the requests (none by default).', { minimum: 1 }),
        },
        { required: ['max'], 'x-kubernetes-validations': [notBelow('max', 'min', 'autoscaler.max must be ≥ autoscaler.min')] },
      ),
      affinity: opaque('Pod affinity (core/v1 Affinity). Default: prefer spreading this host’s pods over nodes.'),
      topology: obj(
        'Node placement.',
        {
          nodeSelector: stringMap('Node labels the pods must run on.'),
          tolerations: arr(
            'Tolerations (core/v1 Toleration).',
            obj('A toleration.', {
              key: str('Taint key.'),
              operator: str('Exists or Equal.', { enum: ['Exists', 'Equal'] }),
              value: str('Taint value.'),
              effect: str('NoSchedule, PreferNoSchedule or NoExecute.', { enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] }),
              tolerationSeconds: int('For NoExecute: how long the pod stays.'),
            }),
          ),
          affinity: opaque("Refused: Spawn's code reads it here, its schema at spec.affinity; use spec.affinity."),
        },
        { 'x-kubernetes-validations': [refuseField('affinity', 'topology.affinity: use spec.affinity')] },
      ),
      volumes: arr('Pod volumes, mounted into the host container with host.volumeMounts.', VOLUME),
      terminationGracePeriodSeconds: int('Seconds a stopping pod gets; must exceed the proxy’s PROXY_SHUTDOWN_TIMEOUT_MS. Default: that timeout + 5 s.', {
        minimum: 1,
      }),
      host: obj(
        'The actor host container (your SDK process).',
        {
          image: str('Container image.', { minLength: 1 }),
          embedded: bool('Spawn’s Elixir SDK with the proxy inside: refused (only false).'),
          sdk: str('The SDK (informational; printed by kubectl get).', { enum: [...HOST_SDKS] }),
          pullSecretsRef: secretName('Image pull Secret for the host image.'),
          ports: arr(
            'Ports the host listens on. The port the proxy calls (USER_FUNCTION_PORT) is the only one, or spec.sidecar.settings.USER_FUNCTION_PORT, or 8090 with none.',
            obj(
              'A container port.',
              {
                name: str('Port name (a Service port name).', { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 15 }),
                containerPort: port('Port number.'),
                protocol: str('TCP, UDP or SCTP.', { enum: ['TCP', 'UDP', 'SCTP'] }),
              },
              { required: ['containerPort'] },
            ),
          ),
          env: arr(
            'Environment of the host container (core/v1 EnvVar).',
            obj(
              'A variable.',
              { name: str('Name.', { minLength: 1 }), value: str('Value.'), valueFrom: opaque('core/v1 EnvVarSource.') },
              { required: ['name'] },
            ),
          ),
          resources: opaque('core/v1 ResourceRequirements of the host container. Default requests: cpu 100m, memory 128Mi.'),
          volumeMounts: arr(
            'Mounts of spec.volumes into the host container.',
            obj(
              'A mount.',
              {
                name: str('Volume name.'),
                mountPath: str('Path in the container.', { minLength: 1 }),
                readOnly: bool('Read-only.'),
                subPath: str('Sub-path of the volume.'),
              },
              { required: ['name', 'mountPath'] },
            ),
          ),
          taskActors: arr("Spawn's remote task workers (FLAME): refused.", opaque('A task actor.')),
          configuration: opaque("Spawn v1.4.3 examples' host.configuration (authentication): refused, neither Spawn nor spawn-proxy implements it."),
        },
        {
          required: ['image'],
          'x-kubernetes-validations': [
            refuseTrue('embedded', 'host.embedded: the Elixir SDK with an embedded proxy is not supported; run the host with the spawn-proxy sidecar'),
            refuseField('taskActors', 'host.taskActors: task actors (remote workers) are not supported by spawn-proxy'),
            refuseField('configuration', 'host.configuration: authentication of callers is not implemented (in Spawn neither)'),
          ],
        },
      ),
      sidecar: obj('The spawn-proxy sidecar.', {
        image: str("spawn-proxy image (default: the operator's --proxy-image).", { minLength: 1 }),
        resources: opaque('core/v1 ResourceRequirements of the proxy container. Default requests: cpu 100m, memory 128Mi; limit memory 512Mi.'),
        settings: settingsSchema(),
      }),
    },
    {
      required: ['host'],
      'x-kubernetes-validations': [notBoth('replicas', 'autoscaler', 'give replicas or autoscaler, not both: with an autoscaler the HPA sets the replicas')],
    },
  );
}

const ACTIVATOR_SPEC: JSONSchema = obj('An event source that turns external events into invocations: the operator runs bin/activator for it (a Deployment).', {
  activator: obj(
    'What runs.',
    {
      type: str('api, amqp, cron, nats or http (any case).', { minLength: 1 }),
      kind: str('deployment (the default); daemonset is refused: the operator runs activators as a Deployment.', {
        enum: ['deployment', 'daemonset', 'Deployment', 'DaemonSet'],
      }),
      replicas: int('Pods of the Deployment (default 1).', { minimum: 0 }),
      externalConnectorRef: secretName('Secret with the connector’s url (and username, password).'),
      settings: opaque('Settings of the activator type.'),
    },
    {
      required: ['type'],
      'x-kubernetes-validations': [
        refuseValues(
          'kind',
          ['daemonset', 'DaemonSet'],
          'activator.kind daemonset: the operator runs activators as a Deployment only (use deployment and replicas)',
        ),
      ],
    },
  ),
  bindings: {
    description: 'Sources and sinks: Spawn HEAD’s {sources, sinks} or v1.4.3’s list of bindings; checked by the activator itself.',
    'x-kubernetes-preserve-unknown-fields': true,
  },
});

const CONDITION: JSONSchema = obj(
  'A metav1.Condition.',
  {
    type: str('Ready, Progressing or Degraded.'),
    status: str('True, False or Unknown.', { enum: ['True', 'False', 'Unknown'] }),
    observedGeneration: { type: 'integer', format: 'int64', description: 'The generation the condition was set for.', minimum: 0 },
    lastTransitionTime: str('When status last changed.', { format: 'date-time' }),
    reason: str('CamelCase reason.'),
    message: str('What happened.'),
  },
  { required: ['type', 'status', 'lastTransitionTime', 'reason', 'message'] },
);

const statusCommon = (): Record<string, JSONSchema> => ({
  observedGeneration: { type: 'integer', format: 'int64', description: 'The generation last reconciled.', minimum: 0 },
  conditions: { ...arr('Ready, Progressing, Degraded.', CONDITION), 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['type'] } as JSONSchema,
});

const keyRef = (d: string): JSONSchema => obj(d, { name: str('Secret name.'), key: str('Key.') });

interface PrinterColumn {
  name: string;
  type: 'string' | 'integer' | 'date' | 'boolean';
  jsonPath: string;
  description?: string;
  priority?: number;
}

const READY: PrinterColumn = { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' };
const AGE: PrinterColumn = { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' };

function crd(
  kind: string,
  plural: string,
  shortNames: string[],
  spec: JSONSchema,
  status: JSONSchema,
  columns: PrinterColumn[],
  scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath: string },
): V1CustomResourceDefinition {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${GROUP}`, labels: { 'app.kubernetes.io/part-of': 'spawn-proxy' } },
    spec: {
      group: GROUP,
      names: { kind, listKind: `${kind}List`, plural, singular: kind.toLowerCase(), shortNames, categories: ['spawn'] },
      scope: 'Namespaced',
      versions: [
        {
          name: VERSION,
          served: true,
          storage: true,
          subresources: { status: {}, ...(scale ? { scale } : {}) },
          additionalPrinterColumns: columns,
          // The wire names (x-kubernetes-*) are what the API server reads; client-node's type
          // spells them in camelCase for its own serializer, which this object never goes through.
          schema: {
            openAPIV3Schema: {
              type: 'object',
              required: ['spec'],
              properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec, status },
            } as never,
          },
        },
      ],
    },
  };
}

export function customResourceDefinitions(): V1CustomResourceDefinition[] {
  return [
    crd(
      'ActorSystem',
      'actorsystems',
      ['as', 'actorsys', 'actorsystem', 'actorsystems', 'system'],
      ACTOR_SYSTEM_SPEC,
      obj('Set by the operator.', {
        ...statusCommon(),
        statestoreKey: keyRef('Where the proxies read SPAWN_STATESTORE_KEY from.'),
        previousStatestoreKey: keyRef('The generated key, still readable after encryptionKey replaced it (SPAWN_STATESTORE_KEY_PREVIOUS).'),
      }),
      [
        { name: 'Statestore', type: 'string', jsonPath: '.spec.statestore.type' },
        { name: 'NATS', type: 'string', jsonPath: '.spec.cluster.features.nats.url' },
        READY,
        AGE,
      ],
    ),
    crd(
      'ActorHost',
      'actorhosts',
      ['ac', 'actor', 'actors', 'actorhost', 'actorhosts'],
      actorHostSpecSchema(),
      obj('Set by the operator.', {
        ...statusCommon(),
        actorSystem: str('The ActorSystem this host belongs to.'),
        replicas: int('Pods of the Deployment.'),
        readyReplicas: int('Pods ready.'),
        selector: str('Label selector of the pods (for kubectl scale and HPAs).'),
      }),
      [
        { name: 'System', type: 'string', jsonPath: '.status.actorSystem' },
        { name: 'Image', type: 'string', jsonPath: '.spec.host.image' },
        { name: 'SDK', type: 'string', jsonPath: '.spec.host.sdk', priority: 1 },
        { name: 'Replicas', type: 'integer', jsonPath: '.status.replicas' },
        { name: 'Available', type: 'integer', jsonPath: '.status.readyReplicas' },
        READY,
        AGE,
      ],
      { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas', labelSelectorPath: '.status.selector' },
    ),
    crd(
      'Activator',
      'activators',
      ['act', 'acts', 'activator', 'activators'],
      ACTIVATOR_SPEC,
      obj('Set by the operator.', {
        ...statusCommon(),
        actorSystem: str('The ActorSystem whose proxies the activator invokes actors through.'),
        proxyUrl: str("The proxy URL the activator invokes (the ActorSystem's Service)."),
        replicas: int('Pods of the Deployment.'),
        readyReplicas: int('Pods ready.'),
      }),
      [
        { name: 'Type', type: 'string', jsonPath: '.spec.activator.type' },
        { name: 'System', type: 'string', jsonPath: '.status.actorSystem' },
        { name: 'Replicas', type: 'integer', jsonPath: '.status.replicas' },
        { name: 'Available', type: 'integer', jsonPath: '.status.readyReplicas' },
        READY,
        AGE,
      ],
    ),
  ];
}

/** The schema of a kind's spec, for validating resources the way the API server does. */
export function specSchema(kind: 'ActorSystem' | 'ActorHost' | 'Activator'): JSONSchema {
  if (kind === 'ActorSystem') return ACTOR_SYSTEM_SPEC;
  if (kind === 'ActorHost') return actorHostSpecSchema();
  return ACTIVATOR_SPEC;
}
