// Invocations of actors that live on another member of a cluster. The runtime asks where an
// actor lives before activating it here, and hands the invocation over when it is elsewhere.
import { SpawnError } from '../../errors';
import type { IInvocationRequest } from '../codec';
import type { HostReply } from '../host';
import type { Target } from './directory';

/** What travels with a forwarded invocation. */
export interface ForwardContext {
  /** Epoch ms: the caller's deadline. */
  deadline: number;
  /** Cell keys of actors waiting synchronously on this call (cycle detection across members). */
  chain: readonly string[];
  /** How many members it passed through already. */
  hops: number;
  /** Tracing on: the W3C traceparent of the forwarding span (NATS header `traceparent`). */
  traceparent?: string;
}

export interface RemoteRouter {
  /** This member's id. */
  readonly id: string;
  /** The member that should run `target` when no member holds it yet, or undefined for this one. */
  place(target: Target, opts: { excludeSelf: boolean }): string | undefined;
  /** The member last known to hold the actor (learned from a moved answer), if not this one. */
  knownOwner(system: string, cellName: string): string | undefined;
  /** Remembers where an actor lives (or forgets it, with undefined). */
  learn(system: string, cellName: string, member: string | undefined): void;
  /** The live member other than this one that holds the actor's claim (it is active there), if any. */
  holder(system: string, cellName: string): Promise<string | undefined>;
  /** Records spawned instances for every member (before the spawn is acknowledged). */
  recordSpawns(system: string, spawned: ReadonlyArray<{ name: string; parent: string }>): Promise<void>;
  /** The template of an instance another member spawned, or undefined. */
  spawnedElsewhere(system: string, name: string): Promise<string | undefined>;
  /** Runs the invocation on `member`; rejects with its SpawnError (ActorMovedError when it moved on). */
  forward(member: string, req: IInvocationRequest, ctx: ForwardContext): Promise<{ reply?: HostReply }>;
}

/** The actor is activated on another live member. */
export class ActorMovedError extends SpawnError {
  constructor(
    readonly owner: string,
    system: string,
    actor: string,
  ) {
    super('SPAWN_ERR_ACTOR_MOVED', `actor '${actor}' in system '${system}' is active on member ${owner}`);
  }
}

/**
 * Forwarded at most this many times before the caller gets the error. A rolling restart can
 * spend a hop on each member that leaves or hands the actor on (3 failed a roll in CI once);
 * the caller's deadline bounds the rest.
 */
export const MAX_HOPS = 6;
