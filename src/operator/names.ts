// Names, labels and annotations of what the operator creates, in one place.
import { createHash } from 'node:crypto';
import { API_VERSION, type ObjectMeta } from './crds';

/** The image `docker build` in this repository is tagged with in the docs (the package's version). */
export const DEFAULT_PROXY_IMAGE = 'spawn-proxy:0.1.0';

export const FIELD_MANAGER = 'spawn-operator';
const MANAGED_BY = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'spawn-operator';
export const MANAGED_SELECTOR = `${MANAGED_BY}=${MANAGED_BY_VALUE}`;

const SYSTEM_LABEL = 'spawn-eigr.io/actor-system';
const HOST_LABEL = 'spawn-eigr.io/actor-host';
const ACTIVATOR_LABEL = 'spawn-eigr.io/activator';
const COMPONENT = 'app.kubernetes.io/component';
/** Spawn HEAD names an ActorHost's system with this annotation; we read it too. */
export const SYSTEM_ANNOTATION = 'spawn-eigr.io/actor-system';
export const DEFAULT_SYSTEM = 'spawn-system';
/** On every object the operator applies: the hash of what it applied, so an unchanged reconcile writes nothing. */
export const APPLIED_HASH = 'spawn-eigr.io/applied-hash';
/** On the pod template: the hash of the system's shared proxy configuration, so a change to it rolls the pods. */
export const CONFIG_HASH = 'spawn-eigr.io/proxy-config-hash';

export const PROXY_CONTAINER = 'spawn-proxy';
export const HOST_CONTAINER = 'actorhost';
export const PROXY_PORT_NAME = 'proxy-http';
export const TMP_VOLUME = 'spawn-proxy-tmp';
export const ACTIVATOR_CONTAINER = 'activator';

export const proxyConfigMapName = (system: string): string => `${system}-proxy-config`;
export const generatedKeySecretName = (system: string): string => `${system}-statestore-key`;
export const GENERATED_KEY = 'SPAWN_STATESTORE_KEY';
export const proxyServiceAccountName = (system: string): string => `${system}-proxy`;
/** The ActorSystem's Service: every proxy of the system (what activators and other in-cluster clients call). */
export const systemServiceName = (system: string): string => `${system}-proxy`;

export function systemLabels(system: string): Record<string, string> {
  return {
    'app.kubernetes.io/part-of': system,
    [COMPONENT]: 'actor-system',
    [MANAGED_BY]: MANAGED_BY_VALUE,
    [SYSTEM_LABEL]: system,
  };
}

export function hostSelector(host: string): Record<string, string> {
  return { [HOST_LABEL]: host };
}

export function hostLabels(system: string, host: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': host,
    'app.kubernetes.io/part-of': system,
    [COMPONENT]: 'actor-host',
    [MANAGED_BY]: MANAGED_BY_VALUE,
    [SYSTEM_LABEL]: system,
    [HOST_LABEL]: host,
  };
}

/** The pods of every ActorHost of `system`: where its proxies run. */
export function systemProxySelector(system: string): Record<string, string> {
  return { [SYSTEM_LABEL]: system, [COMPONENT]: 'actor-host' };
}

export function activatorSelector(activator: string): Record<string, string> {
  return { [ACTIVATOR_LABEL]: activator };
}

export function activatorLabels(system: string, activator: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': activator,
    'app.kubernetes.io/part-of': system,
    [COMPONENT]: 'activator',
    [MANAGED_BY]: MANAGED_BY_VALUE,
    [SYSTEM_LABEL]: system,
    [ACTIVATOR_LABEL]: activator,
  };
}

/** The controller owner reference to `owner`, or none when it has no uid yet (an offline render). */
export function ownedBy(owner: { kind: string; metadata: ObjectMeta }): Pick<ObjectMeta, 'ownerReferences'> {
  const { uid, name } = owner.metadata;
  if (!uid) return {};
  return { ownerReferences: [{ apiVersion: API_VERSION, kind: owner.kind, name, uid, controller: true, blockOwnerDeletion: true }] };
}

/** JSON with object keys sorted, so equal objects hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32);
}
