// What this proxy holds, for people: actor systems, registered actors, activations and one
// actor's details (GET /api/v1/introspect/..., `spawn-proxy actors ls|show`). Read-only; it
// never activates an actor nor reads the store.
import { SpawnError } from '../../errors';
import { cellKey, type ActivationLifecycle } from './activation';
import type { ActorCell } from './actor-cell';
import type { ActorDefinition, ActorKind } from './definitions';
import type { ActorDirectory, Target } from './directory';
import type { RemoteRouter } from './remote';

export interface SystemInfo {
  name: string;
  /** Registered actors (NAMED, POOLED, UNNAMED templates). */
  actors: number;
  /** Spawned instances of UNNAMED templates. */
  instances: number;
  /** Actors activated in this process. */
  activations: number;
}

export interface ActorTypeInfo {
  name: string;
  kind: ActorKind;
  stateful: boolean;
  actions: string[];
  timers: Array<{ action: string; periodMs: number }>;
  channels: Array<{ topic: string; action: string }>;
  snapshotMs: number;
  deactivateMs: number;
  /** POOLED: members `<name>-<min>` .. `<name>-<max>`. */
  pool?: { min: number; max: number };
  /** UNNAMED templates: spawned instances. */
  instances?: number;
  /** Activated in this process (instances and pool members included). */
  activations: number;
  /** Where its code runs. */
  host: string;
}

export interface ActivationInfo {
  /** The actor's name (a pool member's alias). */
  name: string;
  /** The registered actor it is an instance of (itself for NAMED actors). */
  type: string;
  kind: ActorKind;
  revision: number;
  /** Since the last invocation from outside (timer turns do not count). */
  idleMs: number;
  activeForMs: number;
  /** Turns running or waiting. */
  mailboxDepth: number;
  /** Changed since its last write. */
  dirty: boolean;
  /** The store holds a newer revision: it reloads before its next turn. */
  stale: boolean;
  /** The cluster member that holds it (this one); absent without a cluster. */
  owner?: string;
}

export interface ActivationPage {
  system: string;
  /** Activations of the system (of `type`, when given) in this process. */
  total: number;
  activations: ActivationInfo[];
  /** Pass as `after` for the next page; absent on the last page. */
  next?: string;
}

export interface ActorDetails {
  system: string;
  name: string;
  type: ActorTypeInfo;
  /** UNNAMED instance: its template; pool member: the pool. */
  parent?: string;
  active: boolean;
  activation?: ActivationInfo & { tags: Record<string, string>; stateTypeUrl?: string; stateBytes: number };
  /** Cluster, not active here: the member known to hold it (ownerKnown), else the one placement picks now. */
  owner?: string;
  ownerKnown?: boolean;
}

export const MAX_PAGE = 1000;

export class Introspection {
  readonly #directory: ActorDirectory;
  readonly #lifecycle: ActivationLifecycle;
  readonly #remote: RemoteRouter | undefined;

  constructor(directory: ActorDirectory, lifecycle: ActivationLifecycle, remote: RemoteRouter | undefined) {
    this.#directory = directory;
    this.#lifecycle = lifecycle;
    this.#remote = remote;
  }

  /** This cluster member's id, or undefined without a cluster. */
  get member(): string | undefined {
    return this.#remote?.id;
  }

  systems(): SystemInfo[] {
    const active = this.#lifecycle.countBySystem();
    return Object.entries(this.#directory.registered())
      .map(([name, actors]) => {
        let instances = 0;
        for (const [, a] of this.#directory.addressable(name)) if (a.def.kind === 'unnamed' && a.id.name !== a.def.name) instances++;
        return { name, actors: actors.length, instances, activations: active[name] ?? 0 };
      })
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  actors(system: string): ActorTypeInfo[] {
    this.#requireSystem(system);
    const active = new Map<string, number>();
    for (const c of this.#lifecycle.cells()) if (c.def.system === system) active.set(c.def.name, (active.get(c.def.name) ?? 0) + 1);
    const instances = new Map<string, number>();
    for (const [, a] of this.#directory.addressable(system)) {
      if (a.def.kind === 'unnamed' && a.id.name !== a.def.name) instances.set(a.def.name, (instances.get(a.def.name) ?? 0) + 1);
    }
    return [...this.#directory.definitions(system)]
      .map((d) => describeType(d, active.get(d.name) ?? 0, instances.get(d.name) ?? 0))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /**
   * A page of the system's activations, by name: the first `limit` whose name sorts after
   * `after`. Each page scans the system's activations once.
   */
  activations(system: string, opts: { limit: number; after?: string; type?: string }): ActivationPage {
    this.#requireSystem(system);
    const limit = Math.min(Math.max(1, opts.limit), MAX_PAGE);
    const now = Date.now();
    let total = 0;
    const candidates: ActorCell[] = [];
    for (const c of this.#lifecycle.cells()) {
      if (c.def.system !== system || (opts.type !== undefined && c.def.name !== opts.type)) continue;
      total++;
      if (opts.after === undefined || c.storeKey.name > opts.after) candidates.push(c);
    }
    candidates.sort((a, b) => (a.storeKey.name < b.storeKey.name ? -1 : 1));
    const page = candidates.slice(0, limit);
    const out: ActivationPage = { system, total, activations: page.map((c) => this.#activation(c, now)) };
    if (candidates.length > limit) out.next = page[page.length - 1]!.storeKey.name;
    return out;
  }

  /** One actor: a registered actor, a spawned instance or a pool member (`<pool>-<i>`). */
  actor(system: string, name: string): ActorDetails {
    this.#requireSystem(system);
    const target = this.#directory.find(system, name) ?? this.#poolMember(system, name);
    if (!target) {
      throw new SpawnError('SPAWN_ERR_ACTOR_NOT_FOUND', `actor '${name}' is not registered in system '${system}' (nor an instance or pool member of one)`);
    }
    const def = target.entry.def;
    let active = 0;
    for (const c of this.#lifecycle.cells()) if (c.def.system === system && c.def.name === def.name) active++;
    let instances = 0;
    for (const [, a] of this.#directory.addressable(system)) if (a.def === def && a.id.name !== def.name) instances++;
    const details: ActorDetails = { system, name, type: describeType(def, active, instances), active: false };
    if (name !== def.name) details.parent = def.name;
    const cell = this.#lifecycle.live(cellKey(system, name));
    if (cell) {
      const state = cell.state;
      details.active = true;
      details.activation = {
        ...this.#activation(cell, Date.now()),
        tags: { ...cell.tags },
        ...(state?.type_url ? { stateTypeUrl: state.type_url } : {}),
        stateBytes: state?.value?.length ?? 0,
      };
    } else if (this.#remote) {
      const known = this.#remote.knownOwner(system, name);
      details.owner = known ?? this.#remote.place(target, { excludeSelf: false }) ?? this.#remote.id;
      details.ownerKnown = known !== undefined;
    }
    return details;
  }

  #activation(c: ActorCell, now: number): ActivationInfo {
    const info: ActivationInfo = {
      name: c.storeKey.name,
      type: c.def.name,
      kind: c.def.kind,
      revision: c.revision,
      idleMs: Math.max(0, now - c.lastActive),
      activeForMs: Math.max(0, now - c.activatedAt),
      mailboxDepth: c.mailbox.depth,
      dirty: c.dirty,
      stale: c.stale,
    };
    if (this.#remote) info.owner = this.#remote.id;
    return info;
  }

  /** `<pool>-<i>` of a POOLED actor. */
  #poolMember(system: string, name: string): Target | undefined {
    const dash = name.lastIndexOf('-');
    if (dash <= 0) return undefined;
    const pool = this.#directory.find(system, name.slice(0, dash));
    const i = Number(name.slice(dash + 1));
    const def = pool?.entry.def;
    if (!pool || !def || def.kind !== 'pooled' || !Number.isInteger(i) || i < def.poolMin || i > def.poolMax) return undefined;
    return { ...pool, cellName: name, hostId: { name: def.name, system, parent: name } };
  }

  #requireSystem(system: string): void {
    if (!(system in this.#directory.registered())) {
      throw new SpawnError('SPAWN_ERR_SYSTEM_NOT_FOUND', `actor system '${system}' has no registered actors on this proxy`);
    }
  }
}

function describeType(d: ActorDefinition, activations: number, instances: number): ActorTypeInfo {
  return {
    name: d.name,
    kind: d.kind,
    stateful: d.stateful,
    actions: [...d.actions],
    timers: d.timers.map((t) => ({ action: t.action, periodMs: t.periodMs })),
    channels: d.channels.map((c) => ({ topic: c.topic, action: c.action })),
    snapshotMs: d.snapshotMs,
    deactivateMs: d.deactivateMs,
    ...(d.kind === 'pooled' ? { pool: { min: d.poolMin, max: d.poolMax } } : {}),
    ...(d.kind === 'unnamed' ? { instances } : {}),
    activations,
    host: d.host.description,
  };
}
