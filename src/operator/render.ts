// `spawn-proxy render -f FILE`: the objects the operator would create for the ActorSystems,
// ActorHosts and Activators in FILE, without a cluster (like `helm template`), for GitOps. The
// same renderers as the reconcilers; what only a cluster knows is decided from the file: a
// credentials Secret in it with `encryptionKey` supplies the statestore key, otherwise the pods
// read the generated key Secret, which render never prints (a key in Git, or re-rendered, would
// be a new key): it says how to create it once. An Activator needs only its system's name.
import { parseAllDocuments, stringify } from 'yaml';
import type { Activator, ActorHost, ActorSystem } from './crds';
import { generatedKeySecretName, GENERATED_KEY } from './names';
import { renderActivator } from './render-activator';
import { hostSystemName, renderActorHost, type RenderOptions } from './render-host';
import { SpecError, renderActorSystem, statestoreKeys } from './render-system';

interface Doc {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  [k: string]: unknown;
}

interface RenderResult {
  objects: object[];
  /** What the user must do besides applying the objects (to stderr). */
  notes: string[];
}

/** The documents of a YAML (one or several, `---`-separated) or JSON file; `List`s are flattened. */
export function parseDocuments(text: string): Doc[] {
  const out: Doc[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0)
      throw new SpecError(
        'InvalidFile',
        doc.errors.map((e) => e.message),
      );
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) throw new SpecError('InvalidFile', ['every document must be a Kubernetes object']);
    const d = value as Doc;
    if (d.kind === 'List' || (d.kind?.endsWith('List') && Array.isArray(d.items))) out.push(...((d.items as Doc[]) ?? []));
    else out.push(d);
  }
  return out;
}

const keyOf = (ns: string, name: string): string => `${ns}/${name}`;

export function renderDocuments(docs: Doc[], options: RenderOptions & { namespace: string }): RenderResult {
  const problems: string[] = [];
  const systems = new Map<string, ActorSystem>();
  const hosts: ActorHost[] = [];
  const activators: Activator[] = [];
  const secrets = new Map<string, Doc>();
  const notes: string[] = [];
  for (const [i, d] of docs.entries()) {
    const name = d.metadata?.name;
    if (!name) {
      problems.push(`document ${i + 1}: metadata.name is missing`);
      continue;
    }
    const meta = { ...d.metadata, name, namespace: d.metadata?.namespace ?? options.namespace };
    const where = `${d.kind ?? '?'} ${meta.namespace}/${name}`;
    if (d.kind === 'ActorSystem' || d.kind === 'ActorHost' || d.kind === 'Activator') {
      if (d.apiVersion !== 'spawn-eigr.io/v1') {
        problems.push(`${where}: apiVersion must be spawn-eigr.io/v1 (got ${String(d.apiVersion)})`);
        continue;
      }
    }
    if (d.kind === 'ActorSystem') systems.set(keyOf(meta.namespace, name), { ...(d as unknown as ActorSystem), metadata: meta });
    else if (d.kind === 'ActorHost') hosts.push({ ...(d as unknown as ActorHost), metadata: meta });
    else if (d.kind === 'Activator') activators.push({ ...(d as unknown as Activator), metadata: meta });
    else if (d.kind === 'Secret' && d.apiVersion === 'v1') secrets.set(keyOf(meta.namespace, name), d);
    else problems.push(`${where}: render reads ActorSystem, ActorHost, Activator and Secret resources only`);
  }
  const objects: object[] = [];
  const keysBySystem = new Map<string, ReturnType<typeof statestoreKeys>>();
  for (const [key, system] of systems) {
    try {
      const ns = system.metadata.namespace!;
      const credentials = secrets.get(keyOf(ns, system.spec?.statestore?.credentialsSecretRef ?? ''));
      const data = { ...((credentials?.data as object) ?? {}), ...((credentials?.stringData as object) ?? {}) };
      const hasKey = 'encryptionKey' in data;
      const keys = statestoreKeys(system, hasKey, false);
      if (!hasKey) {
        const secret = generatedKeySecretName(system.metadata.name);
        notes.push(
          `ActorSystem ${key}: create the statestore key once, and keep it (every state row is encrypted with it): ` +
            `kubectl -n ${ns} create secret generic ${secret} --from-literal=${GENERATED_KEY}="$(openssl rand -base64 32)"`,
        );
      }
      keysBySystem.set(key, keys);
      const o = renderActorSystem(system, keys);
      objects.push(o.configMap, o.serviceAccount, o.role, o.roleBinding, o.service);
    } catch (err) {
      problems.push(...describe(`ActorSystem ${key}`, err));
    }
  }
  for (const host of hosts) {
    const where = `ActorHost ${keyOf(host.metadata.namespace!, host.metadata.name)}`;
    try {
      const systemKey = keyOf(host.metadata.namespace!, hostSystemName(host));
      const system = systems.get(systemKey);
      const keys = keysBySystem.get(systemKey);
      if (!system) {
        problems.push(`${where}: its ActorSystem ${systemKey} is not in the file`);
        continue;
      }
      if (!keys) continue; // the system's own problems are reported
      const o = renderActorHost(host, system, keys, options);
      objects.push(o.deployment, o.service, o.podDisruptionBudget, ...(o.horizontalPodAutoscaler ? [o.horizontalPodAutoscaler] : []));
    } catch (err) {
      problems.push(...describe(where, err));
    }
  }
  for (const activator of activators) {
    const where = `Activator ${keyOf(activator.metadata.namespace!, activator.metadata.name)}`;
    try {
      // Its ActorSystem need not be in the file: only its name (the Service's) is read.
      const o = renderActivator(activator, options);
      objects.push(o.deployment, ...(o.service ? [o.service] : []));
    } catch (err) {
      problems.push(...describe(where, err));
    }
  }
  if (problems.length > 0) throw new SpecError('InvalidSpec', problems);
  return { objects, notes };
}

function describe(where: string, err: unknown): string[] {
  if (err instanceof SpecError) return err.problems.map((p) => `${where}: ${p}`);
  throw err;
}

/** Kubernetes reads YAML 1.1 (`on`, `yes` are booleans there): strings are quoted accordingly. */
export function toYaml(objects: readonly object[]): string {
  return objects.map((o) => stringify(o, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');
}
