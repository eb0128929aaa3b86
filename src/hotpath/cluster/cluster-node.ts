// This proxy as a member of a cluster on NATS (PROXY_CLUSTER_STRATEGY=nats).
//
//   membership  leases in KV <prefix>_members (src/control/cluster/membership.ts)
//   ownership   an actor activates here only with its claim in KV <prefix>_claims; every
//               activation fences the stored state (one compare-and-set write); every turn
//               checks this member's lease right before calling the host
//   routing     an actor not active here goes to the member holding its claim, else to the
//               member rendezvous hashing prefers among those whose hosts registered it
//   transport   NATS request/reply on <prefix>.member.<id>: InvocationRequest in, the
//               InvocationResponse out, the deadline, the wait chain and the hop count in
//               headers; Spawn's cross-system subject spawn.<system>.actors.actions is
//               answered by the members of that system (queue group)
import { performance } from 'node:perf_hooks';
import { Kvm, type KV } from '@nats-io/kv';
import { connect, headers as natsHeaders, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { Claims, Membership, eligible, rendezvous, type MemberInfo } from '../../control/cluster';
import type { CounterSeries, HistogramSeries, Logger, ProxyMetrics } from '../../control';
import { ERROR_CODES, SpawnError, asSpawnError, type ErrorCode } from '../../errors';
import { Status, decodeMessage, encodeInvocationResponse, protocol, type IInvocationRequest, type IInvocationResponse } from '../codec';
import type { HostReply } from '../host';
import { ActorMovedError, type ForwardContext, type Ownership, type RemoteRouter, type Target } from '../runtime';

export interface ClusterSettings {
  servers: readonly string[];
  /** KV bucket and subject prefix: lets several clusters share one NATS. */
  prefix: string;
  memberName: string;
  leaseMs: number;
}

/** Handles an invocation forwarded by another member (the runtime's dispatcher). */
export type ForwardedHandler = (req: IInvocationRequest, ctx: ForwardContext) => Promise<{ reply?: HostReply }>;

const H_DEADLINE = 'Spawn-Deadline';
const H_CHAIN = 'Spawn-Chain';
const H_HOPS = 'Spawn-Hops';
const H_ERROR = 'Spawn-Error-Code';
const H_OWNER = 'Spawn-Owner';
/** W3C trace context of the forwarding span (tracing on at the sender). */
const H_TRACEPARENT = 'traceparent';
const OWNER_CACHE_MAX = 100_000;

type ForwardOutcome = 'ok' | 'moved' | 'error';

export class ClusterNode implements Ownership, RemoteRouter {
  readonly fenceOnActivation = true;
  readonly #nc: NatsConnection;
  readonly #membership: Membership;
  readonly #claims: Claims;
  readonly #logger: Logger;
  /** Claims held here: claim key -> KV revision. */
  readonly #held = new Map<string, number>();
  /** Where actors were last seen active: "system\0cell" -> member id. */
  readonly #owners = new Map<string, string>();
  readonly #subs: Subscription[] = [];
  readonly #systemSubs = new Map<string, Subscription>();
  #handler: ForwardedHandler | undefined;
  #spawned: Promise<KV> | undefined;
  readonly #prefix: string;
  /** Forwarded invocations being answered: a leaving member answers them before it disconnects. */
  readonly #answering = new Set<Promise<void>>();
  /** spawn_cluster_forwarded_total and spawn_cluster_forward_duration_seconds, by outcome. */
  readonly #sent: Record<ForwardOutcome, readonly [CounterSeries, HistogramSeries]>;
  readonly #served: Record<ForwardOutcome, CounterSeries>;

  private constructor(nc: NatsConnection, membership: Membership, claims: Claims, logger: Logger, prefix: string, metrics: ProxyMetrics) {
    this.#prefix = prefix;
    this.#nc = nc;
    this.#membership = membership;
    this.#claims = claims;
    this.#logger = logger;
    const sent = (outcome: ForwardOutcome): readonly [CounterSeries, HistogramSeries] => [
      metrics.clusterForwarded.child({ direction: 'out', outcome }),
      metrics.clusterForwardDuration.child({ outcome }),
    ];
    this.#sent = { ok: sent('ok'), moved: sent('moved'), error: sent('error') };
    const served = (outcome: ForwardOutcome): CounterSeries => metrics.clusterForwarded.child({ direction: 'in', outcome });
    this.#served = { ok: served('ok'), moved: served('moved'), error: served('error') };
    metrics.clusterMembers.trackAll(() => {
      const byState = new Map<string, number>([
        ['active', 0],
        ['draining', 0],
      ]);
      for (const m of membership.view.values()) byState.set(m.state, (byState.get(m.state) ?? 0) + 1);
      return [...byState].map(([state, n]) => [{ state }, n] as const);
    });
  }

  static async start(settings: ClusterSettings, logger: Logger, onFenced: (reason: string) => void, metrics: ProxyMetrics): Promise<ClusterNode> {
    let nc: NatsConnection;
    try {
      nc = await connect({ servers: [...settings.servers], maxReconnectAttempts: -1, reconnectTimeWait: 250, name: `spawn-proxy ${settings.memberName}` });
    } catch (err) {
      throw new SpawnError(
        'SPAWN_ERR_CONFIG',
        `cannot reach NATS at ${settings.servers.join(', ')} (SPAWN_INTERNAL_NATS_HOSTS) to join the cluster: ${(err as Error).message}`,
        { cause: err },
      );
    }
    const membership = new Membership({ nc, bucketPrefix: settings.prefix, name: settings.memberName, leaseMs: settings.leaseMs, logger, onFenced });
    await membership.join();
    const claims = await Claims.open(nc, settings.prefix);
    return new ClusterNode(nc, membership, claims, logger, settings.prefix, metrics);
  }

  get id(): string {
    return this.#membership.id;
  }

  get members(): ReadonlyMap<string, MemberInfo> {
    return this.#membership.view;
  }

  /** Why this member may not run turns, or undefined. */
  get fenced(): string | undefined {
    return this.#membership.fenced;
  }

  // --- Ownership -------------------------------------------------------------------------

  async acquire(system: string, cellName: string): Promise<void> {
    this.check();
    const key = Claims.key(system, cellName);
    const outcome = await this.#claims.acquire(key, this.id, (owner) => this.#membership.isAlive(owner));
    if (!outcome.ours) {
      this.learn(system, cellName, outcome.owner || undefined);
      throw new ActorMovedError(outcome.owner, system, cellName);
    }
    this.#held.set(key, outcome.revision);
    this.learn(system, cellName, undefined);
  }

  async release(system: string, cellName: string): Promise<void> {
    const key = Claims.key(system, cellName);
    const revision = this.#held.get(key);
    if (revision === undefined) return;
    this.#held.delete(key);
    await this.#claims.release(key, revision);
  }

  check(): void {
    const fenced = this.#membership.fenced;
    if (fenced) throw new SpawnError('SPAWN_ERR_NOT_OWNER', `this member (${this.id}) may not run actor turns now: ${fenced}; retry`);
  }

  // --- RemoteRouter ----------------------------------------------------------------------

  place(target: Target, opts: { excludeSelf: boolean }): string | undefined {
    let candidates = eligible(this.#membership.view, target.system, target.entry.def.name);
    if (opts.excludeSelf) candidates = candidates.filter((m) => m.id !== this.id);
    const chosen = rendezvous(`${target.system}\u0000${target.cellName}`, candidates);
    if (!chosen || chosen.id === this.id) return undefined;
    return chosen.id;
  }

  /** Would placement choose another member for this actor now (a member joined that rendezvous prefers)? */
  prefersElsewhere(system: string, type: string, cellName: string): boolean {
    const chosen = rendezvous(`${system}\u0000${cellName}`, eligible(this.#membership.view, system, type));
    return chosen !== undefined && chosen.id !== this.id;
  }

  /** Calls `listener` when members join, leave, start draining or register other actors (not when their owned counts move). */
  onMembersChanged(listener: () => void): void {
    let last = '';
    this.#membership.onView((view) => {
      const shape = [...view.values()]
        .map((m) => `${m.id}:${m.state}:${JSON.stringify(m.systems)}`)
        .sort()
        .join('|');
      if (shape === last) return;
      last = shape;
      listener();
    });
  }

  knownOwner(system: string, cellName: string): string | undefined {
    const owner = this.#owners.get(`${system}\u0000${cellName}`);
    return owner && owner !== this.id && this.#membership.view.has(owner) ? owner : undefined;
  }

  learn(system: string, cellName: string, member: string | undefined): void {
    const k = `${system}\u0000${cellName}`;
    if (member === undefined || member === this.id) this.#owners.delete(k);
    else {
      if (this.#owners.size >= OWNER_CACHE_MAX) this.#owners.clear();
      this.#owners.set(k, member);
    }
  }

  async holder(system: string, cellName: string): Promise<string | undefined> {
    const claim = await this.#claims.get(Claims.key(system, cellName));
    if (!claim || claim.member === this.id) return undefined;
    return this.#membership.view.has(claim.member) ? claim.member : undefined;
  }

  // --- spawned instances ------------------------------------------------------------------

  async recordSpawns(system: string, spawned: ReadonlyArray<{ name: string; parent: string }>): Promise<void> {
    const kv = await this.#spawnedBucket();
    await Promise.all(spawned.map((s) => kv.put(Claims.key(system, s.name), s.parent)));
  }

  async spawnedElsewhere(system: string, name: string): Promise<string | undefined> {
    const entry = await (await this.#spawnedBucket()).get(Claims.key(system, name));
    return entry && entry.operation === 'PUT' ? entry.string() : undefined;
  }

  /** KV <prefix>_spawned: instance (system, name) -> its UNNAMED template, for every member. */
  #spawnedBucket(): Promise<KV> {
    this.#spawned ??= new Kvm(this.#nc).create(`${this.#prefix}_spawned`, { history: 1, replicas: 1 });
    return this.#spawned;
  }

  async forward(member: string, req: IInvocationRequest, ctx: ForwardContext): Promise<{ reply?: HostReply }> {
    const start = performance.now();
    let outcome: ForwardOutcome = 'error';
    try {
      const result = await this.#forward(member, req, ctx);
      outcome = 'ok';
      return result;
    } catch (err) {
      if (err instanceof ActorMovedError) outcome = 'moved';
      throw err;
    } finally {
      const [count, duration] = this.#sent[outcome];
      count.inc();
      duration.observe((performance.now() - start) / 1000);
    }
  }

  async #forward(member: string, req: IInvocationRequest, ctx: ForwardContext): Promise<{ reply?: HostReply }> {
    const info = this.#membership.view.get(member);
    const subject = info?.subject ?? `${this.#subjectPrefix()}.member.${member}`;
    const h = natsHeaders();
    h.set(H_DEADLINE, String(ctx.deadline));
    h.set(H_HOPS, String(ctx.hops));
    if (ctx.chain.length) h.set(H_CHAIN, JSON.stringify(ctx.chain));
    if (ctx.traceparent) h.set(H_TRACEPARENT, ctx.traceparent);
    const timeout = Math.max(1, ctx.deadline - Date.now());
    let msg;
    try {
      msg = await this.#nc.request(subject, protocol.InvocationRequest.encode(req).finish(), { timeout, headers: h });
    } catch (err) {
      const e = err as Error & { isNoResponders?: () => boolean };
      if (typeof e.isNoResponders === 'function' && e.isNoResponders()) {
        throw new SpawnError('SPAWN_ERR_MEMBER_UNAVAILABLE', `member ${member} does not answer on NATS (gone or restarting); retry`, { cause: err });
      }
      throw new SpawnError('SPAWN_ERR_DEADLINE_EXCEEDED', `member ${member} did not answer within the invocation deadline: ${e.message}`, { cause: err });
    }
    const code = msg.headers?.get(H_ERROR);
    const response = decodeMessage(protocol.InvocationResponse, 'InvocationResponse', msg.data);
    if (code) {
      const text = response.status?.message ?? code;
      const message = text.startsWith(`${code}: `) ? text.slice(code.length + 2) : text;
      if (code === 'SPAWN_ERR_ACTOR_MOVED') {
        const owner = msg.headers?.get(H_OWNER) ?? '';
        throw new ActorMovedError(owner, req.system?.name ?? '', req.actor?.id?.name ?? '');
      }
      throw new SpawnError(code in ERROR_CODES ? (code as ErrorCode) : 'SPAWN_ERR_INTERNAL', `${message} (on member ${member})`);
    }
    if (req.async || (req.scheduledTo ?? 0) > Date.now()) return {};
    return { reply: { response: response.value ? { value: response.value } : { noop: {} } } };
  }

  // --- transport -------------------------------------------------------------------------

  #subjectPrefix(): string {
    return this.#membership.subject.slice(0, this.#membership.subject.indexOf('.member.'));
  }

  /** Answers invocations forwarded to this member. */
  serve(handler: ForwardedHandler): void {
    this.#handler = handler;
    this.#subs.push(this.#nc.subscribe(this.#membership.subject, { callback: (err, msg) => this.#onMessage(err, msg) }));
  }

  /** Spawn's cross-system subject for `system`, answered by one member of the system (queue group). */
  #serveSystem(system: string): void {
    if (this.#systemSubs.has(system)) return;
    const subject = `spawn.${system}.actors.actions`;
    const sub = this.#nc.subscribe(subject, { queue: subject, callback: (err, msg) => this.#onMessage(err, msg) });
    this.#systemSubs.set(system, sub);
  }

  #onMessage(err: Error | null, msg: Msg): void {
    if (err) return;
    const answering = this.#answer(msg.data, msg.headers, (d, h) => msg.respond(d, { headers: h })).finally(() => this.#answering.delete(answering));
    this.#answering.add(answering);
  }

  async #answer(data: Uint8Array, hdrs: MsgHdrs | undefined, respond: (data: Uint8Array, h: MsgHdrs) => void): Promise<void> {
    const h = natsHeaders();
    let body: Uint8Array;
    try {
      const req = decodeMessage(protocol.InvocationRequest, 'InvocationRequest', data);
      const deadline = Number(hdrs?.get(H_DEADLINE) || 0) || Date.now() + 60_000;
      const hops = Number(hdrs?.get(H_HOPS) || 0);
      const chainText = hdrs?.get(H_CHAIN);
      const chain = chainText ? (JSON.parse(chainText) as string[]) : [];
      if (deadline <= Date.now()) throw new SpawnError('SPAWN_ERR_DEADLINE_EXCEEDED', 'the forwarded invocation arrived after its deadline');
      const traceparent = hdrs?.get(H_TRACEPARENT);
      const result = await this.#handler!(req, { deadline, chain, hops, ...(traceparent ? { traceparent } : {}) });
      const response: IInvocationResponse = { status: { status: Status.OK }, system: req.system, actor: req.actor };
      const value = result.reply?.response.value;
      if (value) response.value = value;
      else if (result.reply) response.noop = {};
      body = encodeInvocationResponse(response);
      this.#served.ok.inc();
    } catch (err) {
      this.#served[err instanceof ActorMovedError ? 'moved' : 'error'].inc();
      const e = asSpawnError(err);
      h.set(H_ERROR, e.code);
      if (err instanceof ActorMovedError) h.set(H_OWNER, err.owner);
      body = protocol.InvocationResponse.encode({ status: { status: Status.ERROR, message: e.statusMessage } }).finish();
    }
    respond(body, h);
  }

  /** After a registration: publish what this member's hosts run, and answer the system's subject. */
  async registered(systems: Record<string, string[]>): Promise<void> {
    for (const system of Object.keys(systems)) this.#serveSystem(system);
    await this.#membership.setSystems(systems);
  }

  setOwned(owned: Record<string, number>): void {
    this.#membership.setOwned(owned);
  }

  /** Draining: others stop placing actors here (this member still answers forwarded calls). */
  async startDraining(): Promise<void> {
    await this.#membership.startDraining();
    // A moment for the others to read the new state before actors are handed off.
    await new Promise((r) => setTimeout(r, Math.min(1000, this.#membership.renewEveryMs * 2)));
  }

  /**
   * Takes no more forwarded invocations (those already delivered are still taken), and
   * resolves once every one taken has been answered. The connection stays open: calls this
   * member forwards to others are still waiting on it.
   */
  async stopServing(): Promise<void> {
    await Promise.allSettled([...this.#subs, ...this.#systemSubs.values()].map((s) => s.drain()));
    while (this.#answering.size) await Promise.allSettled([...this.#answering]);
  }

  /** After the lease was lost and every activation dropped: joins again under the same id. */
  async rejoin(): Promise<void> {
    this.#held.clear();
    this.#owners.clear();
    await this.#membership.rejoin();
  }

  async close(): Promise<void> {
    for (const s of [...this.#subs, ...this.#systemSubs.values()]) if (!s.isClosed()) s.unsubscribe();
    await this.#membership.leave();
    await this.#nc.drain().catch(() => undefined);
    this.#logger.info('cluster: left', { member: this.id });
  }
}
