// Registered actors, read once from the protocol's Actor message into the shape the
// runtime works with. Validation happens here so that a bad registration fails with a
// message naming the actor and the field, instead of failing later at invocation time.
import os from 'node:os';
import type { ActorSeries, ProxyMetrics } from '../../control';
import { SpawnError } from '../../errors';
import { Kind, type IActor, type IActorId, type IActorState } from '../codec';
import type { HostClient } from '../host';

export type ActorKind = 'named' | 'unnamed' | 'pooled';

/** Actions the proxy answers from the actor's state (Spawn §3.10). */
export const DEFAULT_ACTIONS: ReadonlySet<string> = new Set(['get', 'Get', 'get_state', 'getState', 'GetState']);
/** Actions run once per activation, first match in this order (Spawn §3.6). */
export const INIT_ACTIONS: readonly string[] = ['init', 'Init', 'setup', 'Setup'];

export interface TimerAction {
  action: string;
  periodMs: number;
}

export interface ChannelSubscription {
  topic: string;
  action: string;
}

export interface ActorDefinition {
  system: string;
  name: string;
  kind: ActorKind;
  /** The ActorId the host registered (parent is the template name for UNNAMED templates). */
  id: IActorId;
  stateful: boolean;
  snapshotMs: number;
  deactivateMs: number;
  actions: ReadonlySet<string>;
  timers: readonly TimerAction[];
  channels: readonly ChannelSubscription[];
  initialState: IActorState | undefined;
  initAction: string | undefined;
  /** False when the actor registered any default-named action: then all of them go to the host. */
  proxyAnswersDefaults: boolean;
  /** POOLED only: members are `<name>-<i>` for i in [poolMin, poolMax]. */
  poolMin: number;
  poolMax: number;
  /** The host that registered the actor and runs its code. */
  host: HostClient;
  /** Its metric series, bound on first use (seriesOf): the hot path never builds a label set. */
  series: ActorSeries | undefined;
}

/** The metric series of an actor type (an instance counts under its template's or pool's name). */
export function seriesOf(def: ActorDefinition, metrics: ProxyMetrics): ActorSeries {
  return (def.series ??= metrics.actor(def.system, def.name));
}

export interface DefinitionDefaults {
  deactivateMs: number;
  snapshotMs: number;
}

function kindOf(kind: number | null | undefined): ActorKind {
  switch ((kind ?? 0) as (typeof Kind)[keyof typeof Kind]) {
    case Kind.UNNAMED:
      return 'unnamed';
    case Kind.POOLED:
      return 'pooled';
    default:
      // UNKNOW_KIND, NAMED, PROXY (reserved) and TASK (Spawn 2.x remote workers) run as named actors here.
      return 'named';
  }
}

function positiveOr(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
}

export function defineActor(system: string, key: string, actor: IActor, defaults: DefinitionDefaults, host: HostClient): ActorDefinition {
  const name = actor.id?.name || key;
  if (!name) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `an actor in system '${system}' has no name`);
  if (key && actor.id?.name && key !== actor.id.name) {
    throw new SpawnError(
      'SPAWN_ERR_BAD_REQUEST',
      `actor registered under key '${key}' in system '${system}' names itself '${actor.id.name}'; the registry key must be the actor's name`,
    );
  }
  const settings = actor.settings ?? {};
  const kind = kindOf(settings.kind);
  const actions = new Set<string>();
  for (const a of actor.actions ?? []) {
    if (!a.name) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `actor '${name}' in system '${system}' registers an action without a name`);
    actions.add(a.name);
  }
  const timers: TimerAction[] = [];
  for (const t of actor.timerActions ?? []) {
    const action = t.action?.name;
    if (!action) throw new SpawnError('SPAWN_ERR_BAD_REQUEST', `actor '${name}' in system '${system}' registers a timer action without a name`);
    const periodMs = t.seconds ?? 0;
    if (periodMs <= 0) {
      throw new SpawnError(
        'SPAWN_ERR_BAD_REQUEST',
        `timer action '${action}' of actor '${name}' in system '${system}' has period ${periodMs}; the period (FixedTimerAction.seconds, read as milliseconds) must be positive`,
      );
    }
    timers.push({ action, periodMs });
  }
  const channels = (actor.metadata?.channelGroup ?? []).filter((c) => c.topic).map((c) => ({ topic: c.topic!, action: c.action || 'receive' }));
  const poolMin = Math.max(1, settings.minPoolSize ?? 0);
  const declaredMax = settings.maxPoolSize ?? 0;
  // Spawn sizes an unbounded pool by the schedulers of the node (spec §3.13).
  const poolMax = declaredMax >= poolMin ? declaredMax : poolMin + os.availableParallelism();

  let proxyAnswersDefaults = true;
  for (const d of DEFAULT_ACTIONS) if (actions.has(d)) proxyAnswersDefaults = false;

  return {
    system,
    name,
    kind,
    id: { name, system, parent: actor.id?.parent ?? '' },
    stateful: settings.stateful === true,
    snapshotMs: positiveOr(settings.snapshotStrategy?.timeout?.timeout, defaults.snapshotMs),
    deactivateMs: positiveOr(settings.deactivationStrategy?.timeout?.timeout, defaults.deactivateMs),
    actions,
    timers,
    channels,
    initialState: actor.state ?? undefined,
    initAction: INIT_ACTIONS.find((a) => actions.has(a)),
    proxyAnswersDefaults,
    poolMin,
    poolMax,
    host,
    series: undefined,
  };
}

/** Whether `action` may be invoked on an actor of this definition. */
export function knowsAction(def: ActorDefinition, action: string): boolean {
  return def.actions.has(action) || DEFAULT_ACTIONS.has(action) || def.timers.some((t) => t.action === action);
}

export function describeActions(def: ActorDefinition): string {
  const names = [...def.actions, ...def.timers.map((t) => t.action)];
  return names.length ? names.join(', ') : '(none)';
}
