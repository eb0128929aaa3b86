// The reconcilers: read the resource and what it owns, render what it should own (the same
// code as `spawn-proxy render`), and write only what differs — each applied object carries
// the hash of what was applied, so a reconcile of an unchanged resource writes nothing.
import { randomBytes } from 'node:crypto';
import type { V1Deployment, V1Secret } from '@kubernetes/client-node';
import type { Logger } from '../control';
import type { Activator, ActivatorStatus, ActorHost, ActorHostStatus, ActorSystem } from './crds';
import { KubeApiError, RESOURCES, type KubeApi, type KubeObject, type ResourceType } from './kube-api';
import { APPLIED_HASH, generatedKeySecretName, hashOf, hostSelector } from './names';
import { activatorSystemName, renderActivator } from './render-activator';
import { hostSystemName, renderActorHost, type RenderOptions } from './render-host';
import { SpecError, checkActorSystem, generatedKeySecret, natsEnabled, renderActorSystem, statestoreKeys, type StatestoreKeys } from './render-system';
import { conditionsFor, deploymentOutcome, failed, reconciled, statusUnchanged, waiting, type Outcome } from './status';
import type { ReconcileResult } from './work-queue';

/** Our typed objects (client-node's types, the CRDs') as the API client's generic object. */
const kube = (o: object): KubeObject => o as KubeObject;

/** Reasons that clear up without a change to the resource (the user creates a Secret): retried with backoff. */
const RETRY_REASONS = new Set(['SecretNotFound', 'SecretIncomplete', 'Conflict']);

const CREDENTIAL_KEYS = ['username', 'password', 'host'];

export class Reconciler {
  readonly #api: KubeApi;
  readonly #render: RenderOptions;
  readonly #logger: Logger;

  constructor(api: KubeApi, render: RenderOptions, logger: Logger) {
    this.#api = api;
    this.#render = render;
    this.#logger = logger;
  }

  async reconcileSystem(namespace: string, name: string): Promise<ReconcileResult | void> {
    const system = await this.#api.get<ActorSystem & KubeObject>(RESOURCES.ActorSystem, namespace, name);
    if (!system || system.metadata.deletionTimestamp) return; // its objects go with it (owner references)
    let status: Record<string, unknown>;
    try {
      checkActorSystem(system);
      const keys = await this.#systemKeys(system);
      const objects = renderActorSystem(system, keys);
      await this.#ensure(RESOURCES.ConfigMap, kube(objects.configMap), system);
      await this.#ensure(RESOURCES.ServiceAccount, kube(objects.serviceAccount), system);
      await this.#ensure(RESOURCES.Role, kube(objects.role), system);
      await this.#ensure(RESOURCES.RoleBinding, kube(objects.roleBinding), system);
      await this.#ensure(RESOURCES.Service, kube(objects.service), system);
      status = this.#status(
        system,
        reconciled(`statestore ${system.spec.statestore.type}${natsEnabled(system) ? ', cluster over NATS' : ', no cluster (one pod per ActorHost)'}`),
      );
      status.statestoreKey = keys.current;
      // null removes an earlier value (a merge patch).
      status.previousStatestoreKey = keys.previous ?? null;
    } catch (err) {
      return this.#fail(RESOURCES.ActorSystem, system, err);
    }
    await this.#writeStatus(RESOURCES.ActorSystem, system, status);
  }

  async reconcileHost(namespace: string, name: string): Promise<ReconcileResult | void> {
    const host = await this.#api.get<ActorHost & KubeObject>(RESOURCES.ActorHost, namespace, name);
    if (!host || host.metadata.deletionTimestamp) return;
    const base: Partial<ActorHostStatus> = {
      selector: Object.entries(hostSelector(name))
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    };
    let systemName: string;
    let system: (ActorSystem & KubeObject) | undefined;
    try {
      systemName = hostSystemName(host);
      base.actorSystem = systemName;
      system = await this.#api.get<ActorSystem & KubeObject>(RESOURCES.ActorSystem, namespace, systemName);
    } catch (err) {
      return this.#fail(RESOURCES.ActorHost, host, err, base);
    }
    if (!system) {
      // The system's creation brings this host back (the operator maps systems to their hosts).
      return this.#writeStatus(RESOURCES.ActorHost, host, {
        ...base,
        ...this.#status(host, failed('ActorSystemNotFound', `ActorSystem ${systemName} does not exist in namespace ${namespace}`)),
      });
    }
    const keys = systemReady(system);
    if (!keys) {
      const ready = system.status?.conditions?.find((c) => c.type === 'Ready');
      return this.#writeStatus(RESOURCES.ActorHost, host, {
        ...base,
        ...this.#status(host, waiting('WaitingForActorSystem', `ActorSystem ${systemName} is not ready${ready?.message ? `: ${ready.message}` : ''}`)),
      });
    }
    let deployment: V1Deployment;
    try {
      const objects = renderActorHost(host, system, keys, this.#render);
      const autoscaler = host.spec.autoscaler;
      deployment = (await this.#ensure(RESOURCES.Deployment, kube(objects.deployment), host, (desired, live) => {
        // The HPA owns the replica count: keep what it chose (within bounds) instead of resetting it.
        if (!autoscaler) return;
        const current = (live as V1Deployment | undefined)?.spec?.replicas ?? autoscaler.min ?? 1;
        (desired as V1Deployment).spec!.replicas = Math.min(autoscaler.max, Math.max(autoscaler.min ?? 1, current));
      })) as V1Deployment;
      await this.#ensure(RESOURCES.Service, kube(objects.service), host);
      await this.#ensure(RESOURCES.PodDisruptionBudget, kube(objects.podDisruptionBudget), host);
      if (objects.horizontalPodAutoscaler) await this.#ensure(RESOURCES.HorizontalPodAutoscaler, kube(objects.horizontalPodAutoscaler), host);
      else await this.#deleteOwned(RESOURCES.HorizontalPodAutoscaler, host);
    } catch (err) {
      return this.#fail(RESOURCES.ActorHost, host, err, base);
    }
    await this.#writeStatus(RESOURCES.ActorHost, host, {
      ...base,
      ...this.#status(host, deploymentOutcome(deployment)),
      replicas: deployment.status?.replicas ?? 0,
      readyReplicas: deployment.status?.readyReplicas ?? 0,
    });
  }

  /**
   * An Activator: its Deployment (and, for an HTTP source, its Service), once its ActorSystem
   * exists and the Secrets it references have the keys the pod reads.
   */
  async reconcileActivator(namespace: string, name: string): Promise<ReconcileResult | void> {
    const activator = await this.#api.get<Activator & KubeObject>(RESOURCES.Activator, namespace, name);
    if (!activator || activator.metadata.deletionTimestamp) return;
    const systemName = activatorSystemName(activator);
    const base: Partial<ActivatorStatus> = { actorSystem: systemName };
    let deployment: V1Deployment;
    try {
      const objects = renderActivator(activator, this.#render);
      base.proxyUrl = objects.proxyUrl;
      // The system's creation brings this activator back (the operator maps systems to their activators).
      if (!(await this.#api.get(RESOURCES.ActorSystem, namespace, systemName))) {
        throw new SpecError('ActorSystemNotFound', [`ActorSystem ${systemName} does not exist in namespace ${namespace}`]);
      }
      await this.#checkSecretRefs(objects.deployment, namespace);
      deployment = (await this.#ensure(RESOURCES.Deployment, kube(objects.deployment), activator)) as V1Deployment;
      if (objects.service) await this.#ensure(RESOURCES.Service, kube(objects.service), activator);
      else await this.#deleteOwned(RESOURCES.Service, activator);
    } catch (err) {
      return this.#fail(RESOURCES.Activator, activator, err, base);
    }
    await this.#writeStatus(RESOURCES.Activator, activator, {
      ...base,
      ...this.#status(activator, deploymentOutcome(deployment)),
      replicas: deployment.status?.replicas ?? 0,
      readyReplicas: deployment.status?.readyReplicas ?? 0,
    });
  }

  /** Every Secret key the pods read exists: a missing one would keep them from starting (retried, like the system's credentials). */
  async #checkSecretRefs(deployment: V1Deployment, namespace: string): Promise<void> {
    const wanted = new Map<string, string[]>();
    for (const c of deployment.spec?.template.spec?.containers ?? []) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref?.name && !ref.optional) wanted.set(ref.name, [...(wanted.get(ref.name) ?? []), ref.key]);
      }
    }
    for (const [secretName, keys] of wanted) {
      const secret = await this.#api.get<V1Secret & KubeObject>(RESOURCES.Secret, namespace, secretName);
      if (!secret) throw new SpecError('SecretNotFound', [`Secret ${secretName} does not exist in namespace ${namespace}`]);
      const missing = keys.filter((k) => !(k in (secret.data ?? {})));
      if (missing.length > 0) throw new SpecError('SecretIncomplete', [`Secret ${secretName} lacks the key(s) ${missing.join(', ')}`]);
    }
  }

  /** Where the statestore key comes from; generates the key Secret (once) when nothing else provides one. */
  async #systemKeys(system: ActorSystem): Promise<StatestoreKeys> {
    const namespace = system.metadata.namespace!;
    const credentialsName = system.spec.statestore.credentialsSecretRef;
    const credentials = await this.#api.get<V1Secret & KubeObject>(RESOURCES.Secret, namespace, credentialsName);
    if (!credentials)
      throw new SpecError('SecretNotFound', [`statestore.credentialsSecretRef: Secret ${credentialsName} does not exist in namespace ${namespace}`]);
    const have = new Set(Object.keys(credentials.data ?? {}));
    const missing = CREDENTIAL_KEYS.filter((k) => !have.has(k));
    if (missing.length > 0) throw new SpecError('SecretIncomplete', [`Secret ${credentialsName} lacks the key(s) ${missing.join(', ')}`]);
    const credentialsHaveKey = have.has('encryptionKey');
    const generatedName = generatedKeySecretName(system.metadata.name);
    let generatedExists = (await this.#api.get(RESOURCES.Secret, namespace, generatedName)) !== undefined;
    if (!credentialsHaveKey && !generatedExists) {
      try {
        // Created, never updated: the state in the database is encrypted with it. Its value is never logged.
        await this.#api.create(RESOURCES.Secret, kube(generatedKeySecret(system, randomBytes(32).toString('base64'))));
        this.#logger.info('generated the statestore key', { namespace, secret: generatedName, system: system.metadata.name });
      } catch (err) {
        if (!(err instanceof KubeApiError && err.status === 409)) throw err;
      }
      generatedExists = true;
    }
    return statestoreKeys(system, credentialsHaveKey, generatedExists);
  }

  /**
   * Applies `desired` unless the live object already carries its hash. `adjust` may set fields
   * that are not part of the hash (a replica count the HPA owns) just before an apply.
   */
  async #ensure(
    t: ResourceType,
    desired: KubeObject,
    owner: KubeObject,
    adjust?: (desired: KubeObject, live: KubeObject | undefined) => void,
  ): Promise<KubeObject> {
    const hash = hashOf(desired);
    desired.metadata.annotations = { ...desired.metadata.annotations, [APPLIED_HASH]: hash };
    const live = await this.#api.get(t, desired.metadata.namespace!, desired.metadata.name);
    if (live) {
      const controller = live.metadata.ownerReferences?.find((r) => r.controller);
      if (controller?.uid !== owner.metadata.uid) {
        throw new SpecError('Conflict', [`${t.kind} ${desired.metadata.name} exists and is not this ${owner.kind}'s: delete or rename it`]);
      }
      if (live.metadata.annotations?.[APPLIED_HASH] === hash && !live.metadata.deletionTimestamp) return live;
    }
    adjust?.(desired, live);
    const applied = await this.#api.apply(t, desired);
    this.#logger.info(live ? 'updated' : 'created', {
      kind: t.kind,
      namespace: desired.metadata.namespace,
      name: desired.metadata.name,
      owner: `${owner.kind}/${owner.metadata.name}`,
    });
    return applied;
  }

  async #deleteOwned(t: ResourceType, owner: KubeObject): Promise<void> {
    const live = await this.#api.get(t, owner.metadata.namespace!, owner.metadata.name);
    if (!live || live.metadata.ownerReferences?.find((r) => r.controller)?.uid !== owner.metadata.uid) return;
    await this.#api.delete(t, owner.metadata.namespace!, owner.metadata.name, live.metadata.uid);
    this.#logger.info('deleted', {
      kind: t.kind,
      namespace: owner.metadata.namespace,
      name: owner.metadata.name,
      owner: `${owner.kind}/${owner.metadata.name}`,
    });
  }

  #status(obj: KubeObject, outcome: Outcome): { observedGeneration?: number; conditions: ReturnType<typeof conditionsFor> } {
    const live = (obj.status ?? {}) as { conditions?: Parameters<typeof conditionsFor>[2] };
    return { observedGeneration: obj.metadata.generation, conditions: conditionsFor(outcome, obj.metadata.generation, live.conditions) };
  }

  async #fail(t: ResourceType, obj: KubeObject, err: unknown, extra: Record<string, unknown> = {}): Promise<ReconcileResult | void> {
    if (!(err instanceof SpecError)) throw err; // API trouble: the queue retries with backoff
    this.#logger.warn('cannot reconcile', {
      kind: t.kind,
      namespace: obj.metadata.namespace,
      name: obj.metadata.name,
      reason: err.reason,
      problems: err.problems,
    });
    await this.#writeStatus(t, obj, { ...extra, ...this.#status(obj, failed(err.reason, err.message)) });
    // A spec problem waits for a change of the spec; a missing Secret is looked for again.
    if (RETRY_REASONS.has(err.reason)) throw err;
  }

  async #writeStatus(t: ResourceType, obj: KubeObject, next: Record<string, unknown>): Promise<void> {
    if (statusUnchanged(obj.status as Record<string, unknown> | undefined, next)) return;
    await this.#api.patchStatus(t, obj.metadata.namespace!, obj.metadata.name, next);
  }
}

/** The statestore keys of a system that is reconciled and ready, else undefined. */
function systemReady(system: ActorSystem): StatestoreKeys | undefined {
  const s = system.status;
  const ready = s?.conditions?.find((c) => c.type === 'Ready');
  if (!s?.statestoreKey || ready?.status !== 'True' || s.observedGeneration !== system.metadata.generation) return undefined;
  return s.previousStatestoreKey ? { current: s.statestoreKey, previous: s.previousStatestoreKey } : { current: s.statestoreKey };
}
