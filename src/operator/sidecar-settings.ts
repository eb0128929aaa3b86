// The bridge between the proxy's configuration schema (src/control/config-schema.ts) and the
// operator: which variables the operator sets itself, which come from the ActorSystem, and
// which users tune per ActorHost in `spec.sidecar.settings` — keyed by the variable's own
// name, typed and bounded by the schema, so the CRD, the container env and the proxy can
// never disagree on a name. A new setting in a sidecar group becomes tunable by itself; a
// new group, or a new secret, must be placed here first (test/operator/sidecar-env.test.ts).
// The cluster's settings joined the schema while the operator was written: they are placed
// below like every other (the operator once wrote them from a list of pending names).
import { CONFIG_GROUPS, describeConfig, type ConfigEntry, type ConfigGroup } from '../control';
import type { JSONSchema } from './schema';

/** Groups of the schema that configure the proxy sidecar. */
export const SIDECAR_GROUPS: ReadonlySet<string> = new Set<ConfigGroup>(['proxy', 'host', 'actors', 'pubsub', 'storage', 'cluster', 'process']);

/**
 * Groups of the schema that are not the sidecar's (other processes' settings). Every group is
 * in exactly one of the two lists; a test fails when a group is in neither.
 */
export const NON_SIDECAR_GROUPS: ReadonlySet<string> = new Set<ConfigGroup>([
  // bin/activator's settings (src/activators/config-schema.ts): an Activator's pods, not the sidecar.
  'activator',
  'activatorMapping',
  'activatorAmqp',
  'activatorNats',
  'activatorHttpCron',
]);

/** Set by the operator for every pod, whatever the resources say (why, for the docs). */
export const OPERATOR_SET: Readonly<Record<string, string>> = {
  PROXY_HTTP_BIND: '`0.0.0.0`: the Service and the kubelet probes reach the proxy on the pod IP',
  USER_FUNCTION_HOST: '`127.0.0.1`: the host is the other container of the same pod',
  PROXY_NODE_NAME: "the pod's name",
  PROXY_CLUSTER_MEMBER_NAME: "the pod's name",
  PROXY_DATA_DIR: 'unused: an ActorSystem has no embedded store (SQLite) to keep files for',
  PROXY_ADMIN_TOKEN: 'not set: the introspection routes answer only the containers of the pod (loopback)',
};

/** Set from the ActorSystem (its statestore), for every ActorHost of the system. */
export const SYSTEM_SET: Readonly<Record<string, string>> = {
  PROXY_DATABASE_TYPE: '`spec.statestore.type`',
  PROXY_DATABASE_POOL_SIZE: '`spec.statestore.pool.size`',
  PROXY_DATABASE_SSL: '`spec.statestore.ssl`',
  PROXY_DATABASE_SSL_VERIFY: '`spec.statestore.ssl_verify`',
  PROXY_DATABASE_NAME: 'key `database` of the credentials Secret',
  PROXY_DATABASE_HOST: 'key `host` of the credentials Secret',
  PROXY_DATABASE_PORT: 'key `port` of the credentials Secret',
  PROXY_DATABASE_USERNAME: 'key `username` of the credentials Secret',
  PROXY_DATABASE_SECRET: 'key `password` of the credentials Secret',
  SPAWN_STATESTORE_KEY: 'key `encryptionKey` of the credentials Secret, else the generated `<system>-statestore-key` Secret',
  SPAWN_STATESTORE_KEY_PREVIOUS: 'the generated key, once `encryptionKey` replaced it',
  PROXY_CLUSTER_STRATEGY: '`nats` when `spec.cluster.features.nats` is enabled (else the default, `none`)',
  SPAWN_INTERNAL_NATS_HOSTS: '`spec.cluster.features.nats.url`',
  PROXY_CLUSTER_PREFIX: '`spawn-<namespace>-<system>`: one cluster per ActorSystem, even on a shared NATS',
};

/** Entries of the schema that configure the sidecar, in schema order. */
function sidecarEntries(): ConfigEntry[] {
  return describeConfig().filter((e) => SIDECAR_GROUPS.has(e.group));
}

/** The settings users may give in `spec.sidecar.settings`. */
export function tunableEntries(): ConfigEntry[] {
  return sidecarEntries().filter((e) => !e.secret && OPERATOR_SET[e.env] === undefined && SYSTEM_SET[e.env] === undefined);
}

/** Groups the operator does not know: each must go into SIDECAR_GROUPS or NON_SIDECAR_GROUPS. */
export function unplacedGroups(): string[] {
  return Object.keys(CONFIG_GROUPS).filter((g) => !SIDECAR_GROUPS.has(g) && !NON_SIDECAR_GROUPS.has(g));
}

/** Secret settings of the sidecar that nothing sources: the operator cannot give them a value. */
export function unsourcedSecrets(): string[] {
  return sidecarEntries()
    .filter((e) => e.secret && SYSTEM_SET[e.env] === undefined && OPERATOR_SET[e.env] === undefined)
    .map((e) => e.env);
}

function entry(env: string): ConfigEntry {
  const e = describeConfig().find((x) => x.env === env);
  if (!e) throw new Error(`${env} is not in the configuration schema`);
  return e;
}

/** A setting's fixed default as a number (ports, timeouts). */
export function numericDefault(env: string): number {
  const text = entry(env).default;
  const n = Number(text);
  if (text === undefined || !Number.isSafeInteger(n)) throw new Error(`${env} has no fixed integer default`);
  return n;
}

/** Narrower bounds than the proxy's own where Kubernetes needs them. */
const CRD_BOUNDS: Readonly<Record<string, { min?: number; max?: number; why: string }>> = {
  // 0 means "a free port" to the proxy; probes and the Service need to know it.
  PROXY_HTTP_PORT: { min: 1, why: 'a fixed port: probes and the Service point at it' },
};

/** The schema of one tunable setting in the CRD. */
export function settingSchema(e: ConfigEntry): JSONSchema {
  const description = `${e.env}: ${e.description} Default: ${e.defaultText.replace(/`/g, '')}.`;
  switch (e.type) {
    case 'int':
    case 'duration': {
      const bounds = CRD_BOUNDS[e.env];
      const min = bounds?.min ?? e.min;
      const max = bounds?.max ?? e.max;
      return { type: 'integer', description, ...(min !== undefined ? { minimum: min } : {}), ...(max !== undefined ? { maximum: max } : {}) };
    }
    case 'bool':
      return { type: 'boolean', description };
    case 'enum':
      return { type: 'string', description, enum: [...(e.allowed ?? [])] };
    case 'list':
      return { type: 'array', description, items: { type: 'string', minLength: 1 }, minItems: 1 };
    case 'string':
      return { type: 'string', description, minLength: 1 };
    case 'secret':
      throw new Error(`${e.env} is a secret: it is never a CRD field`);
  }
}

/** `spec.sidecar.settings`: every tunable setting, by its variable's name. */
export function settingsSchema(): JSONSchema {
  const properties: Record<string, JSONSchema> = {};
  for (const e of tunableEntries()) properties[e.env] = settingSchema(e);
  return {
    type: 'object',
    description:
      "The proxy's settings for this host's pods, by environment variable (README.md, Configuration). Unset ones keep the proxy's defaults; the statestore and cluster come from the ActorSystem.",
    properties,
  };
}

/** The variable's text for a value of the CRD field (already validated against settingSchema). */
export function settingText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  return String(value);
}
