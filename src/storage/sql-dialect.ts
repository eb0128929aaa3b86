// What differs between SQL databases, as data: statement text, placeholders, migration
// locking and how an error is classified. The store logic (sql-store.ts) is shared.
//
// Tables (names fixed; one schema/database per proxy deployment):
//   spawn_actor_state          current row per (system_name, actor_name): revision, tags (JSON text),
//                              type_url, data (encrypted), node, inserted_at, updated_at
//   spawn_actor_state_history  every written revision (system_name, actor_name, revision) while it
//                              is within retention, so ?revision=N can restore it
//   spawn_schema_migrations    applied migration versions
//   spawn_scheduled_invocations  one row per delayed invocation (due_at, id): the encoded, encrypted
//                              InvocationRequest; deleting the row claims it, so it fires once
// Columns are system_name/actor_name, not system/actor: SYSTEM is reserved in MySQL 8.
// Timestamps are BIGINT milliseconds since the epoch: the same in every dialect.

export const T_STATE = 'spawn_actor_state';
export const T_HISTORY = 'spawn_actor_state_history';
export const T_MIGRATIONS = 'spawn_schema_migrations';
export const T_SCHEDULES = 'spawn_scheduled_invocations';

export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

export type MigrationLock =
  /** Statements run inside one transaction that first takes `acquire` (pg advisory xact lock, sp_getapplock, BEGIN IMMEDIATE). */
  | { mode: 'transaction'; acquire?: string }
  /** A session-level lock held on one connection (MySQL GET_LOCK). */
  | { mode: 'session'; acquire: string; release: string }
  /** No lock: every statement is idempotent on its own (CockroachDB, which has no advisory locks). */
  | { mode: 'none' };

export interface SqlDialect {
  readonly name: string;
  /** The n-th (1-based) bind placeholder. */
  param(n: number): string;
  readonly migrationLock: MigrationLock;
  /** Creates T_MIGRATIONS if it does not exist. */
  readonly bootstrap: string;
  readonly migrations: readonly Migration[];
  /** (version, applied_at): records a migration; must not fail when a concurrent starter recorded it first. */
  readonly recordMigration: string;
  /**
   * INSERT of a first revision: params (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at).
   * 'ignore' dialects affect 0 rows on an existing key; 'error' dialects raise a duplicate-key error.
   */
  readonly insertFirst: string;
  readonly insertFirstConflict: 'ignore' | 'error';
  /** CAS UPDATE: params (revision, tags, type_url, data, node, updated_at, system, actor, expected_revision). */
  readonly updateCas: string;
  /** params (system_name, actor_name, revision, tags, type_url, data, node, written_at). */
  readonly insertHistory: string;
  /** params (system, actor, max_revision_to_delete). */
  readonly pruneHistory: string;
  /** params (system, actor) -> revision, tags, type_url, data, node. */
  readonly selectCurrent: string;
  /** params (system, actor, revision) -> revision, tags, type_url, data. */
  readonly selectHistory: string;
  /** Key-set page of current rows after (system, actor): params (system, system, actor) -> system_name, actor_name, revision, data. */
  selectPage(limit: number): string;
  /** params (system, actor) -> revision, data. */
  readonly selectHistoryOfActor: string;
  /** params (data, system, actor, revision): re-encryption keeps the revision, CAS on it. */
  readonly updateData: string;
  /** params (data, system, actor, revision). */
  readonly updateHistoryData: string;
  readonly ping: string;
  /** Due scheduled invocations, oldest first: params (now) -> due_at, id, system_name, actor_name, request. */
  selectDue(limit: number): string;
  isDuplicateKey(err: unknown): boolean;
}

/** Writes `?` placeholders as the dialect's own, numbering them in order. */
export function numbered(sql: string, param: (n: number) => string): string {
  let n = 0;
  return sql.replace(/\?/g, () => param(++n));
}

export interface Types {
  text: string;
  key: string;
  bigint: string;
  blob: string;
  typeUrl: string;
}

/** Column lists shared by every dialect. */
export function tableStatements(t: Types, ifNotExists: (table: string, body: string) => string): string[] {
  return [
    ifNotExists(
      T_STATE,
      `system_name ${t.key} NOT NULL, actor_name ${t.key} NOT NULL, revision ${t.bigint} NOT NULL, tags ${t.text} NOT NULL, ` +
        `type_url ${t.typeUrl} NOT NULL, data ${t.blob} NOT NULL, node ${t.typeUrl} NOT NULL, ` +
        `inserted_at ${t.bigint} NOT NULL, updated_at ${t.bigint} NOT NULL, PRIMARY KEY (system_name, actor_name)`,
    ),
    ifNotExists(
      T_HISTORY,
      `system_name ${t.key} NOT NULL, actor_name ${t.key} NOT NULL, revision ${t.bigint} NOT NULL, tags ${t.text} NOT NULL, ` +
        `type_url ${t.typeUrl} NOT NULL, data ${t.blob} NOT NULL, node ${t.typeUrl} NOT NULL, ` +
        `written_at ${t.bigint} NOT NULL, PRIMARY KEY (system_name, actor_name, revision)`,
    ),
  ];
}

/** Migration 2: scheduled invocations, keyed (due_at, id) so due rows are read in key order. */
export function scheduleStatements(t: Types, ifNotExists: (table: string, body: string) => string): string[] {
  return [
    ifNotExists(
      T_SCHEDULES,
      `due_at ${t.bigint} NOT NULL, id ${t.key} NOT NULL, system_name ${t.key} NOT NULL, actor_name ${t.key} NOT NULL, ` +
        `request ${t.blob} NOT NULL, created_at ${t.bigint} NOT NULL, PRIMARY KEY (due_at, id)`,
    ),
  ];
}

/** Statement text common to all dialects, with `?` placeholders. */
export const COMMON = {
  insertFirst: `INSERT INTO ${T_STATE} (system_name, actor_name, revision, tags, type_url, data, node, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  updateCas: `UPDATE ${T_STATE} SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?`,
  insertHistory: `INSERT INTO ${T_HISTORY} (system_name, actor_name, revision, tags, type_url, data, node, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  pruneHistory: `DELETE FROM ${T_HISTORY} WHERE system_name = ? AND actor_name = ? AND revision <= ?`,
  selectCurrent: `SELECT revision, tags, type_url, data, node FROM ${T_STATE} WHERE system_name = ? AND actor_name = ?`,
  selectHistory: `SELECT revision, tags, type_url, data FROM ${T_HISTORY} WHERE system_name = ? AND actor_name = ? AND revision = ?`,
  selectHistoryOfActor: `SELECT revision, data FROM ${T_HISTORY} WHERE system_name = ? AND actor_name = ?`,
  updateData: `UPDATE ${T_STATE} SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?`,
  updateHistoryData: `UPDATE ${T_HISTORY} SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?`,
  pageColumns: 'system_name, actor_name, revision, data',
  insertSchedule: `INSERT INTO ${T_SCHEDULES} (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  claimSchedule: `DELETE FROM ${T_SCHEDULES} WHERE due_at = ? AND id = ?`,
  dueColumns: 'due_at, id, system_name, actor_name, request',
  dueWhere: `WHERE due_at <= ? ORDER BY due_at, id`,
  pageWhere: `WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name`,
};

export function errorCode(err: unknown): string | number | undefined {
  const e = err as { code?: unknown; errno?: unknown; number?: unknown } | null;
  if (!e || typeof e !== 'object') return undefined;
  return (e.code ?? e.errno ?? e.number) as string | number | undefined;
}
