// The operator process: campaigns for the leader lease and, while it leads, runs the
// informers and the three reconcilers (ActorSystem, ActorHost, Activator). Two replicas never
// both act: informers and queues run only in the leader, and every write is fenced on the
// lease being held (KubeApi.beforeWrite).
import type { Logger } from '../control';
import type { Activator } from './crds';
import { activatorSystemName } from './render-activator';
import { hostSystemName } from './render-host';
import { Informer, objectKey, type Backoff } from './informer';
import { NotLeaderError, RESOURCES, type KubeApi, type KubeObject } from './kube-api';
import { LeaderElector, type LeaderOptions } from './leader';
import { MANAGED_SELECTOR, canonicalJson } from './names';
import { Reconciler } from './reconciler';
import { WorkQueue } from './work-queue';

interface OperatorOptions {
  api: KubeApi;
  logger: Logger;
  /** spawn-proxy image for sidecars that name none. */
  proxyImage: string;
  /** Watch only this namespace (default: all). */
  namespace?: string;
  leader: LeaderOptions;
  backoff?: Backoff;
  /** Reconciles at once per kind. */
  concurrency?: number;
  /** Called when the lease is lost: the process should exit (a restarted one campaigns again). */
  onLeadershipLost?: () => void;
  /** Called when this replica starts leading. */
  onLeading?: () => void;
}

/** Kinds the operator creates; their changes (a deleted Service, a Deployment's rollout) bring the owner back. */
const OWNED = [
  RESOURCES.ConfigMap,
  RESOURCES.ServiceAccount,
  RESOURCES.Role,
  RESOURCES.RoleBinding,
  RESOURCES.Deployment,
  RESOURCES.Service,
  RESOURCES.PodDisruptionBudget,
  RESOURCES.HorizontalPodAutoscaler,
];

/** A change the reconciler must look at: a new generation, or metadata it reads. */
function specChanged(obj: KubeObject, old: KubeObject | undefined): boolean {
  if (!old) return true;
  const m = obj.metadata;
  const o = old.metadata;
  return (
    m.generation !== o.generation ||
    m.deletionTimestamp !== o.deletionTimestamp ||
    canonicalJson(m.annotations ?? {}) !== canonicalJson(o.annotations ?? {}) ||
    canonicalJson(m.labels ?? {}) !== canonicalJson(o.labels ?? {})
  );
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
}

export class Operator {
  readonly #o: OperatorOptions;
  readonly #elector: LeaderElector;
  readonly #reconciler: Reconciler;
  #systems: WorkQueue | undefined;
  #hosts: WorkQueue | undefined;
  #activators: WorkQueue | undefined;
  #informers: Informer[] = [];
  #hostInformer: Informer | undefined;
  #activatorInformer: Informer | undefined;

  constructor(options: OperatorOptions) {
    this.#o = options;
    this.#elector = new LeaderElector(options.api, options.leader, options.logger);
    this.#reconciler = new Reconciler(options.api, { proxyImage: options.proxyImage }, options.logger);
    options.api.beforeWrite = () => {
      if (!this.#elector.holds()) throw new NotLeaderError();
    };
  }

  get leading(): boolean {
    return this.#elector.holds();
  }

  start(): void {
    this.#elector.run(
      () => {
        this.#startControllers();
        this.#o.onLeading?.();
      },
      () => {
        void this.#stopControllers();
        this.#o.onLeadershipLost?.();
      },
    );
  }

  /** Stops reconciling and hands the lease back. */
  async stop(): Promise<void> {
    await this.#stopControllers();
    await this.#elector.stop();
  }

  /** Resolves once every informer has listed and every queue is idle (tests, and start-up logs). */
  async settled(): Promise<void> {
    for (;;) {
      if (this.#informers.length > 0 && this.#informers.every((i) => i.synced)) {
        await Promise.all([this.#systems?.idle(), this.#hosts?.idle(), this.#activators?.idle()]);
        if (this.#informers.every((i) => i.synced)) return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Informer and queue counters (tests, logs). */
  stats(): {
    informers: Record<string, Informer['stats']>;
    systems?: WorkQueue['stats'];
    hosts?: WorkQueue['stats'];
    activators?: WorkQueue['stats'];
  } {
    const informers: Record<string, Informer['stats']> = {};
    for (const [i, inf] of this.#informers.entries()) informers[String(i)] = { ...inf.stats };
    return { informers, systems: this.#systems?.stats, hosts: this.#hosts?.stats, activators: this.#activators?.stats };
  }

  #startControllers(): void {
    const { api, logger } = this.#o;
    const backoff = this.#o.backoff ?? { baseMs: 500, maxMs: 60_000 };
    const concurrency = this.#o.concurrency ?? 4;
    const scope = this.#o.namespace ? { namespace: this.#o.namespace } : {};
    const systems = new WorkQueue('ActorSystem', (key) => this.#reconciler.reconcileSystem(...splitKey(key)), { concurrency, backoff }, logger);
    const hosts = new WorkQueue('ActorHost', (key) => this.#reconciler.reconcileHost(...splitKey(key)), { concurrency, backoff }, logger);
    const activators = new WorkQueue('Activator', (key) => this.#reconciler.reconcileActivator(...splitKey(key)), { concurrency, backoff }, logger);
    this.#systems = systems;
    this.#hosts = hosts;
    this.#activators = activators;

    const dependentsOf = (system: KubeObject): void => {
      for (const h of this.#hostInformer?.objects() ?? []) {
        if (h.metadata.namespace !== system.metadata.namespace) continue;
        try {
          if (hostSystemName(h as never) === system.metadata.name) hosts.add(objectKey(h));
        } catch {
          // a host naming two systems is reported by its own reconcile
        }
      }
      // An activator waits for its system to exist; the system's Service is its proxy URL.
      for (const a of this.#activatorInformer?.objects() ?? []) {
        if (a.metadata.namespace === system.metadata.namespace && activatorSystemName(a as unknown as Activator) === system.metadata.name) {
          activators.add(objectKey(a));
        }
      }
    };
    const systemInformer = new Informer(
      api,
      RESOURCES.ActorSystem,
      scope,
      {
        onChange: (obj, old) => {
          if (specChanged(obj, old)) systems.add(objectKey(obj));
          // Its hosts wait for its status (Ready, the statestore key) and follow its spec; its activators wait for it.
          dependentsOf(obj);
        },
        onDelete: (obj) => dependentsOf(obj),
      },
      logger,
      backoff,
    );
    const hostInformer = new Informer(
      api,
      RESOURCES.ActorHost,
      scope,
      { onChange: (obj, old) => (specChanged(obj, old) ? hosts.add(objectKey(obj)) : undefined), onDelete: () => undefined },
      logger,
      backoff,
    );
    this.#hostInformer = hostInformer;
    const activatorInformer = new Informer(
      api,
      RESOURCES.Activator,
      scope,
      { onChange: (obj, old) => (specChanged(obj, old) ? activators.add(objectKey(obj)) : undefined), onDelete: () => undefined },
      logger,
      backoff,
    );
    this.#activatorInformer = activatorInformer;
    const toOwner = (obj: KubeObject): void => {
      for (const ref of obj.metadata.ownerReferences ?? []) {
        if (!ref.controller) continue;
        const key = `${obj.metadata.namespace ?? ''}/${ref.name}`;
        if (ref.kind === 'ActorSystem') systems.add(key);
        else if (ref.kind === 'ActorHost') hosts.add(key);
        else if (ref.kind === 'Activator') activators.add(key);
      }
    };
    const owned = OWNED.map(
      (t) => new Informer(api, t, { ...scope, labelSelector: MANAGED_SELECTOR }, { onChange: toOwner, onDelete: toOwner }, logger, backoff),
    );
    // Hosts and activators first, so that a system's first events find them.
    this.#informers = [hostInformer, activatorInformer, systemInformer, ...owned];
    for (const i of this.#informers) i.start();
    logger.info('controllers started', { namespace: this.#o.namespace ?? '(all)', watches: this.#informers.length });
  }

  async #stopControllers(): Promise<void> {
    this.#systems?.stop();
    this.#hosts?.stop();
    this.#activators?.stop();
    const informers = this.#informers;
    this.#informers = [];
    await Promise.all(informers.map((i) => i.stop()));
  }
}
