// The actor directory: which actor is this, and where does it live?
//
// It knows every registered actor system, the definitions its hosts registered, and the
// addressable actors (named and pooled actors, UNNAMED templates, spawned instances). It
// turns an invocation's (system, actor, pooled) into a Target: the cell to run it in, the
// ActorId the host sees, the definition, and the placement. Today every actor lives in this
// process (LocalDirectory); the cluster's placement implements the same interface and
// answers with a member for actors that live elsewhere.
import { SpawnError } from '../../errors';
import type { IActorId, IRegistrationRequest } from '../codec';
import type { HostClient } from '../host';
import { defineActor, type ActorDefinition, type DefinitionDefaults } from './definitions';

/** An addressable actor: a registered NAMED/POOLED actor or template, or a spawned instance. */
export interface Addressable {
  id: IActorId;
  def: ActorDefinition;
  /** Spawned with ?revision=N: the first activation restores that revision. */
  restoreRevision?: number;
}

/** Where a target's turns run. The cluster adds `{ kind: 'remote', member }`. */
export interface Placement {
  kind: 'local';
}

/** Where an invocation goes, once names, pools and templates are resolved. */
export interface Target {
  system: string;
  /** The cell's name: the actor's name, or the member alias of a pooled actor. */
  cellName: string;
  /** The ActorId the host sees (pool members: the actor's name with the alias as parent). */
  hostId: IActorId;
  entry: Addressable;
  placement: Placement;
}

export interface ActorDirectory {
  /** Registers (or re-registers) a host's actors; returns their definitions. Idempotent. */
  register(req: IRegistrationRequest, host: HostClient): ActorDefinition[];
  /** Makes a named instance of an UNNAMED template addressable (idempotent for the same template). */
  spawn(system: string, name: string, parent: string, revision: number | undefined): Addressable;
  /** Resolves an invocation's target, or throws SPAWN_ERR_SYSTEM_NOT_FOUND / _ACTOR_NOT_FOUND. */
  resolve(system: string, actor: string, pooled: boolean): Target;
  /** The target of a named actor, or undefined when it is not addressable (any more). */
  find(system: string, actor: string): Target | undefined;
  /** The addressable actors of a system (none for an unknown system). */
  addressable(system: string): Iterable<[name: string, entry: Addressable]>;
  /** system -> names of the actors (and templates) registered here. */
  registered(): Record<string, string[]>;
  /** The definitions registered in a system (none for an unknown system). */
  definitions(system: string): Iterable<ActorDefinition>;
  /** Called after a registration or spawn changed a system's actors; `defs`: the definitions involved. */
  onChange(listener: ChangeListener): void;
}

interface SystemEntry {
  name: string;
  definitions: Map<string, ActorDefinition>;
  addressable: Map<string, Addressable>;
}

export type ChangeListener = (system: string, change: 'register' | 'spawn', defs: readonly ActorDefinition[]) => void;

const LOCAL: Placement = Object.freeze({ kind: 'local' });

/** Every actor lives in this process. */
export class LocalDirectory implements ActorDirectory {
  readonly #systems = new Map<string, SystemEntry>();
  readonly #defaults: DefinitionDefaults;
  readonly #listeners: ChangeListener[] = [];

  constructor(defaults: DefinitionDefaults) {
    this.#defaults = defaults;
  }

  onChange(listener: ChangeListener): void {
    this.#listeners.push(listener);
  }

  register(req: IRegistrationRequest, host: HostClient): ActorDefinition[] {
    const sys = req.actorSystem;
    if (!sys?.name) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', 'RegistrationRequest.actor_system.name is empty; name the actor system');
    const defs: ActorDefinition[] = [];
    for (const [key, actor] of Object.entries(sys.registry?.actors ?? {})) {
      defs.push(defineActor(sys.name, key, actor, this.#defaults, host));
    }
    if (defs.length === 0) {
      throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `RegistrationRequest for system '${sys.name}' registers no actors`);
    }
    const system = this.#systemOrCreate(sys.name);
    for (const def of defs) {
      const clash = system.addressable.get(def.name);
      if (clash && clash.def.name !== def.name) {
        throw new SpawnError(
          'SPAWN_ERR_ACTOR_NAME_CONFLICT',
          `cannot register actor '${def.name}' in system '${sys.name}': a spawned instance of '${clash.def.name}' already has that name`,
        );
      }
    }
    for (const def of defs) {
      system.definitions.set(def.name, def);
      system.addressable.set(def.name, { id: def.id, def });
      // Re-registration replaces the definition of spawned instances too.
      for (const a of system.addressable.values()) if (a.def.name === def.name) a.def = def;
    }
    this.#changed(sys.name, 'register', defs);
    return defs;
  }

  spawn(systemName: string, name: string, parent: string, revision: number | undefined): Addressable {
    const system = this.#system(systemName);
    if (!name) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `cannot spawn an actor without a name in system '${systemName}'`);
    if (!parent) {
      throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `cannot spawn actor '${name}' in system '${systemName}': ActorId.parent must name the UNNAMED template`);
    }
    const template = system.definitions.get(parent);
    if (!template) {
      throw new SpawnError(
        'SPAWN_ERR_TEMPLATE_NOT_FOUND',
        `cannot spawn actor '${name}' in system '${systemName}': no actor named '${parent}' is registered to be its template`,
      );
    }
    const existing = system.addressable.get(name);
    if (existing) {
      if (existing.def === template && existing.id.parent === parent) return existing;
      throw new SpawnError(
        'SPAWN_ERR_ACTOR_NAME_CONFLICT',
        `cannot spawn actor '${name}' from template '${parent}' in system '${systemName}': the name is taken by an instance of '${existing.def.name}'`,
      );
    }
    const spawned: Addressable = { id: { name, system: systemName, parent }, def: template };
    if (revision !== undefined && revision > 0) spawned.restoreRevision = revision;
    system.addressable.set(name, spawned);
    this.#changed(systemName, 'spawn', [template]);
    return spawned;
  }

  resolve(systemName: string, actorName: string, pooled: boolean): Target {
    const entry = this.#system(systemName).addressable.get(actorName);
    if (!entry) {
      throw new SpawnError(
        'SPAWN_ERR_ACTOR_NOT_FOUND',
        `actor '${actorName}' is not registered in system '${systemName}' (spawn it first, or pass register_ref with its UNNAMED template)`,
      );
    }
    if (pooled && entry.def.kind === 'pooled') {
      const { poolMin, poolMax } = entry.def;
      const i = poolMin + Math.floor(Math.random() * (poolMax - poolMin + 1));
      const alias = `${actorName}-${i}`;
      return { system: systemName, cellName: alias, hostId: { name: actorName, system: systemName, parent: alias }, entry, placement: LOCAL };
    }
    return { system: systemName, cellName: actorName, hostId: entry.id, entry, placement: LOCAL };
  }

  registered(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [name, system] of this.#systems) out[name] = [...system.definitions.keys()];
    return out;
  }

  find(systemName: string, actorName: string): Target | undefined {
    const entry = this.#systems.get(systemName)?.addressable.get(actorName);
    return entry ? { system: systemName, cellName: actorName, hostId: entry.id, entry, placement: LOCAL } : undefined;
  }

  definitions(systemName: string): Iterable<ActorDefinition> {
    return this.#systems.get(systemName)?.definitions.values() ?? [];
  }

  addressable(systemName: string): Iterable<[string, Addressable]> {
    return this.#systems.get(systemName)?.addressable ?? [];
  }

  #changed(system: string, change: 'register' | 'spawn', defs: readonly ActorDefinition[]): void {
    for (const l of this.#listeners) l(system, change, defs);
  }

  #system(name: string): SystemEntry {
    const system = this.#systems.get(name);
    if (!system) {
      throw new SpawnError(
        'SPAWN_ERR_SYSTEM_NOT_FOUND',
        `actor system '${name}' has no registered actors on this proxy (known: ${[...this.#systems.keys()].join(', ') || 'none'}); register a host first`,
      );
    }
    return system;
  }

  #systemOrCreate(name: string): SystemEntry {
    let system = this.#systems.get(name);
    if (!system) {
      system = { name, definitions: new Map(), addressable: new Map() };
      this.#systems.set(name, system);
    }
    return system;
  }
}
