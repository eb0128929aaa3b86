// MySQL / MariaDB adapter (mysql2). A duplicate key on the first insert is error 1062,
// which InnoDB rolls back per statement, so a batch transaction goes on after it.
import mysql from 'mysql2/promise';
import { defineDialect, errorCode } from './sql-dialect';
import { transactionOnSession, type ServerConnection, type SqlDriver, type SqlExecutor, type SqlResult } from './sql-store';

export const MYSQL_LOCK_NAME = 'spawn_proxy_migrations';

export const mysqlDialect = defineDialect({
  name: 'mysql',
  param: () => '?',
  // 255 utf8mb4 characters per key column keeps the primary key under InnoDB's 3072-byte limit;
  // utf8mb4_bin compares names byte for byte, as every other adapter does.
  types: {
    int: 'INT',
    text: 'LONGTEXT',
    key: 'VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin',
    bigint: 'BIGINT',
    blob: 'LONGBLOB',
    typeUrl: 'VARCHAR(1024)',
  },
  createTable: 'if-not-exists',
  tableOptions: 'ENGINE=InnoDB',
  textTableOptions: 'DEFAULT CHARSET=utf8mb4',
  conflict: { mode: 'error', recordMigration: 'insert-ignore' },
  limit: 'limit',
  // DDL commits implicitly in MySQL, so a transaction cannot serialise migrations: a named session lock does.
  migrationLock: {
    mode: 'session',
    acquire: `SELECT GET_LOCK('${MYSQL_LOCK_NAME}', 60) AS got`,
    release: `SELECT RELEASE_LOCK('${MYSQL_LOCK_NAME}') AS released`,
  },
  isDuplicateKey: (err) => errorCode(err) === 'ER_DUP_ENTRY' || (err as { errno?: number })?.errno === 1062,
});

type Conn = mysql.Pool | mysql.PoolConnection;

async function run(c: Conn, sql: string, params: readonly unknown[]): Promise<SqlResult> {
  const [res] = await c.query(sql, params as unknown[]);
  if (Array.isArray(res)) return { rows: res as Record<string, unknown>[], affected: 0 };
  return { rows: [], affected: (res as mysql.ResultSetHeader).affectedRows };
}

export class MysqlDriver implements SqlDriver {
  readonly #pool: mysql.Pool;

  constructor(c: ServerConnection) {
    this.#pool = mysql.createPool({
      host: c.host,
      port: c.port,
      database: c.database,
      user: c.user,
      password: c.password,
      connectionLimit: c.poolSize,
      connectTimeout: c.queueTargetMs,
      supportBigNumbers: true,
      bigNumberStrings: false,
      ssl: c.ssl ? { rejectUnauthorized: c.sslVerify } : undefined,
    });
    this.#pool.on('connection', (conn) => conn.on('error', () => undefined));
  }

  query(sql: string, params: readonly unknown[]): Promise<SqlResult> {
    return run(this.#pool, sql, params);
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return transactionOnSession((f) => this.session(f), 'START TRANSACTION', fn);
  }

  async session<T>(fn: (c: SqlExecutor) => Promise<T>): Promise<T> {
    const conn = await this.#pool.getConnection();
    let broken = false;
    try {
      return await fn({
        query: async (sql, params) => {
          try {
            return await run(conn, sql, params);
          } catch (err) {
            if ((err as { fatal?: boolean }).fatal) broken = true;
            throw err;
          }
        },
      });
    } finally {
      if (broken) conn.destroy();
      else conn.release();
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
