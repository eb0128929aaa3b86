// The contract between the actor runtime and persistence. The runtime only ever sees
// plaintext; adapters for real databases (and encryption at rest) sit behind this.

/** Identity of a persisted actor: (system, actor name). */
export interface ActorKey {
  system: string;
  name: string;
}

/** An actor's state as the runtime holds it: google.protobuf.Any parts plus tags. */
export interface ActorStateRecord {
  tags: Record<string, string>;
  /** google.protobuf.Any.type_url of the state; '' when the actor has no state. */
  typeUrl: string;
  /** google.protobuf.Any.value of the state. */
  data: Uint8Array;
}

export interface StoredState extends ActorStateRecord {
  /** Starts at 1 with the first write and grows by one per write. */
  revision: number;
}

/** A delayed invocation (InvocationRequest.scheduled_to in the future, or a delayed side effect). */
export interface ScheduledInvocation {
  id: string;
  /** Epoch ms. */
  dueAt: number;
  system: string;
  actor: string;
  /** The encoded InvocationRequest (encrypted at rest by SQL stores). */
  request: Uint8Array;
}

/** One write of a batch: compare-and-set against `expectedRevision`. */
export interface SaveItem {
  key: ActorKey;
  record: ActorStateRecord;
  expectedRevision: number;
  /**
   * The previous write of this actor failed without an answer (connection lost), so it may
   * have committed: a row at a newer revision written by this very process is that write,
   * not a conflict.
   */
  afterFailure?: boolean;
}

/** The new revision, or the SpawnError (SPAWN_ERR_STATE_CONFLICT) of that one item. */
export type SaveOutcome = number | Error;

/** Tuning of the snapshot pipeline in front of a store (PROXY_SNAPSHOT_* variables). */
export interface SnapshotSettings {
  shards: number;
  batchSize: number;
  maxBackoffMs: number;
}

export interface StateStore {
  /** Short name for logs and health ("memory", "sqlite", "postgres", ...). */
  readonly kind: string;
  /** Pipeline settings read with the store's configuration; defaults apply when absent. */
  snapshotSettings?: SnapshotSettings;
  /** Prepares the store (connects, runs migrations). */
  init(): Promise<void>;
  /** The current state, or null when the actor was never saved. */
  load(key: ActorKey): Promise<StoredState | null>;
  /** A past revision kept in history, or null when it is not (or no longer) kept. */
  loadRevision(key: ActorKey, revision: number): Promise<StoredState | null>;
  /**
   * Compare-and-set write: succeeds only if the stored revision equals `expectedRevision`
   * (0 = no row yet), and returns the new revision. Throws SpawnError
   * SPAWN_ERR_STATE_CONFLICT when another writer got there first, and
   * SPAWN_ERR_STORE_UNAVAILABLE when the store cannot be reached.
   */
  save(key: ActorKey, state: ActorStateRecord, expectedRevision: number): Promise<number>;
  /**
   * Many compare-and-set writes in one round of the database (one transaction for SQL
   * stores). Each item succeeds or conflicts on its own; the promise rejects only when
   * the store as a whole failed (SPAWN_ERR_STORE_UNAVAILABLE), and then nothing is known
   * to be written.
   */
  saveBatch(items: readonly SaveItem[]): Promise<SaveOutcome[]>;
  /** Stores a delayed invocation (one row each). Rejects when it could not be stored durably. */
  addScheduled(item: ScheduledInvocation): Promise<void>;
  /** Scheduled invocations due at `now`, oldest first. */
  dueScheduled(now: number, limit: number): Promise<ScheduledInvocation[]>;
  /**
   * Removes one scheduled invocation; true only for the caller that removed it, so among
   * proxies sharing the store exactly one fires it.
   */
  claimScheduled(item: Pick<ScheduledInvocation, 'dueAt' | 'id'>): Promise<boolean>;
  /** Reports why the store is degraded, or undefined when it is healthy. */
  health(): string | undefined;
  close(): Promise<void>;
}
