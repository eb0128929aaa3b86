// Leader election on a coordination.k8s.io/v1 Lease, as client-go's leaderelection does it:
// the holder renews every retry period; a candidate takes the lease over only after it has
// seen the record unchanged for a whole lease duration, timed on its own clock (no trust in
// the holder's clock), and every takeover is a replace with the resourceVersion it read, so
// of two candidates one gets 409 Conflict. A holder that cannot renew within the renew
// deadline (shorter than the lease) stops acting before anyone else may start.
import type { Logger } from '../control';
import { KubeApiError, RESOURCES, type KubeApi, type KubeObject } from './kube-api';

export interface LeaderOptions {
  namespace: string;
  name: string;
  identity: string;
  leaseDurationSeconds: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
}

interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
  leaseTransitions?: number;
}

type Lease = KubeObject & { spec?: LeaseSpec };

/** RFC 3339 with microseconds (metav1.MicroTime). */
function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export class LeaderElector {
  readonly #api: KubeApi;
  readonly #o: LeaderOptions;
  readonly #logger: Logger;
  #leading = false;
  #lastRenew = 0;
  #observed = '';
  #observedAt = 0;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;
  #tick: Promise<void> = Promise.resolve();
  #onStarted: () => void = () => undefined;
  #onStopped: () => void = () => undefined;

  constructor(api: KubeApi, options: LeaderOptions, logger: Logger) {
    if (options.renewDeadlineMs >= options.leaseDurationSeconds * 1000) throw new Error('the renew deadline must be shorter than the lease duration');
    if (options.retryPeriodMs >= options.renewDeadlineMs) throw new Error('the retry period must be shorter than the renew deadline');
    this.#api = api;
    this.#o = options;
    this.#logger = logger;
  }

  /** True while this process holds the lease and renewed it within the renew deadline. */
  holds(): boolean {
    return this.#leading && Date.now() - this.#lastRenew < this.#o.renewDeadlineMs;
  }

  /** Campaigns until stopped: `onStarted` when the lease is won, `onStopped` when it is lost. */
  run(onStarted: () => void, onStopped: () => void): void {
    this.#onStarted = onStarted;
    this.#onStopped = onStopped;
    this.#schedule(0);
  }

  /** Stops campaigning; a holder hands the lease back so another replica takes over at once. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#tick;
    if (!this.#leading) return;
    this.#leading = false;
    try {
      const lease = await this.#api.get<Lease>(RESOURCES.Lease, this.#o.namespace, this.#o.name);
      if (lease?.spec?.holderIdentity === this.#o.identity) {
        const now = Date.now();
        await this.#api.replace(RESOURCES.Lease, {
          ...lease,
          spec: { ...lease.spec, holderIdentity: '', leaseDurationSeconds: 1, renewTime: microTime(now), acquireTime: microTime(now) },
        });
        this.#logger.info('leader lease released', { identity: this.#o.identity });
      }
    } catch (err) {
      this.#logger.warn('could not release the leader lease; it expires by itself', { error: err });
    }
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#tick = this.#round().catch((err: unknown) => {
        this.#logger.error('leader election round failed', { error: err });
        this.#schedule(this.#o.retryPeriodMs);
      });
    }, ms);
  }

  async #round(): Promise<void> {
    // A renewal counts from when it was sent: others time the lease from when they see it.
    const started = Date.now();
    let ok = false;
    try {
      ok = await this.#tryAcquireOrRenew();
    } catch (err) {
      this.#logger.warn('leader lease request failed', { error: err, leading: this.#leading });
    }
    if (this.#stopped) return;
    const now = Date.now();
    if (ok) {
      this.#lastRenew = started;
      if (!this.#leading) {
        this.#leading = true;
        this.#logger.info('leading', { identity: this.#o.identity, lease: `${this.#o.namespace}/${this.#o.name}` });
        this.#onStarted();
      }
    } else if (this.#leading && now - this.#lastRenew >= this.#o.renewDeadlineMs) {
      this.#leading = false;
      this.#logger.error('leader lease lost: stopping', { identity: this.#o.identity });
      this.#onStopped();
    }
    this.#schedule(this.#o.retryPeriodMs);
  }

  async #tryAcquireOrRenew(): Promise<boolean> {
    const now = Date.now();
    const { namespace, name, identity, leaseDurationSeconds } = this.#o;
    const lease = await this.#api.get<Lease>(RESOURCES.Lease, namespace, name);
    if (!lease) {
      const spec: LeaseSpec = { holderIdentity: identity, leaseDurationSeconds, acquireTime: microTime(now), renewTime: microTime(now), leaseTransitions: 0 };
      try {
        await this.#api.create(RESOURCES.Lease, { apiVersion: RESOURCES.Lease.apiVersion, kind: 'Lease', metadata: { name, namespace }, spec });
      } catch (err) {
        if (err instanceof KubeApiError && err.status === 409) return false;
        throw err;
      }
      this.#observe(spec, now);
      return true;
    }
    const spec = lease.spec ?? {};
    this.#observe(spec, now);
    const holder = spec.holderIdentity ?? '';
    const duration = (spec.leaseDurationSeconds ?? leaseDurationSeconds) * 1000;
    if (holder !== '' && holder !== identity && this.#observedAt + duration > now) return false;
    const mine = holder === identity;
    const next: LeaseSpec = {
      holderIdentity: identity,
      leaseDurationSeconds,
      acquireTime: mine && spec.acquireTime ? spec.acquireTime : microTime(now),
      renewTime: microTime(now),
      leaseTransitions: mine ? (spec.leaseTransitions ?? 0) : (spec.leaseTransitions ?? 0) + 1,
    };
    try {
      await this.#api.replace<Lease>(RESOURCES.Lease, { ...lease, spec: next });
    } catch (err) {
      if (err instanceof KubeApiError && err.status === 409) return false;
      throw err;
    }
    if (!mine) this.#logger.info('took over the leader lease', { identity, from: holder || '(released)' });
    this.#observe(next, now);
    return true;
  }

  /** Remembers when the lease record last changed, by this process's clock. */
  #observe(spec: LeaseSpec, now: number): void {
    const record = JSON.stringify(spec);
    if (record !== this.#observed) {
      this.#observed = record;
      this.#observedAt = now;
    }
  }
}
