// MySQL / MariaDB adapter (mysql2). A duplicate key on the first insert is error 1062,
// which InnoDB rolls back per statement, so a batch transaction goes on after it.
import mysql from 'mysql2/promise';
import { COMMON, T_MIGRATIONS, T_STATE, errorCode, scheduleStatements, tableStatements, T_SCHEDULES, type SqlDialect, type Types } from './sql-dialect';
import { transactionOnSession, type SqlDriver, type SqlExecutor, type SqlResult } from './sql-store';

export const MYSQL_LOCK_NAME = 'spawn_proxy_migrations';

// 255 utf8mb4 characters per key column keeps the primary key under InnoDB's 3072-byte limit;
// utf8mb4_bin compares names byte for byte, as every other adapter does.
const COLUMN_TYPES: Types = { text: 'LONGTEXT', key: 'VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin', bigint: 'BIGINT', blob: 'LONGBLOB', typeUrl: 'VARCHAR(1024)' };
const createTable = (t: string, body: string): string => `CREATE TABLE IF NOT EXISTS ${t} (${body}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`;

export const mysqlDialect: SqlDialect = {
  name: 'mysql',
  param: () => '?',
  // DDL commits implicitly in MySQL, so a transaction cannot serialise migrations: a named session lock does.
  migrationLock: { mode: 'session', acquire: `SELECT GET_LOCK('${MYSQL_LOCK_NAME}', 60) AS got`, release: `SELECT RELEASE_LOCK('${MYSQL_LOCK_NAME}') AS released` },
  bootstrap: `CREATE TABLE IF NOT EXISTS ${T_MIGRATIONS} (version INT PRIMARY KEY, applied_at BIGINT NOT NULL) ENGINE=InnoDB`,
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
  recordMigration: `INSERT IGNORE INTO ${T_MIGRATIONS} (version, applied_at) VALUES (?, ?)`,
  insertFirst: COMMON.insertFirst,
  insertFirstConflict: 'error',
  updateCas: COMMON.updateCas,
  insertHistory: COMMON.insertHistory,
  pruneHistory: COMMON.pruneHistory,
  selectCurrent: COMMON.selectCurrent,
  selectHistory: COMMON.selectHistory,
  selectDue: (limit) => `SELECT ${COMMON.dueColumns} FROM ${T_SCHEDULES} ${COMMON.dueWhere} LIMIT ${limit}`,
  selectPage: (limit) => `SELECT ${COMMON.pageColumns} FROM ${T_STATE} ${COMMON.pageWhere} LIMIT ${limit}`,
  selectHistoryOfActor: COMMON.selectHistoryOfActor,
  updateData: COMMON.updateData,
  updateHistoryData: COMMON.updateHistoryData,
  ping: 'SELECT 1',
  isDuplicateKey: (err) => errorCode(err) === 'ER_DUP_ENTRY' || (err as { errno?: number })?.errno === 1062,
};

export interface MysqlConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  poolSize: number;
  queueTargetMs: number;
  ssl: boolean;
  sslVerify: boolean;
}

type Conn = mysql.Pool | mysql.PoolConnection;

async function run(c: Conn, sql: string, params: readonly unknown[]): Promise<SqlResult> {
  const [res] = await c.query(sql, params as unknown[]);
  if (Array.isArray(res)) return { rows: res as Record<string, unknown>[], affected: 0 };
  return { rows: [], affected: (res as mysql.ResultSetHeader).affectedRows };
}

export class MysqlDriver implements SqlDriver {
  readonly #pool: mysql.Pool;

  constructor(c: MysqlConnection) {
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
