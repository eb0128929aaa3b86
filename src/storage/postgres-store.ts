// PostgreSQL adapter. Two drivers with one API: the pure-JS `pg` client (default) and libpq
// through pg-native (`pg.native`). PROXY_DATABASE_PG_DRIVER picks one. They measure the same
// for our access pattern (bench/micro/snapshot-writes.ts); pg-native stalled after a server
// restart under load, so pg is the default (docs/storage.md).
import pg from 'pg';
import { COMMON, T_MIGRATIONS, T_STATE, errorCode, scheduleStatements, tableStatements, T_SCHEDULES, type SqlDialect, type Types } from './sql-dialect';
import { transactionOnSession, type SqlDriver, type SqlExecutor, type SqlResult } from './sql-store';

/** Advisory lock key of migrations: 'spawn' as an int. */
export const MIGRATION_LOCK_KEY = 0x73706177;

const COLUMN_TYPES: Types = { text: 'TEXT', key: 'TEXT', bigint: 'BIGINT', blob: 'BYTEA', typeUrl: 'TEXT' };
const createTable = (t: string, body: string): string => `CREATE TABLE IF NOT EXISTS ${t} (${body})`;

export const postgresDialect: SqlDialect = {
  name: 'postgres',
  param: (n) => `$${n}`,
  migrationLock: { mode: 'transaction', acquire: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})` },
  bootstrap: `CREATE TABLE IF NOT EXISTS ${T_MIGRATIONS} (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)`,
  migrations: [
    {
      version: 1,
      description: 'actor state and history tables',
      statements: tableStatements(COLUMN_TYPES, createTable),
    },
    {
      version: 2,
      description: 'scheduled invocations',
      statements: scheduleStatements(COLUMN_TYPES, createTable),
    },
  ],
  recordMigration: `INSERT INTO ${T_MIGRATIONS} (version, applied_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING`,
  insertFirst: `${COMMON.insertFirst} ON CONFLICT (system_name, actor_name) DO NOTHING`,
  insertFirstConflict: 'ignore',
  updateCas: COMMON.updateCas,
  insertHistory: `${COMMON.insertHistory} ON CONFLICT (system_name, actor_name, revision) DO NOTHING`,
  pruneHistory: COMMON.pruneHistory,
  selectCurrent: COMMON.selectCurrent,
  selectHistory: COMMON.selectHistory,
  selectDue: (limit) => `SELECT ${COMMON.dueColumns} FROM ${T_SCHEDULES} ${COMMON.dueWhere} LIMIT ${limit}`,
  selectPage: (limit) => `SELECT ${COMMON.pageColumns} FROM ${T_STATE} ${COMMON.pageWhere} LIMIT ${limit}`,
  selectHistoryOfActor: COMMON.selectHistoryOfActor,
  updateData: COMMON.updateData,
  updateHistoryData: COMMON.updateHistoryData,
  ping: 'SELECT 1',
  isDuplicateKey: (err) => errorCode(err) === '23505',
};

export interface PgConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  poolSize: number;
  /** Longest wait for a connection from the pool (PROXY_DATABASE_QUEUE_TARGET). */
  queueTargetMs: number;
  ssl: boolean;
  sslVerify: boolean;
  driver: 'native' | 'js';
  /** Extra startup options (CockroachDB sets application_name etc.). */
  applicationName?: string;
}

/** libpq binds text parameters: bytes go as bytea hex ('\\x...'). */
function hexBytes(params: readonly unknown[]): unknown[] {
  return params.map((v) => (v instanceof Uint8Array ? `\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}` : v));
}

export class PgDriver implements SqlDriver {
  readonly #pool: pg.Pool;
  readonly #params: (p: readonly unknown[]) => unknown[];

  constructor(c: PgConnection) {
    const Pg = c.driver === 'native' ? pg.native : pg;
    if (!Pg) throw new Error('pg-native could not be loaded (set PROXY_DATABASE_PG_DRIVER=js to use the pure-JS driver)');
    this.#params = c.driver === 'native' ? hexBytes : (p) => p as unknown[];
    this.#pool = new Pg.Pool({
      host: c.host,
      port: c.port,
      database: c.database,
      user: c.user,
      password: c.password,
      max: c.poolSize,
      connectionTimeoutMillis: c.queueTargetMs,
      idleTimeoutMillis: 30_000,
      application_name: c.applicationName ?? 'spawn-proxy',
      ssl: c.ssl ? { rejectUnauthorized: c.sslVerify } : false,
    });
    // An idle connection that the server closes must not crash the process; the next query reconnects.
    this.#pool.on('error', () => undefined);
    // pg-native clients also emit 'error' on their libpq handle when the server goes away.
    this.#pool.on('connect', (client) => {
      client.on('error', () => undefined);
      (client as unknown as { native?: { on?(e: string, f: () => void): void } }).native?.on?.('error', () => undefined);
    });
  }

  async query(sql: string, params: readonly unknown[]): Promise<SqlResult> {
    const r = await this.#pool.query(sql, this.#params(params));
    return { rows: r.rows as Record<string, unknown>[], affected: r.rowCount ?? 0 };
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return transactionOnSession((f) => this.session(f), 'BEGIN', fn);
  }

  async session<T>(fn: (c: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      return await fn({
        query: async (sql, params) => {
          try {
            const r = await client.query(sql, this.#params(params));
            return { rows: r.rows as Record<string, unknown>[], affected: r.rowCount ?? 0 };
          } catch (err) {
            if (errorCode(err) === undefined) broken = err as Error; // connection-level, not an SQL error
            throw err;
          }
        },
      });
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
