// Cluster membership on NATS JetStream KV: who is a member, what it hosts, whether its
// lease is still valid.
//
//   bucket <prefix>_members   history 1, max_age = lease, R1 (see cluster.md: update-CAS on
//                             replicated buckets is not safe on nats-server < 2.11)
//   key    <member id>        unique per process start (name + incarnation)
//   value  MemberInfo (JSON)  subject to reach it, the actors its hosts registered, state
//
// A member joins with create() and renews with update(key, value, lastRevision) — never a
// blind put, so a member whose key expired (declared gone) cannot come back under the same
// id: its renewal fails and it fences itself. The server expires a key at storeTime + lease;
// the member trusts its lease only until sendTime(last renewal) + lease - margin, measured on
// its own monotonic clock, so it stops running turns before anyone may take its actors.
//
// The view of the other members is read back every renewal (keys + get): a bucket's max_age
// expiry sends no watch event on nats-server 2.9, so expiry is detected by reading.
import { randomBytes } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { Logger } from '../logger';

export type MemberState = 'active' | 'draining';

export interface MemberInfo {
  id: string;
  /** The NATS subject its invocations arrive on. */
  subject: string;
  /** system -> names of the actors (and UNNAMED templates) its hosts registered. */
  systems: Record<string, string[]>;
  state: MemberState;
  /** What it owns, for GET /api/v1/cluster: system -> number of activated actors. */
  owned?: Record<string, number>;
  startedAt: number;
}

export interface MembershipOptions {
  nc: NatsConnection;
  /** Bucket names start with it: <prefix>_members, <prefix>_claims. */
  bucketPrefix: string;
  /** Human part of the member id (default: host name + pid). */
  name: string;
  leaseMs: number;
  logger: Logger;
  /** Called when this member's lease is lost (its key expired at the server): it must drop its activations, then rejoin(). */
  onFenced(reason: string): void;
}

/** Thrown by renew(): our key is gone or was written by someone else. */
class LeaseLost extends Error {}

export class Membership {
  readonly id: string;
  readonly subject: string;
  readonly #o: MembershipOptions;
  #kv: KV | undefined;
  #revision = 0;
  #info: MemberInfo;
  /** performance.now() until which our lease is trusted. */
  #validUntil = 0;
  #timer: NodeJS.Timeout | undefined;
  #view = new Map<string, MemberInfo>();
  #fenced: string | undefined;
  #renewing: Promise<void> | undefined;
  #closed = false;
  readonly #listeners: Array<(view: ReadonlyMap<string, MemberInfo>) => void> = [];

  constructor(options: MembershipOptions) {
    this.#o = options;
    const safeName = options.name.replace(/[^A-Za-z0-9_-]/g, '-');
    this.id = `${safeName}-${randomBytes(4).toString('hex')}`;
    this.subject = `${options.bucketPrefix}.member.${this.id}`;
    this.#info = { id: this.id, subject: this.subject, systems: {}, state: 'active', startedAt: Date.now() };
  }

  /** How long before the server's expiry this member stops trusting its lease. */
  get marginMs(): number {
    return Math.min(3000, Math.floor(this.#o.leaseMs / 3));
  }

  get renewEveryMs(): number {
    return Math.max(100, Math.floor(this.#o.leaseMs / 5));
  }

  async join(): Promise<void> {
    // A renewal that NATS does not answer gives up well before the lease runs out, so the
    // next one (after a reconnect) still finds the key.
    const kvm = new Kvm(jetstream(this.#o.nc, { timeout: Math.min(5000, Math.max(500, 2 * this.renewEveryMs)) }));
    this.#kv = await kvm.create(`${this.#o.bucketPrefix}_members`, { history: 1, ttl: this.#o.leaseMs, replicas: 1 });
    const sent = performance.now();
    this.#revision = await this.#kv.create(this.id, this.#encode());
    this.#validUntil = sent + this.#o.leaseMs - this.marginMs;
    await this.#refreshView();
    this.#schedule();
    this.#o.logger.info('cluster: joined', { member: this.id, leaseMs: this.#o.leaseMs, members: [...this.#view.keys()] });
  }

  /** True while this member may run turns: its lease is valid by its own clock. */
  valid(): boolean {
    return this.#fenced === undefined && performance.now() < this.#validUntil;
  }

  /** Why the lease is not valid, or undefined. */
  get fenced(): string | undefined {
    if (this.#fenced) return this.#fenced;
    return performance.now() < this.#validUntil ? undefined : 'lease not renewed in time';
  }

  /** Live members (this one included) as last read. */
  get view(): ReadonlyMap<string, MemberInfo> {
    return this.#view;
  }

  get info(): Readonly<MemberInfo> {
    return this.#info;
  }

  onView(listener: (view: ReadonlyMap<string, MemberInfo>) => void): void {
    this.#listeners.push(listener);
  }

  /** Publishes what this member hosts (after a registration). */
  async setSystems(systems: Record<string, string[]>): Promise<void> {
    this.#info = { ...this.#info, systems };
    await this.renew();
  }

  setOwned(owned: Record<string, number>): void {
    this.#info = { ...this.#info, owned };
  }

  /** Marks the member draining: others stop placing actors on it. */
  async startDraining(): Promise<void> {
    this.#info = { ...this.#info, state: 'draining' };
    await this.renew().catch(() => undefined);
  }

  /** Is `id`'s lease key present at the server right now (not only in our cached view)? */
  async isAlive(id: string): Promise<boolean> {
    if (id === this.id) return this.valid();
    const entry = await this.#kv!.get(id);
    return entry !== null && entry.operation === 'PUT';
  }

  /** Renews the lease now (also what the timer does). */
  renew(): Promise<void> {
    this.#renewing ??= this.#renew().finally(() => (this.#renewing = undefined));
    return this.#renewing;
  }

  async #renew(): Promise<void> {
    if (this.#fenced || !this.#kv) return;
    const sent = performance.now();
    try {
      this.#revision = await this.#update();
      this.#validUntil = sent + this.#o.leaseMs - this.marginMs;
    } catch (err) {
      const msg = (err as Error).message;
      if (err instanceof LeaseLost) throw this.#fence(err.message);
      // NATS unreachable: keep trying; valid() turns false by itself when the lease runs out.
      this.#o.logger.warn('cluster: lease renewal failed', { member: this.id, error: msg });
      return;
    }
    await this.#refreshView().catch((err: Error) => this.#o.logger.warn('cluster: reading members failed', { error: err.message }));
  }

  /**
   * update() with our last revision. A renewal whose acknowledgement was lost (NATS went
   * away after storing it) leaves us a revision behind: the key still holding our own
   * record means the lease stands (only this member writes its key, and an expired key is
   * gone), so we take its revision and renew again. Throws LeaseLost when the key is gone.
   */
  async #update(): Promise<number> {
    const kv = this.#kv!;
    try {
      return await kv.update(this.id, this.#encode(), this.#revision);
    } catch (err) {
      const msg = (err as Error).message;
      if (!/wrong last sequence/i.test(msg)) throw err;
      const entry = await kv.get(this.id);
      if (!entry || entry.operation !== 'PUT' || (JSON.parse(entry.string()) as MemberInfo).id !== this.id) {
        throw new LeaseLost(`lease lost: the member key was expired or replaced (${msg})`);
      }
      this.#o.logger.info('cluster: a renewal was stored but not acknowledged; going on from it', { member: this.id, revision: entry.revision });
      return kv.update(this.id, this.#encode(), entry.revision);
    }
  }

  #fence(reason: string): Error {
    if (!this.#fenced) {
      this.#fenced = reason;
      this.#o.logger.error('cluster: this member fenced itself', { member: this.id, reason });
      this.#o.onFenced(reason);
    }
    return new Error(reason);
  }

  async #refreshView(): Promise<void> {
    const kv = this.#kv!;
    const ids: string[] = [];
    for await (const k of await kv.keys()) ids.push(k);
    const view = new Map<string, MemberInfo>();
    await Promise.all(
      ids.map(async (id) => {
        const e = await kv.get(id);
        if (e && e.operation === 'PUT') view.set(id, JSON.parse(e.string()) as MemberInfo);
      }),
    );
    if (this.valid()) view.set(this.id, this.#info);
    const changed = view.size !== this.#view.size || [...view].some(([id, m]) => JSON.stringify(this.#view.get(id)) !== JSON.stringify(m));
    this.#view = view;
    if (changed) for (const l of this.#listeners) l(view);
  }

  #schedule(): void {
    if (this.#closed) return;
    this.#timer = setTimeout(() => {
      this.renew()
        .catch(() => undefined)
        .finally(() => {
          if (!this.valid() && !this.#fenced && performance.now() >= this.#validUntil) {
            this.#o.logger.warn('cluster: lease expired before it could be renewed: not running turns until it is', { member: this.id });
          }
          this.#schedule();
        });
    }, this.renewEveryMs);
    this.#timer.unref();
  }

  /**
   * After the lease was lost (the member dropped every activation first): the same member id
   * joins again. Its old claims still name it, which is right: it runs none of their actors
   * now, and a claim another member took over names that member.
   */
  async rejoin(): Promise<void> {
    if (!this.#fenced || this.#closed) return;
    const kv = this.#kv!;
    const sent = performance.now();
    try {
      this.#revision = await kv.create(this.id, this.#encode());
    } catch (err) {
      if (!/wrong last sequence/i.test((err as Error).message)) throw err;
      // Our key is there after all (the renewal that failed was stored): go on from it.
      const entry = await kv.get(this.id);
      if (!entry || entry.operation !== 'PUT') throw err;
      this.#revision = await kv.update(this.id, this.#encode(), entry.revision);
    }
    this.#validUntil = sent + this.#o.leaseMs - this.marginMs;
    this.#fenced = undefined;
    await this.#refreshView().catch(() => undefined);
    this.#o.logger.info('cluster: joined again', { member: this.id, members: [...this.#view.keys()] });
  }

  /** Leaves: deletes the member key (others see it gone at their next read). */
  async leave(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#renewing?.catch(() => undefined);
    if (this.#kv && !this.#fenced) await this.#kv.delete(this.id, { previousSeq: this.#revision }).catch(() => undefined);
  }

  #encode(): string {
    return JSON.stringify(this.#info);
  }
}
