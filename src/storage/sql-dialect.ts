// What differs between SQL databases, as data: a DialectSpec names the differences (quoting
// of placeholders, column types, CREATE TABLE guard, what an INSERT does on an existing key,
// row-limit syntax, migration lock, duplicate-key errors) and defineDialect() writes every
// statement from it. The store logic (sql-store.ts) is shared.
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
// test/storage/dialect-snapshot.test.ts holds every dialect's statements as text.

const T_STATE = 'spawn_actor_state';
const T_HISTORY = 'spawn_actor_state_history';
export const T_MIGRATIONS = 'spawn_schema_migrations';
const T_SCHEDULES = 'spawn_scheduled_invocations';

interface Migration {
  version: number;
  description: string;
  statements: string[];
}

type MigrationLock =
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
  /** params (due_at, id, system_name, actor_name, request, created_at). */
  readonly insertSchedule: string;
  /** params (due_at, id): deleting the row claims it; 1 row affected = this proxy fires it. */
  readonly claimSchedule: string;
  /** Due scheduled invocations, oldest first: params (now) -> due_at, id, system_name, actor_name, request. */
  selectDue(limit: number): string;
  isDuplicateKey(err: unknown): boolean;
}

/** Column types of one database. */
interface Types {
  /** spawn_schema_migrations.version. */
  int: string;
  text: string;
  /** system_name, actor_name, id: primary key columns. */
  key: string;
  bigint: string;
  blob: string;
  typeUrl: string;
}

/** What one database does differently from the others; defineDialect writes the statements. */
export interface DialectSpec {
  name: string;
  /** The n-th (1-based) bind placeholder. */
  param(n: number): string;
  types: Types;
  /** How CREATE TABLE is skipped for a table that exists: IF NOT EXISTS, or an OBJECT_ID check (T-SQL has no IF NOT EXISTS). */
  createTable: 'if-not-exists' | 'object-id';
  /** Appended to every CREATE TABLE (MySQL's ENGINE=InnoDB). */
  tableOptions?: string;
  /** Appended after tableOptions to the tables with text columns, i.e. all but the migrations table (MySQL's charset). */
  textTableOptions?: string;
  /**
   * An INSERT that meets an existing key: 'on-conflict' adds ON CONFLICT (key) DO NOTHING, so it
   * affects 0 rows; 'error' lets it raise a duplicate-key error (isDuplicateKey) that the
   * store expects. A migration is then recorded with INSERT IGNORE ('insert-ignore') or a plain
   * INSERT, when the migration lock alone keeps concurrent starters apart ('locked').
   */
  conflict: { mode: 'on-conflict' } | { mode: 'error'; recordMigration: 'insert-ignore' | 'locked' };
  /** How a SELECT is limited to n rows: LIMIT n at its end, or SELECT TOP (n). */
  limit: 'limit' | 'top';
  migrationLock: MigrationLock;
  /** Default 'SELECT 1'. */
  ping?: string;
  isDuplicateKey(err: unknown): boolean;
}

/** Writes `?` placeholders as the dialect's own, numbering them in order. */
export function numbered(sql: string, param: (n: number) => string): string {
  let n = 0;
  return sql.replace(/\?/g, () => param(++n));
}

const STATE_COLUMNS = 'system_name, actor_name, revision, tags, type_url, data, node';

/** Every dialect's statements, from its differences. */
export function defineDialect(spec: DialectSpec): SqlDialect {
  const t = spec.types;
  const createTable = (table: string, body: string, hasText = true): string => {
    const guarded = spec.createTable === 'object-id' ? `IF OBJECT_ID(N'${table}', N'U') IS NULL CREATE TABLE` : 'CREATE TABLE IF NOT EXISTS';
    const options = [spec.tableOptions, hasText ? spec.textTableOptions : undefined].filter(Boolean).join(' ');
    return `${guarded} ${table} (${body})${options ? ` ${options}` : ''}`;
  };
  const onConflict = (key: string): string => (spec.conflict.mode === 'on-conflict' ? ` ON CONFLICT (${key}) DO NOTHING` : '');
  const select =
    (columns: string, table: string, rest: string) =>
    (limit: number): string =>
      spec.limit === 'top' ? `SELECT TOP (${limit}) ${columns} FROM ${table} ${rest}` : `SELECT ${columns} FROM ${table} ${rest} LIMIT ${limit}`;
  const insertMigration = spec.conflict.mode === 'error' && spec.conflict.recordMigration === 'insert-ignore' ? 'INSERT IGNORE INTO' : 'INSERT INTO';
  const row = (tail: string) =>
    `system_name ${t.key} NOT NULL, actor_name ${t.key} NOT NULL, revision ${t.bigint} NOT NULL, tags ${t.text} NOT NULL, ` +
    `type_url ${t.typeUrl} NOT NULL, data ${t.blob} NOT NULL, node ${t.typeUrl} NOT NULL, ${tail}`;

  return {
    name: spec.name,
    param: (n) => spec.param(n),
    migrationLock: spec.migrationLock,
    bootstrap: createTable(T_MIGRATIONS, `version ${t.int} PRIMARY KEY, applied_at ${t.bigint} NOT NULL`, false),
    migrations: [
      {
        version: 1,
        description: 'actor state and history tables',
        statements: [
          createTable(T_STATE, row(`inserted_at ${t.bigint} NOT NULL, updated_at ${t.bigint} NOT NULL, PRIMARY KEY (system_name, actor_name)`)),
          createTable(T_HISTORY, row(`written_at ${t.bigint} NOT NULL, PRIMARY KEY (system_name, actor_name, revision)`)),
        ],
      },
      {
        // Keyed (due_at, id) so due rows are read in key order.
        version: 2,
        description: 'scheduled invocations',
        statements: [
          createTable(
            T_SCHEDULES,
            `due_at ${t.bigint} NOT NULL, id ${t.key} NOT NULL, system_name ${t.key} NOT NULL, actor_name ${t.key} NOT NULL, ` +
              `request ${t.blob} NOT NULL, created_at ${t.bigint} NOT NULL, PRIMARY KEY (due_at, id)`,
          ),
        ],
      },
    ],
    recordMigration: `${insertMigration} ${T_MIGRATIONS} (version, applied_at) VALUES (?, ?)${onConflict('version')}`,
    insertFirst:
      `INSERT INTO ${T_STATE} (${STATE_COLUMNS}, inserted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)` + onConflict('system_name, actor_name'),
    insertFirstConflict: spec.conflict.mode === 'on-conflict' ? 'ignore' : 'error',
    updateCas: `UPDATE ${T_STATE} SET revision = ?, tags = ?, type_url = ?, data = ?, node = ?, updated_at = ? WHERE system_name = ? AND actor_name = ? AND revision = ?`,
    insertHistory: `INSERT INTO ${T_HISTORY} (${STATE_COLUMNS}, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)` + onConflict('system_name, actor_name, revision'),
    pruneHistory: `DELETE FROM ${T_HISTORY} WHERE system_name = ? AND actor_name = ? AND revision <= ?`,
    selectCurrent: `SELECT revision, tags, type_url, data, node FROM ${T_STATE} WHERE system_name = ? AND actor_name = ?`,
    selectHistory: `SELECT revision, tags, type_url, data FROM ${T_HISTORY} WHERE system_name = ? AND actor_name = ? AND revision = ?`,
    selectPage: select(
      'system_name, actor_name, revision, data',
      T_STATE,
      'WHERE system_name > ? OR (system_name = ? AND actor_name > ?) ORDER BY system_name, actor_name',
    ),
    selectHistoryOfActor: `SELECT revision, data FROM ${T_HISTORY} WHERE system_name = ? AND actor_name = ?`,
    updateData: `UPDATE ${T_STATE} SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?`,
    updateHistoryData: `UPDATE ${T_HISTORY} SET data = ? WHERE system_name = ? AND actor_name = ? AND revision = ?`,
    ping: spec.ping ?? 'SELECT 1',
    insertSchedule: `INSERT INTO ${T_SCHEDULES} (due_at, id, system_name, actor_name, request, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    claimSchedule: `DELETE FROM ${T_SCHEDULES} WHERE due_at = ? AND id = ?`,
    selectDue: select('due_at, id, system_name, actor_name, request', T_SCHEDULES, 'WHERE due_at <= ? ORDER BY due_at, id'),
    isDuplicateKey: (err) => spec.isDuplicateKey(err),
  };
}

export function errorCode(err: unknown): string | number | undefined {
  const e = err as { code?: unknown; errno?: unknown; number?: unknown } | null;
  if (!e || typeof e !== 'object') return undefined;
  return (e.code ?? e.errno ?? e.number) as string | number | undefined;
}
