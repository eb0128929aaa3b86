// PostgreSQL adapter. Two drivers with one API: the pure-JS `pg` client (default) and libpq
// through pg-native (`pg.native`). PROXY_DATABASE_PG_DRIVER picks one. They measure the same
// for our access pattern (bench/micro/snapshot-writes.ts); pg-native stalled after a server
// restart under load, so pg is the default (docs/storage.md).
import pg from 'pg';
import { defineDialect, errorCode, type DialectSpec } from './sql-dialect';
import { transactionOnSession, type ServerConnection, type SqlDriver, type SqlExecutor, type SqlResult } from './sql-store';

/** Advisory lock key of migrations: 'spawn' as an int. */
export const MIGRATION_LOCK_KEY = 0x73706177;

/** PostgreSQL's differences; CockroachDB's dialect is this one with its own types and no lock. */
export const postgresSpec: DialectSpec = {
  name: 'postgres',
  param: (n) => `$${n}`,
  types: { int: 'INTEGER', text: 'TEXT', key: 'TEXT', bigint: 'BIGINT', blob: 'BYTEA', typeUrl: 'TEXT' },
  createTable: 'if-not-exists',
  conflict: { mode: 'on-conflict' },
  limit: 'limit',
  migrationLock: { mode: 'transaction', acquire: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})` },
  isDuplicateKey: (err) => errorCode(err) === '23505',
};

export const postgresDialect = defineDialect(postgresSpec);

export interface PgConnection extends ServerConnection {
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
